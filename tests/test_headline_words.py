"""Verbs of a capitalised headline are no part of the person's name they stand beside (docs/extraction.md,
"Persons"). Invented names and texts."""

from __future__ import annotations

import pytest

from test_person_evidence import kinds
from tumen.extract.headline_words import without_headline_verbs


@pytest.mark.parametrize(
    ("text", "name", "glued"),
    [
        ("Actress Dorin Vale Dies at 81. Dorin Vale was abducted in 1990.", "Dorin Vale", "Dorin Vale Dies"),
        ("Lena Brook Dead at 70. Lena Brook was shot in Tarvik in 1999.", "Lena Brook", "Lena Brook Dead"),
        ("Tarvik Mayor Nominates Anton Merel", "Anton Merel", "Nominates Anton Merel"),
    ],
)
def test_a_headline_verb_is_no_part_of_a_name(text: str, name: str, glued: str) -> None:
    found = kinds(text)
    assert found[name] == {"person"}
    assert glued not in found


@pytest.mark.parametrize(
    ("name", "kept"),
    [("Ivo Holm Confesses", "Ivo Holm"), ("Hires Ivo Holm", "Ivo Holm"), ("Holm Returns", "Holm"), ("Dies", "Dies")],
)
def test_the_verbs_at_the_ends_go_and_one_word_stays(name: str, kept: str) -> None:
    start, end = without_headline_verbs(name, 0, len(name))
    assert name[start:end] == kept

"""An event noun that a modal verb of carrying out or ordering takes is no deed done (tumen.extract.modal_causes,
``modal_deed``; ``modality: bringing_about`` in data/events.yaml): "the courts could order the flogging of a thief"
tells a flogging that could be, hypothetical. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_en


def moods(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.modality) for e in extract_en(text, published=date(2024, 3, 1)).events]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Courts in Tarvik could order the arrest of Ivo Lesk.", "arrest"),
        ("Police might carry out the arrest of Ivo Lesk in May.", "arrest"),
        ("Until now, the courts could order the flogging of Tomas Varga.", "ill_treatment"),
        ("The arrest of Ana Berg could be ordered at any time.", "arrest"),
    ],
)
def test_a_deed_a_modal_verb_of_carrying_out_takes_is_hypothetical(sentence: str, event_type: str) -> None:
    assert moods(sentence) == [(event_type, "hypothetical")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The judge ordered the arrest of Ivo Lesk.",
        "The judge could not order the arrest of Ivo Lesk.",
        "The general may have ordered the arrest of Ivo Lesk.",
    ],
)
def test_an_order_without_a_modal_or_denied_to_its_doer_leaves_the_deed_told(sentence: str) -> None:
    assert moods(sentence) == [("arrest", "asserted")]


def test_a_deed_whose_doers_part_is_the_deed_denied_under_a_modal_is_negated() -> None:
    assert moods("Officials could not carry out the arrest of Ana Berg.") == [("arrest", "negated")]

"""A modal governs every infinitive joined to the one it governs (docs/extraction.md, "Modality"): a bare form the
parser tagged a past tense ("threatened to arrest and beat her") and an item left loose in a list of infinitives
("threatened to arrest, torture and kill her") are infinitives too. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def moods(text: str) -> dict[str, str]:
    return {e.type: e.modality for e in extract(Source(text, 1, "en", date(2021, 6, 1))).events}


@pytest.mark.parametrize(
    ("sentence", "harm"),
    [
        ("Police in Tarvik threatened to arrest and beat Ana Berg.", "ill_treatment"),
        ("The guards threatened to arrest, torture and kill her.", "killing"),
    ],
)
def test_every_harm_in_a_threatened_list_is_hypothetical(sentence: str, harm: str) -> None:
    found = moods(sentence)
    assert found["arrest"] == "hypothetical"
    assert found[harm] == "hypothetical"  # before: told as done


def test_a_conjunct_with_its_own_tense_is_still_told() -> None:
    found = moods("Police in Tarvik arrested Ana Berg on Monday and beat her.")
    assert found["arrest"] == "asserted" and found["ill_treatment"] == "asserted"

"""The speaker's party a "with" makes (tumen.extract.collective_parties): only with a verb of going, living or being
held together ("I crossed the river with my sister"), not of speaking or meeting ("I spoke with my lawyer"). Invented
sentences."""

from __future__ import annotations

from datetime import date

from helpers import extract_en


def arrested(text: str) -> set[str]:
    x = extract_en(text, published=date(2024, 5, 1))
    names = {e.id: e.name for e in x.entities}
    arrest = next(e for e in x.events if e.type == "arrest")
    return {str(names[p.entity]) for p in arrest.participants if p.role == "victim"}


def test_one_the_speaker_spoke_with_is_not_of_her_party() -> None:
    text = '"I spoke with my lawyer, Karl Vos, in 2009. Police arrested us a week later," Ana Berg said.'
    assert "Karl Vos" not in arrested(text)


def test_one_the_speaker_lived_with_is_of_her_party() -> None:
    text = '"I lived with my aunt, Eva Lund, in 2009. Police arrested us a week later," Ana Berg said.'
    assert arrested(text) == {"Ana Berg", "Eva Lund"}

"""A search or ransacking of a home, an office or other premises is a raid (docs/extraction.md, "Violations");
a search of anything else is none. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def raids(text: str) -> list[set[tuple[str, str]]]:
    """(role, name) of the participants of each raid told as done."""
    extraction = extract(Source(text, 1, "en", date(2021, 6, 1)))
    names = {e.id: str(e.name) for e in extraction.entities}
    return [
        {(p.role, names[p.entity]) for p in e.participants}
        for e in extraction.events
        if e.type == "raid" and e.modality == "asserted"
    ]


@pytest.mark.parametrize(
    ("sentence", "victim"),
    [
        ("In May 2020 police searched the home of the journalist Dara Loman in Tarvik.", "Dara Loman"),
        ("In May 2020 the offices of the Tarvik Post were searched by police.", "Tarvik Post"),
        ("In May 2020 soldiers ransacked the house of Dara Loman.", "Dara Loman"),
    ],
)
def test_a_search_of_premises_is_a_raid(sentence: str, victim: str) -> None:
    [raid] = raids(sentence)  # before: no event
    assert ("victim", victim) in raid


def test_a_search_noun_of_premises_is_a_raid() -> None:
    assert len(raids("In May 2020 police conducted searches of the apartments of five journalists in Tarvik.")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "In May 2020 police searched the area for the boy Ivo Holm.",
        "In May 2020 police searched Dara Loman at the airport.",
        "In May 2020 Dara Loman searched her memory for the name.",
    ],
)
def test_a_search_of_anything_else_is_no_raid(sentence: str) -> None:
    assert not raids(sentence)

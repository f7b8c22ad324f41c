"""An arrest whose place the next sentence tells (tumen.extract.next_places): the sentence right after goes on with
where the one arrested was taken or held. Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run
from tumen.extract.types import Extraction


def arrest_places(extraction: Extraction) -> list[str | None]:
    names = {e.id: e.name for e in extraction.entities}
    return [names.get(e.place) if e.place else None for e in extraction.events if e.type == "arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "Dara Loman was arrested on Monday. She was taken to Tarvik police station.",
        "Dara Loman was arrested on Monday. Police took her to Tarvik police station.",
        "Dara Loman was arrested on Monday. She was held at Tarvik police station for two days.",
    ],
)
def test_the_place_the_next_sentence_takes_the_one_arrested_to(text: str) -> None:
    assert arrest_places(run(text)) == ["Tarvik police station"]


@pytest.mark.parametrize(
    "text",
    [
        "Dara Loman was arrested on Monday. Her brother Tal Loman was taken to Tarvik police station.",
        "Dara Loman was arrested on Monday. Later that week Tal Loman was arrested and taken to Tarvik police station.",
        "Dara Loman was arrested on Monday. She said the guards at Tarvik police station had beaten her.",
        "Police arrested Dara Loman at the hotel where she was staying. She is held in Tarvik police station.",
    ],
)
def test_no_place_from_another_person_another_arrest_or_no_taking(text: str) -> None:
    assert arrest_places(run(text))[0] is None

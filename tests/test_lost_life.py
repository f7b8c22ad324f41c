"""Losing one's life is dying (death verb ``lose`` with ``requires: with:life|lives``; ``idiom_objects: death``
lets the idiom's own word stand as the object). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def deaths(text: str) -> list[tuple[str, str, str]]:
    x = extract(Source(text, 1, "en", date(2024, 3, 1)))
    return [
        (e.type, e.modality, ",".join(sorted(f"{p.role}={x.entity(p.entity).name}" for p in e.participants)))
        for e in x.events
        if e.type in ("death", "killing")
    ]


def test_losing_ones_life_is_dying() -> None:
    assert deaths("Dara Loman lost his life in the fire at the factory.") == [
        ("death", "asserted", "victim=Dara Loman")
    ]


def test_losing_ones_life_at_the_hands_of_someone_is_being_killed() -> None:
    assert deaths("Dara Loman lost his life at the hands of the police.") == [
        ("killing", "asserted", "perpetrator=police,victim=Dara Loman")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dara Loman lost his life savings in the crash.",
        "Dara Loman lost his wife in 2019.",
        "Dara Loman risked his life to save them.",
    ],
)
def test_losing_another_thing_is_no_death(text: str) -> None:
    assert deaths(text) == []

"""A person said unaccounted for whom the same sentence or the one before tells taken or held has disappeared
(disappearance verb ``unaccounted``, ``requires: unaccounted``; ``event_conditions.predicative``, ``_taken``); the
missing of an accident, money, or one near another's arrest are no disappearance. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def disappeared(text: str) -> list[str]:
    x = extract(Source(text, 1, "en", date(2024, 3, 1)))
    return sorted(
        x.entity(p.entity).name or ""
        for e in x.events
        if e.type == "disappearance"
        for p in e.participants
        if p.role == "victim"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Dara Loman, who was abducted by gunmen in March, remains unaccounted for.",
        "Gunmen abducted Dara Loman in March. She remains unaccounted for.",
    ],
)
def test_unaccounted_for_after_being_taken_is_a_disappearance(text: str) -> None:
    assert disappeared(text) == ["Dara Loman"]


@pytest.mark.parametrize(
    "text",
    [
        "Dara Loman remains unaccounted for after the collapse of the mine.",
        "Millions of dollars in aid remain unaccounted for after the arrest of Dara Loman.",
        "Police arrested a man over the fire at the hotel. Dara Loman remains unaccounted for.",
    ],
)
def test_unaccounted_for_after_no_taking_of_them_is_none(text: str) -> None:
    assert disappeared(text) == []


def test_only_listed_adjectives_are_read_as_their_verb() -> None:
    x = extract(Source("Dara Loman had been free for years on bail.", 1, "en", date(2024, 3, 1)))
    assert [e.type for e in x.events] == []

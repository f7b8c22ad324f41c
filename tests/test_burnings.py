"""A person burned to death or alive (tumen.extract.burnings): burned by someone, a killing; burned with no one who
burned them, the death of the subject — a killing by those the sentence tells set the fire. Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run
from tumen.extract.types import Extraction


def roles(extraction: Extraction, event_type: str) -> dict[str, str]:
    names = {e.id: e.name for e in extraction.entities}
    return {str(names[p.entity]): p.role for e in extraction.events if e.type == event_type for p in e.participants}


@pytest.mark.parametrize(
    "sentence",
    [
        "Dara Loman burned to death after soldiers torched his house in Tarvik.",
        "Dara Loman was burnt alive when soldiers set the hut on fire.",
        "Dara Loman burned alive after soldiers set fire to her car.",
    ],
)
def test_burned_to_death_in_a_fire_others_set_is_a_killing_by_them(sentence: str) -> None:
    found = roles(run(sentence), "killing")
    assert found.get("Dara Loman") == "victim"
    assert found.get("soldiers") == "perpetrator"


def test_burned_to_death_after_a_mob_torched_the_house_is_a_killing_by_the_mob() -> None:
    extraction = run("Dara Loman burned to death after a mob torched his house in Tarvik.")
    assert roles(extraction, "killing") == {"Dara Loman": "victim", "mob": "perpetrator"}


def test_burned_alive_by_someone_is_a_killing() -> None:
    assert roles(run("Soldiers burned Dara Loman alive."), "killing") == {
        "Dara Loman": "victim",
        "Soldiers": "perpetrator",
    }


def test_burned_to_death_with_no_one_who_burned_them_is_a_death() -> None:
    extraction = run("Dara Loman burned to death in a house fire.")
    assert roles(extraction, "death") == {"Dara Loman": "victim"}
    assert not roles(extraction, "killing")


@pytest.mark.parametrize("sentence", ["The old mill burned to the ground.", "Dara Loman burned his papers."])
def test_burning_no_one_to_death_is_no_event(sentence: str) -> None:
    assert not run(sentence).events

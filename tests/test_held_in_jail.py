"""Whoever is or stays in jail, in prison or under arrest is held (``event_args.held_in``; ``noun_senses`` of
detention in data/events.yaml). Invented sentences."""

from __future__ import annotations

import pytest

from test_listed_victims import victims
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Dara Loman is in jail.", "detention"),
        ("Dara Loman spent two years in prison before her release.", "detention"),
        ("Dara Loman remains under house arrest in Tarvik.", "arrest"),
    ],
)
def test_a_person_in_jail_or_under_arrest_is_held(sentence: str, event_type: str) -> None:
    assert victims(run(sentence), event_type) == ["Dara Loman"]


def test_an_infinitive_under_arrest_is_held_with_its_governing_verbs_subject() -> None:
    extraction = run("Professor Dara Loman is thought to be under house arrest.")
    names = {e.id: e.name for e in extraction.entities}
    [arrest] = [e for e in extraction.events if e.type == "arrest"]
    assert [names[p.entity] for p in arrest.participants] == ["Dara Loman"]
    assert arrest.modality == "hypothetical"  # only thought so: kept out of verdicts


@pytest.mark.parametrize(
    "sentence", ["The prison is in Tarvik.", "Dara Loman visited the prison in May.", "Dara Loman was under pressure."]
)
def test_a_prison_no_one_is_in_holds_no_one(sentence: str) -> None:
    assert not [e for e in run(sentence).events if e.type in ("detention", "arrest")]

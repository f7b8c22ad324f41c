"""Whoever is or stays in jail, in prison or under arrest is held (``event_args.held_in``; ``noun_senses`` of
detention in data/events.yaml). Invented sentences."""

from __future__ import annotations

import pytest

from test_listed_victims import all_victims, victims
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


@pytest.mark.parametrize(
    ("sentence", "crime"),
    [
        ("Deputies arrested Dara Loman and booked her into the county jail for suspected kidnapping.", "abduction"),
        ("Dara Loman was booked into the Tarvik County Jail on suspicion of murder.", "killing"),
        # a place of custody named as such; the parser hangs the charge on the place
        ("Deputies arrested Dara Loman and booked her into the Tarvik Detention Facility for kidnapping.", "abduction"),
    ],
)
def test_one_booked_into_jail_is_held_and_the_charge_names_a_crime_alleged(sentence: str, crime: str) -> None:
    events = run(sentence).events
    assert any(e.type == "detention" and e.attributes.get("accused") for e in events)
    assert [(e.type, e.modality) for e in events if e.type == crime] == [(crime, "alleged")]


@pytest.mark.parametrize(
    "sentence", ["Dara Loman booked a room at a hotel in Tarvik.", "She booked a flight to Tarvik."]
)
def test_booking_a_room_or_a_flight_holds_no_one(sentence: str) -> None:
    assert not [e for e in run(sentence).events if e.type == "detention"]


def test_one_who_escapes_from_detention_escapes_custody() -> None:
    assert [e.type for e in run("Dara Loman escaped from detention in 2010.").events if e.type != "detention"] == [
        "escape"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dara Loman spent two years in a labour camp in Chongjin.",
        "Dara Loman is in a political prison camp.",
    ],
)
def test_one_who_stays_in_a_camp_of_custody_is_held(sentence: str) -> None:
    assert victims(run(sentence), "detention") == ["Dara Loman"]


def test_a_refugee_camp_holds_no_one() -> None:
    assert all_victims(run("Dara Loman spent two years in a refugee camp in Thailand."), "detention") == set()

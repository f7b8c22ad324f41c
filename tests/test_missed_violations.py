"""Violations told in ways the event finder used to miss (docs/extraction.md, "Violations"): people made to disappear
told only by a count or a description ("hundreds have been disappeared"), the "by" agent of such a passive as its
doer, and a person set on fire as an attack. Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run
from tumen.extract.types import Extraction


def roles(extraction: Extraction, event_type: str) -> dict[str, str]:
    names = {e.id: e.name for e in extraction.entities}
    return {str(names[p.entity]): p.role for e in extraction.events if e.type == event_type for p in e.participants}


def types(extraction: Extraction) -> list[str]:
    return [e.type for e in extraction.events]


@pytest.mark.parametrize(
    "sentence",
    [
        # in the past, one occasion ("have been disappeared", with no period, is a tally: test_running_tallies)
        "Hundreds of protesters were disappeared.",
        "Of these, hundreds were \u201cdisappeared.\u201d",
        "A young farmer was disappeared.",
    ],
)
def test_people_described_or_counted_who_were_disappeared(sentence: str) -> None:
    assert "disappearance" in types(run(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "As far as we know the medicine has not been returned.",
        "Thousands of files were disappeared.",
        "Hundreds have disappeared.",
    ],
)
def test_no_disappearance_of_things_or_of_no_one_in_particular(sentence: str) -> None:
    assert "disappearance" not in types(run(sentence))


def test_the_agent_of_a_passive_disappearance_is_its_doer() -> None:
    extraction = run("Dozens of students have been disappeared by the soldiers.")
    assert roles(extraction, "disappearance") == {"soldiers": "perpetrator"}


def test_a_named_victim_disappeared_by_an_agent() -> None:
    extraction = run("The reporter Karl Vos was disappeared by soldiers in 2019.")
    assert roles(extraction, "disappearance") == {"Karl Vos": "victim", "soldiers": "perpetrator"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen doused Karl Vos with petrol and set him on fire.",
        "The pastor Karl Vos was set ablaze by a mob.",
        "Two men set the trader Karl Vos ablaze outside his shop.",
    ],
)
def test_a_person_set_on_fire_is_attacked(sentence: str) -> None:
    assert roles(run(sentence), "attack").get("Karl Vos") == "victim"


@pytest.mark.parametrize(
    "sentence",
    [
        "The monk Karl Vos set himself on fire outside the ministry.",
        "Rioters set the police station on fire.",
        "The speech set the crowd on a new course.",
        "The attackers set fire to the shop of Karl Vos.",
    ],
)
def test_no_attack_when_no_one_else_is_set_on_fire(sentence: str) -> None:
    assert "attack" not in types(run(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The police threatened the reporter.",
        "The police threatened to arrest his wife.",
        "Guards threatened to rape their wives.",
        "Unknown men threatened the teacher at his home.",
    ],
)
def test_someone_threatening_people_described_is_a_threat(sentence: str) -> None:
    assert "threat" in types(run(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The new law threatened journalists last year.",
        "The strike threatened the company's profits.",
        "The union threatened to close the plant.",
        "The coach threatened to drop the striker.",
    ],
)
def test_no_threat_by_a_thing_or_of_no_person(sentence: str) -> None:
    assert "threat" not in types(run(sentence))


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("The guards subjected Karl Vos to torture.", "guards"),
        ("Police subjected Karl Vos to beatings in Halden.", "Police"),
        ("Karl Vos was subjected to torture by the guards.", "guards"),
    ],
)
def test_who_subjects_someone_to_a_harm_does_it_to_them(sentence: str, doer: str) -> None:
    extraction = run(sentence)
    found = {**roles(extraction, "torture"), **roles(extraction, "ill_treatment")}
    assert found == {"Karl Vos": "victim", doer: "perpetrator"}


def test_subjecting_things_to_tests_is_no_harm() -> None:
    assert not run("The company subjected its products to rigorous tests.").events


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The activist Karl Vos was taken by secret police from a hotel room in Halden.", "arrest"),
        ("Karl Vos was taken by the police to the station for questioning.", "arrest"),
        ("Karl Vos was taken by gunmen from his home.", "abduction"),
    ],
)
def test_a_person_taken_by_agents_of_force_is_seized(sentence: str, event_type: str) -> None:
    assert roles(run(sentence), event_type).get("Karl Vos") == "victim"


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Vos was taken by ambulance to the hospital.",
        "Karl Vos was taken by his mother to school.",
        "The decision was taken by the authorities.",
        "The striker was taken off by the coach.",
    ],
)
def test_no_seizure_when_taken_by_no_agent_of_force(sentence: str) -> None:
    assert not {"arrest", "abduction"} & set(types(run(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "The crackdown has seen the journalist Karl Vos arrested and tortured.",
        "We saw Karl Vos arrested in Halden.",
    ],
)
def test_one_seen_arrested_is_the_one_arrested(sentence: str) -> None:
    assert roles(run(sentence), "arrest") == {"Karl Vos": "victim"}


def test_one_seen_arresting_someone_is_the_doer() -> None:
    extraction = run("Residents saw that Karl Vos arrested the thief.")
    assert roles(extraction, "arrest").get("Karl Vos") == "perpetrator"

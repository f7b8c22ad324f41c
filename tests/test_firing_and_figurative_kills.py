"""Harms told in common news phrasing, and killings and detentions of no one (docs/extraction.md, "Firing on people",
"Word senses and what may fill a role"): firing on people is a shooting of them, an active wounding by someone an
attack; a verb of killing said of a bill or a deal, and a ship held by its name, are no harm to anyone. Invented
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2021, 6, 1)))


def types(text: str) -> list[str]:
    return [e.type for e in run(text).events]


def victims(x: Extraction, kind: str) -> list[str]:
    return [
        x.entity(p.entity).name or "" for e in x.events if e.type == kind for p in e.participants if p.role == "victim"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Security forces opened fire on protesters in Tarvik on Monday.",
        "Soldiers opened fire on the crowd in Tarvik, killing two.",
        "Police fired tear gas at the crowd in Tarvik on Monday.",
        "Riot police fired rubber bullets at the demonstrators in Olsk on Friday.",
    ],
)
def test_firing_on_people_is_a_shooting(sentence: str) -> None:
    assert "shooting" in types(sentence)


def test_those_fired_on_are_its_victims() -> None:
    x = run("Soldiers opened fire on the activist Ana Berg and her brother in Tarvik on Monday.")
    assert "Ana Berg" in victims(x, "shooting")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police opened the gate on Monday in Tarvik.",
        "The company fired three workers at the Tarvik plant on Monday.",
        "Reporters fired questions at the minister in Tarvik on Monday.",
        "The army fired a rocket at the Tarvik bridge on Monday.",
    ],
)
def test_firing_at_no_one_is_no_shooting(sentence: str) -> None:
    assert "shooting" not in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen attacked a checkpoint in Tarvik on Monday, wounding two soldiers.",
        "Militants shelled the village of Tarvik on Monday, injuring five.",
        "Police officers beat the marchers in Olsk and injured Ana Berg on Monday.",
    ],
)
def test_an_active_wounding_by_someone_is_an_attack(sentence: str) -> None:
    assert "attack" in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Berg injured her knee in Tarvik on Monday.",
        "The blast injured five people in Tarvik on Monday.",
        "Karl Vos injured himself in Tarvik on Monday.",
        "A driver accidentally injured five pedestrians in Tarvik on Monday.",
    ],
)
def test_an_active_wounding_of_no_one_or_by_nothing_is_no_attack(sentence: str) -> None:
    assert "attack" not in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The senate killed the bill in Tarvik on Tuesday.",
        "The decision strangled the free press in Tarvik.",
        "The row over tariffs killed the deal in Tarvik on Monday.",
    ],
)
def test_a_killing_of_a_thing_is_no_killing(sentence: str) -> None:
    assert "killing" not in types(sentence)


def test_a_person_named_bill_is_still_killed() -> None:
    x = run("Soldiers killed Bill Tarno in Tarvik on Monday.")
    assert "Bill Tarno" in victims(x, "killing")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tarvik Star was detained in Olsk port on Monday.",
        "The Ben Olsen was detained in Olsk on Monday. Its crew of 20 remain aboard.",
    ],
)
def test_a_ship_known_by_its_name_is_no_one_held(sentence: str) -> None:
    assert not {"detention", "arrest"} & set(types(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmans were detained in Olsk port on Monday. Their boat was seized.",
        "Police detained the Velmans at the Olsk harbour on Monday.",
    ],
)
def test_a_family_known_by_its_name_held_near_ships_is_still_held(sentence: str) -> None:
    assert "Velmans" in victims(run(sentence), "detention")


def test_a_person_held_in_a_port_is_still_held() -> None:
    x = run("Ana Berg was detained in Olsk port on Monday.")
    assert "Ana Berg" in victims(x, "detention")

"""Unnamed doers told by a collective noun of a crowd ("a mob", "a lynch mob", "rioters", "a group of men"): groups
of `agents` in data/kinship.yaml that can fill the perpetrator role, typed by the benchmark map as actors without
permissions (docs/extraction.md, collective nouns of crowds). Invented sentences."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import hrdsattack as hb
import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def doers(extraction: Extraction) -> set[str]:
    names = {e.id: e.name for e in extraction.entities}
    return {str(names[p.entity]) for e in extraction.events for p in e.participants if p.role == "perpetrator"}


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("Dara Loman burned to death after a mob torched his house in Tarvik.", "mob"),
        ("Dara Loman died after a mob torched his shop in Tarvik.", "mob"),
        ("Dara Loman was lynched by an angry mob in Tarvik.", "mob"),
        ("A lynch mob hanged Dara Loman in Tarvik.", "lynch mob"),
        ("Dara Loman was attacked by mobs of men armed with sticks.", "mobs"),
        ("A crowd beat Dara Loman to death in Tarvik.", "crowd"),
        ("Rioters killed Dara Loman in Tarvik.", "Rioters"),
        ("The vigilantes beat Dara Loman in Tarvik.", "vigilantes"),
        ("A group of men abducted Dara Loman in Tarvik.", "group of men"),
        ("A gang of men beat Dara Loman in Tarvik.", "gang of men"),
    ],
)
def test_a_crowd_told_by_a_collective_noun_is_the_perpetrator(sentence: str, doer: str) -> None:
    assert doer in doers(run(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "A crowd gathered peacefully in Tarvik to mourn Dara Loman.",
        "Police arrested twenty rioters in Tarvik.",
        "Police fired on the crowd in Tarvik, killing Dara Loman.",
    ],
)
def test_a_crowd_that_did_no_harm_is_no_perpetrator(sentence: str) -> None:
    assert not doers(run(sentence)) & {"crowd", "rioters"}


@pytest.mark.parametrize("name", ["mob", "mobs", "lynch mob", "crowd", "rioters"])
def test_the_map_types_a_crowd_as_an_actor_without_permissions(name: str) -> None:
    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    crowd = SimpleNamespace(name=name, descriptor=None, titles=[], kind="group", place_kind=None)
    assert hb._perpetrator_type([crowd], mapping) == "other actors without permissions"


def test_a_lynching_by_a_mob_is_typed_from_the_mob() -> None:
    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    text = "Dara Loman was lynched by an angry mob in Tarvik."
    found = hb.predict(run(text), date(2024, 3, 1), mapping, text)
    assert found["perpetrator_type"] == "other actors without permissions"

"""A death told by its finding ("was found dead": the death sense of `find`/`discover` with `requires: found_dead`,
attribute ``found``; ``undergone.found_dead``): the one found is its victim, those who found them are no doers.
Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def found(x: Extraction) -> list[tuple[str, ...]]:
    return [
        tuple(sorted(f"{p.role}={x.entity(p.entity).name}" for p in e.participants))
        for e in x.events
        if e.type == "death" and e.attributes.get("found")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The activist Dara Loman was found dead in Tarvik on Monday.",
        "The activist Dara Loman was found dead by neighbours in her flat in Tarvik.",
        "The activist Dara Loman was discovered dead in a park in Tarvik last week.",
    ],
)
def test_one_found_dead_died(sentence: str) -> None:
    assert found(run(sentence)) == [("victim=Dara Loman",)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The activist Dara Loman was found in Tarvik on Monday.",
        "Police found the activist Dara Loman dead in Tarvik on Monday.",
        "The activist Dara Loman died in Tarvik on Monday.",
    ],
)
def test_found_alive_or_found_by_whom_is_no_found_death(sentence: str) -> None:
    assert found(run(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The body of the activist Dara Loman was found in a forest near Kyiv on Monday.",
        "Dara Loman's body was discovered in a ditch outside Kyiv.",
        "The body of Dara Loman was recovered from the lake on Friday.",
        "The body of Dara Loman was pulled from the river by fishermen on Friday.",
    ],
)
def test_a_body_found_tells_its_owner_died(sentence: str) -> None:
    x = run(sentence)
    assert found(x) == [("victim=Dara Loman",)]
    assert not [e for e in x.events if e.type == "killing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The body of the committee was found to be biased in Kyiv.",
        "The remains of the building were recovered from the site.",
        # the one who spoke in the sentence before is no owner of the body "his" tells
        "He was wearing no helmet, inspector Dara Loman said. His body was recovered on Sunday.",
    ],
)
def test_no_body_of_someone_found_is_no_found_death(sentence: str) -> None:
    assert found(run(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Police raided a house in Tarvik. The body of a teenage girl was also found in the house following the raid.",
        "A young woman was found dead in her flat.",
        "The body of an elderly farmer was discovered near the road.",
        "The toll rose after the bodies of two more victims were found near Tarvik.",
    ],
)
def test_a_body_found_of_someone_described_is_a_death(sentence: str) -> None:
    """The finding of one body is an occasion: a fact about the one found even with no name, time or place
    (``undergone.found_described``), as a harm done to someone described is."""
    x = run(sentence)
    assert [e.attributes.get("found") for e in x.events if e.type == "death"] == [True]


@pytest.mark.parametrize(
    "sentence",
    [
        "The body of the old car was found in a field.",
        "A young man died.",
        "Police found a stolen car in the field.",
    ],
)
def test_no_one_found_dead_is_no_death(sentence: str) -> None:
    assert [e for e in run(sentence).events if e.type == "death"] == []

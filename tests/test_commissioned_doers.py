"""Who is to do a deed someone is hired, paid, sent or ordered to do (docs/extraction.md, "Modality"): the one hired,
paid, sent or ordered — the verb's object, or its passive subject —, not the one who hired, paid, sent or ordered
them. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def doers(text: str, event_type: str) -> list[str | None]:
    extraction = run(text)
    entities = {e.id: e for e in extraction.entities}
    return [
        entities[p.entity].name or entities[p.entity].descriptor
        for e in extraction.events
        if e.type == event_type
        for p in e.participants
        if p.role == "perpetrator"
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "doer"),
    [
        ("Ivo Lesk paid Tomas Varga to kill Ana Berg.", "killing", "Tomas Varga"),
        ("Ivo Lesk hired Tomas Varga to beat the journalist Ana Berg.", "ill_treatment", "Tomas Varga"),
        ("The mayor Ivo Lesk ordered Tomas Varga to arrest Ana Berg.", "arrest", "Tomas Varga"),
        ("Tomas Varga was sent to abduct Ana Berg.", "abduction", "Tomas Varga"),
    ],
)
def test_the_one_hired_or_ordered_does_the_deed(text: str, event_type: str, doer: str) -> None:
    assert doers(text, event_type) == [doer]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Ivo Lesk hired a gunman to kill Ana Berg.", "killing"),
        ("Ivo Lesk paid two men to beat the journalist Ana Berg.", "ill_treatment"),
    ],
)
def test_the_one_who_hired_them_does_not_do_the_deed(text: str, event_type: str) -> None:
    assert "Ivo Lesk" not in doers(text, event_type)


def test_a_deed_of_ones_own_keeps_its_doer() -> None:
    """ "Ivo Lesk tried to kill Ana Berg": no one else is told to do it."""
    assert doers("Ivo Lesk tried to kill Ana Berg.", "killing") == ["Ivo Lesk"]


def victims(text: str, event_type: str) -> list[str | None]:
    extraction = run(text)
    entities = {e.id: e for e in extraction.entities}
    return [
        entities[p.entity].name
        for e in extraction.events
        if e.type == event_type
        for p in e.participants
        if p.role == "victim"
    ]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The governor ordered Ana Berg to be held in a military camp.", "detention"),
        ("The mayor Ivo Lesk ordered Ana Berg to be arrested.", "arrest"),
    ],
)
def test_the_one_ordered_to_be_held_is_held(text: str, event_type: str) -> None:
    """ "ordered Ana Berg to be held": a passive infinitive befalls the verb's object, not its subject."""
    assert victims(text, event_type) == ["Ana Berg"]

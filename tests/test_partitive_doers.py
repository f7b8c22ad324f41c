"""People of a body told as its doers ("two members of the Tarvik Guard beat …", "agents of the security service
arrested …", "men from the Vorn militia killed …"): the body is the perpetrator (tumen.extract.partitive_doers;
docs/extraction.md, "People of a body as its doers"); and bodies of doers named by what they are that the `agents`
vocabulary had left out (herdsmen, party workers, white supremacists). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2020, 6, 1)))


def roles(extraction: Extraction, role: str) -> set[str]:
    names = {e.id: e.name for e in extraction.entities}
    return {str(names[p.entity]) for e in extraction.events for p in e.participants if p.role == role}


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("Two members of the Tarvik Liberation Front beat Ana Berg on Monday.", "Tarvik Liberation Front"),
        ("Ana Berg was kidnapped by members of the Tarvik Liberation Front on Monday.", "Tarvik Liberation Front"),
        ("Men from the Vorn militia killed Dara Loman on Monday.", "militia"),
        ("Officers of the Tarvik police detained Ana Berg on Monday.", "police"),
    ],
)
def test_people_of_a_body_make_the_body_the_doer(sentence: str, doer: str) -> None:
    extraction = run(sentence)
    assert doer in roles(extraction, "perpetrator")
    assert roles(extraction, "victim") & {"Ana Berg", "Dara Loman"}


def test_a_named_member_stays_the_doer() -> None:
    extraction = run("A member of the Tarvik Liberation Front, Ivo Lesk, shot Ana Berg on Monday.")
    assert roles(extraction, "perpetrator") == {"Ivo Lesk"}


def test_a_member_who_undergoes_the_harm_is_no_doer() -> None:
    extraction = run("Police arrested two members of the Tarvik Liberation Front on Monday.")
    assert "Tarvik Liberation Front" not in roles(extraction, "perpetrator")


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("Herdsmen killed Dara Loman in Tarvik on Monday.", "Herdsmen"),
        ("Party workers beat Ana Berg in Tarvik on Monday.", "Party workers"),
        ("White supremacists attacked Ana Berg in Tarvik on Monday.", "White supremacists"),
    ],
)
def test_bodies_of_doers_left_out_before(sentence: str, doer: str) -> None:
    assert doer in roles(run(sentence), "perpetrator")

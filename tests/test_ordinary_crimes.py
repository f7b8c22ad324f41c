"""An arrest, detention or sentence for an ordinary crime of gain or deceit (theft, fraud, bribery) is law
enforcement against a suspect, like one for a crime of violence; a charge that mixes in a political one is not
(tumen.extract.accused, ``ordinary_crimes``). Invented sentences."""

from __future__ import annotations

import pytest

from test_accused import roles
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Police arrested Karl Vos in Tarvik for alleged internet fraud.", "arrest"),
        ("Karl Vos was jailed in Tarvik for stealing money from a friend.", "detention"),
        ("Karl Vos was arrested in Tarvik on charges of abusing his office.", "arrest"),
        ("Karl Vos was arrested in Tarvik on suspicion of theft and fraud.", "arrest"),
        ("Karl Vos was detained in Tarvik on alleged bribery charges.", "detention"),
    ],
)
def test_held_for_an_ordinary_crime_is_the_subject(sentence: str, event_type: str) -> None:
    extraction = run(sentence)
    assert roles(extraction, event_type) == {"Karl Vos": "subject"}
    assert all(e.attributes.get("accused") for e in extraction.events if e.type == event_type)


def test_a_charge_that_mixes_in_a_political_one_stays_a_victims() -> None:
    extraction = run("Karl Vos was arrested in Tarvik on suspicion of sedition, fraud and conspiracy.")
    assert roles(extraction, "arrest") == {"Karl Vos": "victim"}
    assert not any(e.attributes.get("accused") for e in extraction.events)


def test_arrested_for_exposing_a_fraud_stays_a_victim() -> None:
    extraction = run("Police arrested the journalist Karl Vos in Tarvik for exposing the fraud.")
    assert roles(extraction, "arrest") == {"Karl Vos": "victim"}


def test_the_charge_the_parse_hangs_on_the_last_of_those_arrested() -> None:
    extraction = run(
        "The anti-graft agency arrested two lecturers of the Tarvik College of Health, Offa, and 28 others "
        "for alleged internet fraud."
    )
    arrests = [e for e in extraction.events if e.type == "arrest"]
    assert arrests and all(e.attributes.get("accused") for e in arrests)

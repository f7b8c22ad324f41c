"""A charge the report calls made up ("trumped-up", "bogus", "fabricated", "politically motivated") names no crime
the one charged is accused of: their arrest, detention or sentence stays a harm done to a victim, and the crime
is alleged against no one (tumen.extract.accused, ``doubted_charges``). Invented sentences."""

from __future__ import annotations

import pytest

from test_accused import roles
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Karl Vos was arrested in Tarvik on trumped-up fraud charges.", "arrest"),
        ("Karl Vos was jailed in Tarvik on bogus charges of murder.", "detention"),
        ("Karl Vos was detained in Tarvik on politically motivated charges of fraud.", "detention"),
    ],
)
def test_a_charge_called_made_up_keeps_the_victim(sentence: str, event_type: str) -> None:
    extraction = run(sentence)
    assert roles(extraction, event_type) == {"Karl Vos": "victim"}
    assert not any(e.attributes.get("accused") for e in extraction.events)
    assert not [e for e in extraction.events if e.attributes.get("charged")]


def test_false_imprisonment_is_a_crime_not_a_doubt() -> None:
    extraction = run("Karl Vos was charged in Tarvik with false imprisonment and kidnapping.")
    assert roles(extraction, "trial") == {"Karl Vos": "subject"}

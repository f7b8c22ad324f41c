"""What an arrest is for, told by a gerund of being or taking part: "for allegedly being behind the kidnappings"
(tumen.extract.accused). Invented sentences."""

from __future__ import annotations

import pytest

from test_accused import roles
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Vos was arrested in Tarvik for being involved in the murder of a trader.",
        "The officer Karl Vos was arrested in Tarvik for allegedly being behind many kidnapping cases.",
    ],
)
def test_the_crime_the_arrest_is_for_makes_the_accused(sentence: str) -> None:
    extraction = run(sentence)
    assert roles(extraction, "arrest") == {"Karl Vos": "subject"}
    assert all(e.attributes.get("accused") for e in extraction.events if e.type == "arrest")


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Vos was arrested in Tarvik for being at the protest.",
    ],
)
def test_a_being_that_names_no_crime_keeps_the_victim(sentence: str) -> None:
    extraction = run(sentence)
    assert not any(e.attributes.get("accused") for e in extraction.events)

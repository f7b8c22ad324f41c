"""A bare plural event noun given as an instance of a kind of crime that is spoken of is a kind, whatever time the
sentence tells (tumen.extract.genericity, ``kind_nouns``). Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said that the incidence of many crimes, including kidnappings and robberies, has fallen in "
        "Tarvik since 2018.",
        "Crimes such as kidnappings and robberies have declined in Tarvik since 2018.",
    ],
)
def test_an_instance_of_a_kind_of_crime_is_no_event(sentence: str) -> None:
    assert not [e for e in run(sentence).events if e.type == "abduction"]


def test_crimes_committed_including_kidnappings_are_still_told() -> None:
    extraction = run("Gunmen committed many crimes in Tarvik in May 2019, including kidnappings of farmers.")
    assert [e.modality for e in extraction.events if e.type == "abduction"] == ["asserted"]

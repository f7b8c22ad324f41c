"""A harm told as sexual is sexual violence, not ill-treatment (docs/extraction.md, "Violations"). Invented
sentences."""

from __future__ import annotations

import pytest

from test_listed_victims import all_victims
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    "sentence",
    [
        "The detainee Dara Loman was sexually assaulted by two guards.",
        "Two guards sexually abused the detainee Dara Loman.",
        "The sexual assault of the detainee Dara Loman was reported in Tarvik.",
        "The girl Dara Loman was molested by a neighbour.",
        "A guard in Tarvik was arrested in May for the sexual battery of the detainee Dara Loman.",
    ],
)
def test_a_harm_told_as_sexual_is_sexual_violence(sentence: str) -> None:
    extraction = run(sentence)
    assert all_victims(extraction, "sexual_violence") == {"Dara Loman"}
    assert not all_victims(extraction, "ill_treatment")


def test_an_assault_not_told_as_sexual_stays_ill_treatment() -> None:
    extraction = run("The detainee Dara Loman was assaulted by two guards.")
    assert all_victims(extraction, "ill_treatment") == {"Dara Loman"}
    assert not all_victims(extraction, "sexual_violence")

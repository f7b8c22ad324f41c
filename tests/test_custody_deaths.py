"""A death told in custody is a death in the hands of those who held the victim (attribute ``in_custody``,
``custody_harm: death_places`` in data/events.yaml; ``captivity.in_custody``). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def deaths(text: str) -> list[bool]:
    extraction = extract(Source(text, 1, "en", date(2024, 3, 1)))
    return [bool(e.attributes.get("in_custody")) for e in extraction.events if e.type == "death"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dara Loman died in a police cell in Tarvik on Monday.",
        "Police arrested the journalist Dara Loman in May and he died two weeks later while in military custody.",
        "Dara Loman died while being held by the police in Tarvik.",
        "The reporter Petra Venn died in detention in Tarvik last week.",
    ],
)
def test_a_death_told_in_custody_is_marked_so(sentence: str) -> None:
    assert deaths(sentence) == [True]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dara Loman died of a stroke in prison in Tarvik on Monday.",
        "Dara Loman died in a refugee camp in Tarvik.",
        "Dara Loman died at home in Tarvik on Monday.",
    ],
)
def test_a_death_elsewhere_is_a_plain_death(sentence: str) -> None:
    assert deaths(sentence) == [False]

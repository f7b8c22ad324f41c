"""A handing over is one into custody ("handed over to the police", "turned over to the border guards"), not one
between people: what goes to one private person — kin, a named person, "a woman", "a neighbour" — is no forced
return (``requires: handed_over`` in data/events.yaml). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def returns(text: str) -> list[str]:
    extraction = extract(Source(text, 1, "en", date(2024, 3, 1)))
    return [e.type for e in extraction.events if e.type == "forced_repatriation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dara Loman said she turned the child over to a woman in a red car.",
        "Dara Loman handed the boy over to a neighbour in Tarvik.",
        "The guards handed him over to his mother at the gate.",
        "Ivo Holm turned his son over to Anna Gold.",
    ],
)
def test_a_handing_over_to_a_private_person_is_no_forced_return(sentence: str) -> None:
    assert returns(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Chinese police handed Petra Venn over to North Korean agents.",
        "Petra Venn was turned over to the police.",
        "Police turned Joel Marsh over to the Tarvik authorities in May.",
        "Chinese police handed Petra Venn over.",
    ],
)
def test_a_handing_over_into_custody_stays_a_forced_return(sentence: str) -> None:
    assert returns(sentence) == ["forced_repatriation"]

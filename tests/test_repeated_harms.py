"""A harm told in the past as done again and again to one particular person happened (docs/extraction.md, "Specific
and generic statements"), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def harms(text: str) -> list[tuple[str, str, bool]]:
    x = extract(Source(text, 1, "en", date(2019, 6, 1)))
    return [(e.type, e.modality, bool(e.attributes.get("repeated"))) for e in x.events if e.type != "detention"]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Berg was sent to a camp in 2014. In the camp, guards beat her regularly.",
        "Ana Berg was sent to a camp in 2014. Ana Berg was often beaten in the camp.",
    ],
)
def test_a_past_harm_repeated_to_one_person_is_told(text: str) -> None:
    [(_kind, modality, repeated)] = harms(text)
    assert modality == "asserted" and repeated


@pytest.mark.parametrize(
    "text",
    [
        "Ana Berg was sent to a camp in 2014. In the camp, guards beat prisoners regularly.",
        "Ana Berg was sent to a camp in 2014. Police regularly arrest activists.",
    ],
)
def test_a_habit_told_of_no_one_in_particular_is_no_event(text: str) -> None:
    assert [h for h in harms(text) if h[1] == "asserted"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ana Berg was sent to a camp in 2014. It is not true that guards regularly beat her.",
        "Ana Berg was sent to a camp in 2014. Officials refused to confirm that guards regularly beat her.",
    ],
)
def test_a_repeated_harm_still_takes_the_clauses_above_it(text: str) -> None:
    assert [h for h in harms(text) if h[1] == "asserted"] == []

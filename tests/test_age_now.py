"""The "now" of an age told of a person dates no event (docs/extraction.md, "A time that describes a person is no
time of the events"), on invented sentences published 1 June 2019."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


@pytest.mark.parametrize(
    "told", ["Han Mi-ok, now 29, was sold in Tarvik.", "Han Mi-ok, who is now 29, was sold in Tarvik."]
)
def test_an_age_now_is_no_date_of_the_event(told: str) -> None:
    x = extract(Source(f"Han Mi-ok fled in 2008. {told}", 1, "en", date(2019, 6, 1)))
    [sale] = [e for e in x.events if e.type == "trafficking"]
    assert sale.time is None or sale.time.latest.year == 2008


def test_a_relative_clause_on_the_event_noun_still_dates_it() -> None:
    x = extract(
        Source(
            "The arrest of Han Mi-ok, which took place on 3 May 2018, shocked her family.", 1, "en", date(2019, 6, 1)
        )
    )
    [arrest] = [e for e in x.events if e.type == "arrest"]
    assert arrest.time is not None and arrest.time.earliest == date(2018, 5, 3)


def test_a_count_apposed_with_its_date_is_no_age() -> None:
    # "17 on the 4 October protests": a count of the reporters with the day they were beaten, not an age
    text = "Reporters covering the marches have been beaten and detained — 17 on the 4 October protests alone."
    x = extract(Source(text, 1, "en", date(2020, 10, 10)))
    assert {e.type: e.time.earliest if e.time else None for e in x.events}.get("ill_treatment") == date(2020, 10, 4)

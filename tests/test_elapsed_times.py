""" "After two years in prison, she escaped" (docs/extraction.md, "Story time"), on invented sentences: an event
whose clause has "after" with a duration as its object took place that long after the time its story gives it."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event
from tumen.model import Interval


def event(text: str, kind: str) -> Event:
    x = extract(Source(text, 1, "en", date(2018, 6, 1)))
    [found] = [e for e in x.events if e.type == kind]
    return found


def years(found: Event) -> tuple[int, int]:
    assert found.time is not None
    return found.time.earliest.year, found.time.latest.year


def test_after_a_span_in_prison_moves_the_narratives_time() -> None:
    escape = event("Ana Berg was arrested in 2003. After two years in prison, she escaped.", "border_crossing")
    assert years(escape) == (2005, 2005)  # before: 2003, the arrest's year


def test_after_a_span_moves_a_governing_clauses_date() -> None:
    escape = event("Ana Berg was arrested in 2003 and escaped after two years in prison.", "border_crossing")
    assert years(escape) == (2005, 2005)


def test_a_spending_verb_gives_the_span() -> None:
    escape = event(
        "Ana Berg was arrested in May 2003. After spending three months in a camp, she escaped.", "border_crossing"
    )
    assert escape.time is not None and (escape.time.earliest, escape.time.latest) == (
        date(2003, 8, 1),
        date(2003, 8, 31),
    )


def test_days_after_a_day_give_a_day() -> None:
    release = event("Ana Berg was arrested on 3 May 2003 and released after ten days.", "release")
    assert release.time == Interval(date(2003, 5, 13), date(2003, 5, 13), "day")


def test_an_events_own_date_stays() -> None:
    escape = event("Ana Berg was arrested in 2003. After two years in prison, she escaped in 2006.", "border_crossing")
    assert years(escape) == (2006, 2006)

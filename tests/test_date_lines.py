"""A report's date line is the time of the telling, no reference time of its story (docs/extraction.md, "Story
time"). Invented texts."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def arrest_time(text: str, published: date | None = None) -> tuple[date, date] | None:
    events = [e for e in extract(Source(text, 1, "en", published)).events if e.type == "arrest"]
    assert len(events) == 1, [(e.type, e.trigger.text) for e in events]
    time = events[0].time
    return (time.earliest, time.latest) if time else None


@pytest.mark.parametrize(
    "line",
    [
        "UPDATED: 06:55 GMT, 10 June 2013",
        "Thursday, April 11, 2013, 12:12 AM",
        "10 Jun 2013 09:10",
    ],
)
def test_a_date_line_dates_the_story_only_to_its_year_up_to_its_day(line: str) -> None:
    text = f"Ana Berg: teacher held after clashes in Tarvik\n{line}\nAna Berg was arrested near her house.\n"
    time = arrest_time(text)
    assert time is not None and time[0] == date(2013, 1, 1) and time[1] in (date(2013, 6, 10), date(2013, 4, 11))


def test_a_dated_line_that_tells_something_still_dates_its_story() -> None:
    text = "Ana Berg: teacher held after clashes\nOn 10 June 2013 police raided the school.\nAna Berg was arrested.\n"
    assert arrest_time(text) == (date(2013, 6, 10), date(2013, 6, 10))


def test_the_dates_heading_a_timeline_date_its_entries() -> None:
    text = (
        "A life in Tarvik\nMarch 2001\nAna Berg joins the union.\nJune 2004\nAna Berg leads a strike.\n"
        "May 2009\nAna Berg was arrested in Tarvik.\n"
    )
    assert arrest_time(text) == (date(2009, 5, 1), date(2009, 5, 31))

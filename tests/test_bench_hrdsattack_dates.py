"""The article date of the HRDsAttack benchmark (benchmarks/hrdsattack.py): which event's time, at what precision,
and the publication day, on invented events."""

from __future__ import annotations

from typing import Any

import hrdsattack as hb


def test_date_prefers_the_attack_over_follow_ups_and_the_publication_day() -> None:
    from datetime import date as day
    from types import SimpleNamespace

    from tumen.model import Interval

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    published = day(2021, 3, 1)

    def event(kind: str, when: day, precision: str = "day") -> Any:
        return SimpleNamespace(type=kind, time=Interval(when, when, precision))

    events = [event("trial", day(2021, 2, 20)), event("arrest", published), event("arrest", day(2020, 11, 5))]
    assert hb.article_date(events, published, mapping) == {"year": "2020", "month": "11", "date": "5"}
    assert hb.article_date(events[:2], published, mapping) == {"year": "2021", "month": "3", "date": "1"}
    assert hb.article_date(events[:1], published, mapping) == {"year": "2021", "month": "2", "date": "20"}
    # a year without a month: the publication month only when it is the publication year
    assert hb.article_date([event("killing", day(2021, 1, 1), "year")], published, mapping)["month"] == "3"
    assert hb.article_date([event("killing", day(2019, 1, 1), "year")], published, mapping)["month"] is None
    assert hb.article_date([], published, mapping) == {"year": "2021", "month": "3", "date": None}


def test_date_of_the_publication_day_written_out_ranks_with_the_others() -> None:
    """ "On March 1, soldiers shot ..." in a report of March 1 tells the attack's day; "on Monday" or "today" is only
    the report's, and so is a holiday's name without a number ("May Day")."""
    from datetime import date as day
    from types import SimpleNamespace

    from tumen.extract.types import Span
    from tumen.model import Interval

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    published = day(2021, 3, 1)

    def event(when: day, precision: str, written: str) -> Any:
        span = Span(0, len(written), written)
        return SimpleNamespace(type="killing", time=Interval(when, when, precision), time_span=span, time_evidence=None)

    month = event(day(2021, 2, 1), "month", "February")
    for written, expected in (("March 1", "1"), ("1 March 2021", "1"), ("Monday", None), ("May Day", None)):
        found = hb.article_date([month, event(published, "day", written)], published, mapping)
        assert found["date"] == expected, written


def test_date_skips_an_event_dated_after_publication() -> None:
    """ "The trial is set for 9 May" in a report of 2 March tells of no violation on 9 May."""
    from datetime import date as day
    from types import SimpleNamespace

    from tumen.model import Interval

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def event(when: day, precision: str = "day") -> Any:
        return SimpleNamespace(type="arrest", time=Interval(when, when, precision))

    events = [event(day(2021, 5, 9)), event(day(2021, 2, 1), "month")]
    assert hb.article_date(events, day(2021, 3, 2), mapping) == {"year": "2021", "month": "2", "date": None}


def test_date_of_a_range_within_one_month_or_year() -> None:
    """ "at the end of June last year" (June 21-30) gives June; "from May to August" its year; a range across two
    years nothing."""
    from datetime import date as day
    from types import SimpleNamespace

    from tumen.model import Interval

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    published = day(2022, 1, 31)

    def event(first: day, last: day) -> Any:
        return SimpleNamespace(type="arrest", time=Interval(first, last, "range"))

    june = [event(day(2021, 6, 21), day(2021, 6, 30))]
    assert hb.article_date(june, published, mapping) == {"year": "2021", "month": "6", "date": None}
    summer = [event(day(2021, 5, 1), day(2021, 8, 31))]
    assert hb.article_date(summer, published, mapping) == {"year": "2021", "month": None, "date": None}
    winter = [event(day(2020, 12, 1), day(2021, 2, 28))]
    assert hb.article_date(winter, published, mapping) == {"year": "2022", "month": "1", "date": None}


def test_an_event_dated_now_is_undated_for_the_article_date() -> None:
    """ "the military has now killed 1,026 people": the report's day is no attack's."""
    from datetime import date as day
    from types import SimpleNamespace

    from tumen.extract.types import Event, Span, TimeMention
    from tumen.model import Interval

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    published = day(2021, 8, 31)
    now = TimeMention(30, 33, "now", "DATE", "PRESENT_REF", Interval(published, published, "day"))
    august = TimeMention(90, 99, "August 15", "DATE", "2021-08-15", Interval(day(2021, 8, 15), day(2021, 8, 15), "day"))
    killing = Event("e1", "killing", Span(34, 40, "killed"), time=now.interval, time_span=Span(30, 33, "now"))
    arrest = Event("e2", "arrest", Span(100, 108, "arrested"), time=august.interval, time_span=Span(90, 99, "Aug"))
    extraction = SimpleNamespace(times=[now, august])
    assert [e.time for e in hb._not_dated_now([killing], extraction, mapping)] == [None]
    dated = hb._not_dated_now([killing, arrest], extraction, mapping)
    assert hb.article_date(dated, published, mapping) == {"year": "2021", "month": "8", "date": "15"}


def test_date_prefers_a_day_told_later_to_a_year_told_first() -> None:
    """ "Attacked on 9 February 2012" is the attack's date; a year told earlier in the text is background."""
    from datetime import date as day
    from types import SimpleNamespace

    from tumen.model import Interval

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def event(when: day, precision: str) -> Any:
        return SimpleNamespace(type="attack", time=Interval(when, when, precision))

    events = [event(day(2011, 1, 1), "year"), event(day(2012, 2, 1), "month"), event(day(2012, 2, 9), "day")]
    assert hb.article_date(events, day(2019, 9, 20), mapping) == {"year": "2012", "month": "2", "date": "9"}
    assert hb.article_date(events[:2], day(2019, 9, 20), mapping) == {"year": "2012", "month": "2", "date": None}

"""What a time mention covers as told (tumen.extract.told_intervals), on invented sentences published on
Wednesday 10 June 2020: a date after *since* runs to the report, a distance before *after* covers the time it
reaches, a day with another year covers both days, an age at an event is the time it was true. The spans and
TimeML values stay as they are."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import TimeMention

JUNE = date(2020, 6, 10)


def times(text: str, published: date | None = JUNE) -> dict[str, TimeMention]:
    return {t.text: t for t in extract(Source(text, language="en", published=published)).times}


def span(time: TimeMention) -> tuple[date, date] | None:
    return (time.interval.earliest, time.interval.latest) if time.interval else None


def test_a_date_after_since_runs_to_the_publication() -> None:
    found = times("Police have detained 36 people in Tarvik since May 2018.")
    assert span(found["May 2018"]) == (date(2018, 5, 1), JUNE)
    assert found["May 2018"].value == "2018-05"


def test_since_runs_to_the_last_day_of_a_publication_known_to_the_month() -> None:
    source = Source(
        "Police have detained 36 people in Tarvik since May 2018.", language="en", published=date(2020, 6, 1)
    )
    plain = {t.text: t for t in extract(source).times}
    assert span(plain["May 2018"]) == (date(2018, 5, 1), date(2020, 6, 1))
    month = {t.text: t for t in extract(replace(source, published_precision="month")).times}
    assert span(month["May 2018"]) == (date(2018, 5, 1), date(2020, 6, 30))


def test_a_time_read_from_a_publication_known_to_the_month_covers_its_readings_over_the_month() -> None:
    source = Source("Police arrested Ivo Lesk in Tarvik earlier this week.", language="en", published=date(2023, 10, 1))
    assert span(times(source.text, published=source.published)["earlier this week"]) == (
        date(2023, 9, 25),
        date(2023, 10, 1),
    )
    month = {t.text: t for t in extract(replace(source, published_precision="month")).times}
    assert span(month["earlier this week"]) == (date(2023, 9, 25), date(2023, 10, 31))
    assert month["earlier this week"].value == "2023-W39"


def test_a_date_in_a_past_clause_since_opens_runs_to_the_publication() -> None:
    found = times("Soldiers have killed 40 villagers since the army closed the Halmor road in early 2019.")
    assert span(found["early 2019"]) == (date(2019, 1, 1), JUNE)


def test_since_of_cause_and_a_date_without_since_keep_their_interval() -> None:
    assert span(times("The trial is delayed since the judge will retire in March.")["March"]) == (
        date(2021, 3, 1),
        date(2021, 3, 31),
    )
    assert span(times("Since the army closed the road in 2019, farmers in Halmor went hungry.")["2019"]) == (
        date(2019, 1, 1),
        date(2019, 12, 31),
    )
    hiding = times("Ivo Lesk has hidden since police named him a witness to the May 3 raid in Tarvik.")
    assert span(hiding["May 3"]) == (date(2020, 5, 3), date(2020, 5, 3))
    assert span(times("Police detained 36 people in Tarvik in May 2018.")["May 2018"]) == (
        date(2018, 5, 1),
        date(2018, 5, 31),
    )


def test_since_without_a_publication_keeps_the_date() -> None:
    found = times("Police have detained 36 people in Tarvik since May 2018.", published=None)
    assert span(found["May 2018"]) == (date(2018, 5, 1), date(2018, 5, 31))


def test_an_approximate_distance_before_after_covers_the_time_it_reaches() -> None:
    found = times("Monday's raid in Halmor came about three weeks after soldiers killed a farmer in Tarvik.")
    assert span(found["about three weeks"]) == (date(2020, 5, 11), date(2020, 5, 25))
    assert found["about three weeks"].kind == "DURATION" and found["about three weeks"].value == "P3W"
    exact = times("The arrest of Ivo Lesk on Monday came two years after his release from a camp in Tarvik.")
    assert span(exact["two years"]) == (date(2018, 6, 8), date(2018, 6, 8))


def test_a_day_with_another_year_covers_both_days() -> None:
    found = times("Ivo Lesk (born 4 March 1979 or 1981) is a journalist from Tarvik.")
    assert span(found["4 March 1979"]) == (date(1979, 3, 4), date(1981, 3, 4))
    assert found["4 March 1979"].value == "1979-03-04"


def test_an_age_at_an_event_with_a_stated_birth_is_a_time() -> None:
    found = times(
        "Ivo Lesk (born 4 March 1979 or 1981) is a journalist from Tarvik. "
        "He was sent to a prison camp when he was aged 7."
    )
    assert span(found["aged 7"]) == (date(1986, 3, 4), date(1989, 3, 3))

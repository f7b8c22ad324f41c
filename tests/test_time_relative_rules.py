"""English time expressions relative to the publication or to a date told before ("16 years ago", "three days
later", "the following day", "last December"): one test per rule, with exact spans, TimeML values and intervals."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import only_time, span_of
from tumen.extract.time import TimeExpression, find_times

ANCHOR = date(2019, 12, 10)  # a Tuesday


def only(text: str, anchor: date | None = ANCHOR, language: str = "en") -> TimeExpression:
    return only_time(text, anchor, language)


# (sentence, anchor, expression text, value, (earliest, latest))
RELATIVE = [
    ("He left 16 years ago.", ANCHOR, "16 years ago", "2003", ("2003-01-01", "2003-12-31")),
    ("He left twelve years ago.", ANCHOR, "twelve years ago", "2007", ("2007-01-01", "2007-12-31")),
    ("He left twenty-one years ago.", ANCHOR, "twenty-one years ago", "1998", None),
    ("He left a year ago.", ANCHOR, "a year ago", "2018", None),
    ("He left three months ago.", ANCHOR, "three months ago", "2019-09", ("2019-09-01", "2019-09-30")),
    ("He left two weeks ago.", date(2024, 1, 3), "two weeks ago", "2023-W51", ("2023-12-18", "2023-12-24")),
    ("He left three days ago.", date(2024, 1, 2), "three days ago", "2023-12-30", ("2023-12-30", "2023-12-30")),
    ("He left last month.", date(2024, 1, 3), "last month", "2023-12", ("2023-12-01", "2023-12-31")),
    ("He left last year.", date(2024, 1, 3), "last year", "2023", ("2023-01-01", "2023-12-31")),
    ("He left last week.", date(2024, 1, 3), "last week", "2023-W52", ("2023-12-25", "2023-12-31")),
    ("It is cold this year.", ANCHOR, "this year", "2019", ("2019-01-01", "2019-12-31")),
    ("It is cold this month.", ANCHOR, "this month", "2019-12", ("2019-12-01", "2019-12-31")),
    ("They will meet next week.", ANCHOR, "next week", "2019-W51", ("2019-12-16", "2019-12-22")),
    ("They will meet next year.", ANCHOR, "next year", "2020", ("2020-01-01", "2020-12-31")),
    ("They met yesterday.", ANCHOR, "yesterday", "2019-12-09", ("2019-12-09", "2019-12-09")),
    ("They met yesterday.", date(2020, 1, 1), "yesterday", "2019-12-31", ("2019-12-31", "2019-12-31")),
    ("They meet today.", ANCHOR, "today", "2019-12-10", ("2019-12-10", "2019-12-10")),
    ("They meet tomorrow.", ANCHOR, "tomorrow", "2019-12-11", ("2019-12-11", "2019-12-11")),
    ("They met the day before yesterday.", ANCHOR, "the day before yesterday", "2019-12-08", None),
    ("The ministry said on Monday that it had lost contact.", ANCHOR, "Monday", "2019-12-09", None),
    ("The ministry said on Wednesday that it had lost contact.", ANCHOR, "Wednesday", "2019-12-04", None),
    ("The ministry said on Tuesday that it had lost contact.", ANCHOR, "Tuesday", "2019-12-10", None),
    ("The ministry will decide on Wednesday.", ANCHOR, "Wednesday", "2019-12-11", None),
    ("They met last Tuesday.", ANCHOR, "last Tuesday", "2019-12-03", None),
    ("They will meet next Tuesday.", ANCHOR, "next Tuesday", "2019-12-17", None),
    ("She arrived earlier this month.", ANCHOR, "earlier this month", "2019-12", ("2019-12-01", "2019-12-10")),
    ("She will arrive later this year.", ANCHOR, "later this year", "2019", ("2019-12-10", "2019-12-31")),
    # "so far" / "to date" next to the current period: from its start to the publication, the value unchanged
    ("So far this year, 40 people were detained.", ANCHOR, "this year", "2019", ("2019-01-01", "2019-12-10")),
    ("Forty people were detained this month so far.", ANCHOR, "this month", "2019-12", ("2019-12-01", "2019-12-10")),
    ("Forty people were detained this week to date.", ANCHOR, "this week", "2019-W50", ("2019-12-09", "2019-12-10")),
    (
        "Police went so far this week as to ban the march.",
        ANCHOR,
        "this week",
        "2019-W50",
        ("2019-12-09", "2019-12-15"),
    ),
    ("So far this year's harvest is poor.", ANCHOR, "this year", "2019", ("2019-01-01", "2019-12-31")),
    ("She arrived late last year.", ANCHOR, "late last year", "2018", ("2018-09-01", "2018-12-31")),
    ("They met last weekend.", ANCHOR, "last weekend", "2019-W49-WE", ("2019-12-07", "2019-12-08")),
    ("They met last summer.", ANCHOR, "last summer", "2019-SU", ("2019-06-01", "2019-08-31")),
    ("They met last summer.", date(2019, 7, 1), "last summer", "2018-SU", None),
    ("They met last winter.", date(2020, 1, 15), "last winter", "2018-WI", ("2018-12-01", "2019-02-28")),
    ("They meet this winter.", date(2020, 1, 15), "this winter", "2019-WI", ("2019-12-01", "2020-02-29")),
    ("They met in the summer of last year.", ANCHOR, "the summer of last year", "2018-SU", None),
]


@pytest.mark.parametrize(("sentence", "anchor", "text", "value", "interval"), RELATIVE)
def test_relative_to_publication(
    sentence: str, anchor: date, text: str, value: str, interval: tuple[str, str] | None
) -> None:
    expr = only(sentence, anchor)
    assert (expr.text, expr.kind, expr.value, expr.relative) == (text, "DATE", value, True)
    if interval is not None:
        assert span_of(expr) == interval


def test_references_to_past_present_future() -> None:
    recently = only("He was recently moved to another prison.")
    assert (recently.value, recently.interval, recently.relative) == ("PAST_REF", None, True)
    now = only("She now lives in Seoul.")
    assert (now.value, span_of(now)) == ("PRESENT_REF", ("2019-12-10", "2019-12-10"))
    assert only("He is currently held in Camp 15.").value == "PRESENT_REF"
    future = only("They hope to return in the future.")
    assert (future.text, future.value, future.interval) == ("the future", "FUTURE_REF", None)  # TimeML: no "in"
    assert only("Several years ago he fled.").value == "PAST_REF"
    assert find_times("Write back as soon as you can.", ANCHOR) == []


def test_without_anchor_relative_expressions_are_unresolved() -> None:
    expr = only("He left 16 years ago.", None)
    assert (expr.value, expr.interval) == ("XXXX", None)
    assert only("He was arrested on Dec. 5.", None).value == "XXXX-12-05"
    assert only("He was arrested on Monday.", None).value == "XXXX-WXX-1"
    absolute = only("He was arrested on 5 December 2019.", None)
    assert span_of(absolute) == ("2019-12-05", "2019-12-05")


def test_chained_relative_to_the_previous_date() -> None:
    text = "He was arrested in 2008. Two years later he escaped. Three months after that he reached Seoul."
    first, later, after = find_times(text, ANCHOR)
    assert (first.text, later.text, after.text) == ("2008", "Two years later", "Three months after that")
    assert (later.value, span_of(later), later.relative) == ("2010", ("2010-01-01", "2010-12-31"), True)
    assert span_of(after) == ("2010-04-01", "2011-03-31")


def test_chained_from_a_day_is_the_whole_unit() -> None:
    text = "She was detained on 5 March 2008 and released two years later."
    _, later = find_times(text, ANCHOR)
    assert (later.value, span_of(later)) == ("2010", ("2010-01-01", "2010-12-31"))
    text = "She was detained on 28 February 2019; three days later she was moved."
    _, moved = find_times(text, ANCHOR)
    assert (moved.value, span_of(moved)) == ("2019-03-03", ("2019-03-03", "2019-03-03"))


def test_a_year_earlier_than_a_leap_day() -> None:
    text = "The verdict came on 29 February 2020. A year earlier he had been arrested."
    _, earlier = find_times(text, ANCHOR)
    assert (earlier.text, earlier.value, span_of(earlier)) == ("A year earlier", "2019", ("2019-01-01", "2019-12-31"))
    text = "The verdict came on 29 February 2020. Four years earlier he had been arrested."
    assert find_times(text, ANCHOR)[1].value == "2016"


def test_chained_without_a_previous_date_is_unresolved() -> None:
    expr = only("Two years later he escaped.")
    assert (expr.value, expr.interval, expr.relative) == ("XXXX", None, True)


def test_chained_uses_relative_dates_too() -> None:
    text = "He was arrested last year. A month later he was sent to a camp."
    _, later = find_times(text, date(2024, 1, 3))
    assert span_of(later) == ("2023-02-01", "2024-01-31")


def test_the_following_day_and_the_same_year() -> None:
    text = "He crossed on 5 December 2019. The following day he was caught. That year was hard."
    _, following, that_year = find_times(text, ANCHOR)
    assert following.value == "2019-12-06"
    assert (that_year.text, that_year.value) == ("That year", "2019")
    assert find_times("Two years after his arrest he died.", ANCHOR)[0].kind == "DURATION"


def test_a_day_with_a_name_of_its_own() -> None:
    eve = only("He was kidnapped on Christmas Eve.")
    assert (eve.text, eve.kind, eve.value) == ("Christmas Eve", "DATE", "2018-12-24")
    new_year = only("The camp opened on New Year's Day 2001.")
    assert (new_year.text, new_year.value) == ("New Year's Day 2001", "2001-01-01")
    assert find_times("They sang christmas carols.", ANCHOR) == []
    rights_day = only("Seven organisers were arrested on Human Rights Day 2018.")
    assert (rights_day.text, rights_day.value) == ("Human Rights Day 2018", "2018-12-10")


def test_a_weekday_in_the_name_of_a_day_or_event_is_no_date() -> None:
    assert find_times("The raids have since been dubbed the 'Bloody Sunday' raids.", ANCHOR) == []
    assert find_times("Marchers gathered again on Black Friday.", ANCHOR) == []
    assert only("They were arrested on Sunday.").value == "2019-12-08"


def test_a_month_in_the_name_of_an_event_of_history_is_no_date() -> None:
    assert find_times("Tarvik was the town most attacked after the April Rebellion.", ANCHOR) == []
    assert find_times("Ana Berg wrote a history of the October Revolution.", ANCHOR) == []
    assert only("The April protests in Tarvik were crushed.").value == "2019-04"
    assert only("Police killed 12 people during the March Riots in Tarvik.").value == "2019-03"


def test_a_weekday_in_the_name_of_a_newspaper_is_no_date() -> None:
    assert find_times("Ana Berg told the Sunday Tribune that her brother was killed.", ANCHOR) == []
    assert find_times("The Sunday Times reported the arrest of Ivo Lesk.", ANCHOR) == []
    assert find_times("She was a Sunday School teacher in Tarvik.", ANCHOR) == []
    assert only("On Sunday Times Square in Velar was closed.").value == "2019-12-08"
    assert only("Police said Sunday that Ana Berg was arrested.").value == "2019-12-08"


def test_chained_values_follow_the_unit() -> None:
    found = find_times("In 2008 he fled; three days later he was caught.", ANCHOR)
    assert (found[1].value, span_of(found[1])) == ("2008", ("2008-01-04", "2009-01-03"))
    found = find_times("On 1 March 2020 he fled. A month later he was caught.", ANCHOR)
    assert (found[1].value, span_of(found[1])) == ("2020-04", ("2020-04-01", "2020-04-30"))


def test_last_and_next_month_names() -> None:
    assert only("It will happen next December.").value == "2020-12"
    assert only("It will happen next October.").value == "2020-10"
    assert only("It happened last December.").value == "2018-12"
    assert only("It happens this December.").value == "2019-12"


def test_last_year_after_a_possessor_is_a_period_of_a_life() -> None:
    """ "his last year of studies" is a period of someone's life, not the calendar year before publication."""
    assert find_times("Ivo Lesk was detained in his last year of studies.", ANCHOR) == []
    assert find_times("Mira Dol was expelled in her last year at the conservatory.", ANCHOR) == []
    assert only("Ivo Lesk was detained last year.").value == "2018"

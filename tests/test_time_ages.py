"""Ages and birth intervals, including leap days and a property test over random dates and ages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tumen.extract.time import AgeMention, birth_interval, born_within, find_ages, find_times
from tumen.model import Interval


def age_on(birthday: date, day: date) -> int:
    """Completed years on ``day`` (someone born on 29 February turns a year older on 1 March in common years)."""
    return day.year - birthday.year - ((day.month, day.day) < (birthday.month, birthday.day))


def only(text: str) -> AgeMention:
    found = find_ages(text)
    assert len(found) == 1, found
    mention = found[0]
    assert text[mention.start : mention.end] == mention.text
    return mention


# (sentence, mention text, age, min, max, approximate, then)
AGES = [
    ("Lee, 48, said the guards beat him.", "48", 48, 48, 48, False, False),
    ("said Lee, 48.", "48", 48, 48, 48, False, False),
    ("A 48-year-old woman was detained.", "48-year-old", 48, 48, 48, False, False),
    ("The woman, 48 years old, was detained.", "48 years old", 48, 48, 48, False, False),
    ("The then 17-year-old boy was caught.", "then 17-year-old", 17, 17, 17, False, True),
    ("The then-17-year-old boy was caught.", "then-17-year-old", 17, 17, 17, False, True),
    ("He was caught, aged 19, at the border.", "aged 19", 19, 19, 19, False, False),
    ("He was caught at the age of 19.", "at the age of 19", 19, 19, 19, False, False),
    ("He was caught with his 6-year-old son.", "6-year-old", 6, 6, 6, False, False),
    ("He was caught with his six-year-old son.", "six-year-old", 6, 6, 6, False, False),
    ("She was twenty-one years old then.", "twenty-one years old", 21, 21, 21, False, False),
    ("She held her 8-month-old baby.", "8-month-old", 0, 0, 0, False, False),
    ("A teenager was shot.", "teenager", 16, 13, 19, True, False),
    ("A woman in her early 30s was shot.", "in her early 30s", 31, 30, 33, True, False),
    ("A man in his forties was shot.", "in his forties", 44, 40, 49, True, False),
    ("A man aged about 50 was shot.", "aged about 50", 50, 48, 52, True, False),
    ("The boy, who was 17 at the time, was caught.", "17", 17, 17, 17, False, True),
    ("Oskar was 15 years old at that time.", "15 years old", 15, 15, 15, False, True),
    ("He was caught, then aged 17.", "then aged 17", 17, 17, 17, False, True),
    ("이모(48)씨가 말했다.", "48", 48, 48, 48, False, False),
    ("48세 여성이 체포됐다.", "48세", 48, 48, 48, False, False),
    ("열다섯 살 소년이 체포됐다.", "열다섯 살", 15, 15, 15, False, False),
    ("열 세살 때 고문을 받았다.", "열 세살", 13, 13, 13, False, False),
    ("스무 살 때의 일이다.", "스무 살", 20, 20, 20, False, False),
    ("스물한 살 때 탈북했다.", "스물한 살", 21, 21, 21, False, False),
    ("15살 소년이 체포됐다.", "15살", 15, 15, 15, False, False),
    ("당시 17세였던 소년이 체포됐다.", "17세", 17, 17, 17, False, True),
    ("40대 남성이 체포됐다.", "40대", 44, 40, 49, True, False),
    ("20대 초반 여성이 체포됐다.", "20대 초반", 21, 20, 23, True, False),
]


@pytest.mark.parametrize(("sentence", "text", "age", "low", "high", "approximate", "then"), AGES)
def test_ages(sentence: str, text: str, age: int, low: int, high: int, approximate: bool, then: bool) -> None:
    mention = only(sentence)
    assert (mention.text, mention.age, mention.min_age, mention.max_age) == (text, age, low, high)
    assert (mention.approximate, mention.then) == (approximate, then)


def test_numbers_that_are_not_ages() -> None:
    assert find_ages("On December 5, 48 people were taken.") == []
    assert find_ages("In 2019, 35 prisoners died.") == []
    assert find_ages("차량 20대가 동원됐다.") == []
    assert find_ages("2세대 탈북민") == []
    assert find_ages("The guards took him away.") == []


def test_several_ages_with_offsets() -> None:
    text = "Kim, 35, and Park, 41, said their 6-year-old daughter and a teenager were held."
    found = find_ages(text)
    assert [(m.text, m.age) for m in found] == [("35", 35), ("41", 41), ("6-year-old", 6), ("teenager", 16)]
    for mention in found:
        assert text[mention.start : mention.end] == mention.text


def test_birth_interval_of_the_then_17_year_old_in_2019() -> None:
    in_2019 = Interval(date(2019, 1, 1), date(2019, 12, 31), "year")
    born = birth_interval(17, in_2019)
    assert (born.earliest, born.latest) == (date(2001, 1, 2), date(2002, 12, 31))
    mention = only("The then 17-year-old boy was caught.")
    assert mention.then
    assert born_within(mention, in_2019) == born


def test_birth_interval_on_a_single_day() -> None:
    day = date(2019, 6, 15)
    born = birth_interval(48, Interval(day, day, "day"))
    assert (born.earliest, born.latest) == (date(1970, 6, 16), date(1971, 6, 15))
    assert born.precision == "range"


def test_birth_interval_at_a_leap_day() -> None:
    leap = date(2020, 2, 29)
    born = birth_interval(10, Interval(leap, leap, "day"))
    # 28 Feb 2010 turned 10 on 28 Feb 2020; 1 Mar 2009 was still 10 on 29 Feb 2020
    assert (born.earliest, born.latest) == (date(2009, 3, 1), date(2010, 2, 28))
    assert age_on(born.earliest, leap) == age_on(born.latest, leap) == 10
    assert age_on(born.earliest - timedelta(days=1), leap) == 11
    assert age_on(born.latest + timedelta(days=1), leap) == 9


def test_birth_interval_for_someone_born_on_a_leap_day() -> None:
    # born 29 Feb 2000: still 18 on 28 Feb 2019, 19 on 1 Mar 2019
    assert birth_interval(18, Interval(date(2019, 2, 28), date(2019, 2, 28))).contains(date(2000, 2, 29))
    assert birth_interval(19, Interval(date(2019, 3, 1), date(2019, 3, 1))).contains(date(2000, 2, 29))
    assert birth_interval(4, Interval(date(2004, 2, 29), date(2004, 2, 29))).contains(date(2000, 2, 29))


def test_age_at_a_relative_date_in_text() -> None:
    text = "The then 17-year-old was arrested last year."
    (when,) = find_times(text, date(2020, 3, 1))
    assert when.interval is not None
    born = birth_interval(find_ages(text)[0].age, when.interval)
    assert (born.earliest, born.latest) == (date(2001, 1, 2), date(2002, 12, 31))


@given(
    day=st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)),
    age=st.integers(min_value=0, max_value=120),
)
def test_birth_interval_holds_exactly_the_birthdays_of_that_age(day: date, age: int) -> None:
    born = birth_interval(age, Interval(day, day, "day"))
    assert age_on(born.earliest, day) == age
    assert age_on(born.latest, day) == age
    assert age_on(born.earliest - timedelta(days=1), day) == age + 1
    if age > 0:
        assert age_on(born.latest + timedelta(days=1), day) == age - 1
    else:
        assert born.latest == day  # the next day's baby is not born yet
    middle = born.earliest + (born.latest - born.earliest) / 2
    assert age_on(middle, day) == age
    assert 365 <= born.width() <= 366


@given(
    first=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    days=st.integers(min_value=0, max_value=800),
    age=st.integers(min_value=0, max_value=100),
)
def test_birth_interval_over_an_interval_is_the_union(first: date, days: int, age: int) -> None:
    last = first + timedelta(days=days)
    born = birth_interval(age, Interval(first, last))
    assert born.earliest == birth_interval(age, Interval(first, first)).earliest
    assert born.latest == birth_interval(age, Interval(last, last)).latest

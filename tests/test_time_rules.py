"""English time expressions: one test per rule, with exact spans, TimeML values and intervals."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import only_time, span_of
from tumen.extract.time import TimeExpression, find_times

ANCHOR = date(2019, 12, 10)  # a Tuesday


def only(text: str, anchor: date | None = ANCHOR, language: str = "en") -> TimeExpression:
    return only_time(text, anchor, language)


# (sentence, expression text, kind, value, (earliest, latest) or None)
ABSOLUTE = [
    ("He was detained on 5 December 2019.", "5 December 2019", "DATE", "2019-12-05", ("2019-12-05", "2019-12-05")),
    ("He was detained on December 5, 2019, in Hyesan.", "December 5, 2019", "DATE", "2019-12-05", None),
    ("Police came on Thursday, December 5, 2019.", "Thursday, December 5, 2019", "DATE", "2019-12-05", None),
    ("The trial opened on the 5th of December 2019.", "the 5th of December 2019", "DATE", "2019-12-05", None),
    ("She left home in December 2019.", "December 2019", "DATE", "2019-12", ("2019-12-01", "2019-12-31")),
    ("She left home in Dec 2019.", "Dec 2019", "DATE", "2019-12", None),
    ("They crossed the river in 2008.", "2008", "DATE", "2008", ("2008-01-01", "2008-12-31")),
    ("The camps grew in the 1990s.", "the 1990s", "DATE", "199", ("1990-01-01", "1999-12-31")),
    ("The camps grew in the late 1990s.", "the late 1990s", "DATE", "199", ("1995-01-01", "1999-12-31")),
    ("The camps grew in the early 2000s.", "the early 2000s", "DATE", "200", ("2000-01-01", "2004-12-31")),
    ("The famine of the '90s was worse.", "the '90s", "DATE", "199", ("1990-01-01", "1999-12-31")),
    ("They fled in autumn 2015.", "autumn 2015", "DATE", "2015-FA", ("2015-09-01", "2015-11-30")),
    ("They fled in the fall of 2015.", "the fall of 2015", "DATE", "2015-FA", ("2015-09-01", "2015-11-30")),
    ("They fled in the spring of 2015.", "the spring of 2015", "DATE", "2015-SP", ("2015-03-01", "2015-05-31")),
    ("They fled in summer 2015.", "summer 2015", "DATE", "2015-SU", ("2015-06-01", "2015-08-31")),
    ("It was the winter of 2019.", "the winter of 2019", "DATE", "2019-WI", ("2019-12-01", "2020-02-29")),
    ("It was winter 2018.", "winter 2018", "DATE", "2018-WI", ("2018-12-01", "2019-02-28")),
    ("It was winter 2019/20.", "winter 2019/20", "DATE", "2019-WI", ("2019-12-01", "2020-02-29")),
    ("She was sent back in early 2016.", "early 2016", "DATE", "2016", ("2016-01-01", "2016-04-30")),
    ("She was sent back in mid-2016.", "mid-2016", "DATE", "2016", ("2016-05-01", "2016-08-31")),
    ("She was sent back in late 2016.", "late 2016", "DATE", "2016", ("2016-09-01", "2016-12-31")),
    ("She was sent back at the end of 2016.", "the end of 2016", "DATE", "2016", ("2016-09-01", "2016-12-31")),
    ("She was sent back in the first half of 2019.", "the first half of 2019", "DATE", "2019-H1", None),
    ("Sales fell in the third quarter of 2019.", "the third quarter of 2019", "DATE", "2019-Q3", None),
    ("She was sent back in mid-December 2019.", "mid-December 2019", "DATE", "2019-12", ("2019-12-11", "2019-12-20")),
    ("The order is dated 2016-05-03.", "2016-05-03", "DATE", "2016-05-03", ("2016-05-03", "2016-05-03")),
    ("The order is dated 2016.05.03 in the file.", "2016.05.03", "DATE", "2016-05-03", None),
    (
        "He worked there between 2010 and 2012.",
        "between 2010 and 2012",
        "DATE",
        "2010/2012",
        ("2010-01-01", "2012-12-31"),
    ),
    ("He worked there from 2010 to 2012.", "from 2010 to 2012", "DATE", "2010/2012", ("2010-01-01", "2012-12-31")),
    ("He served in 1950-53 in the army.", "1950-53", "DATE", "1950/1953", ("1950-01-01", "1953-12-31")),
    (
        "He worked there between March and May 2019.",
        "between March and May 2019",
        "DATE",
        "2019-03/2019-05",
        ("2019-03-01", "2019-05-31"),
    ),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "interval"), ABSOLUTE)
def test_absolute(sentence: str, text: str, kind: str, value: str, interval: tuple[str, str] | None) -> None:
    expr = only(sentence)
    assert (expr.text, expr.kind, expr.value) == (text, kind, value)
    assert expr.relative is False
    if interval is not None:
        assert span_of(expr) == interval


def test_precision_of_absolute_dates() -> None:
    assert only("on 5 December 2019").interval.precision == "day"  # type: ignore[union-attr]
    assert only("in December 2019").interval.precision == "month"  # type: ignore[union-attr]
    assert only("in autumn 2015").interval.precision == "season"  # type: ignore[union-attr]
    assert only("in 2008").interval.precision == "year"  # type: ignore[union-attr]
    assert only("the 1990s").interval.precision == "decade"  # type: ignore[union-attr]
    assert only("early 2016").interval.precision == "range"  # type: ignore[union-attr]


def test_date_without_year_takes_the_most_recent_before_the_anchor() -> None:
    jan = only("Kim was arrested on Jan. 19 near the border.", date(2020, 1, 5))
    assert (jan.text, jan.value, jan.relative) == ("Jan. 19", "2019-01-19", True)
    dec = only("Kim was arrested on Dec. 5.", date(2020, 1, 5))
    assert (dec.text, dec.value) == ("Dec. 5", "2019-12-05")
    same_day = only("Kim was arrested on Jan. 5.", date(2020, 1, 5))
    assert same_day.value == "2020-01-05"
    month = only("Kim was arrested in November.", date(2020, 1, 5))
    assert (month.value, span_of(month)) == ("2019-11", ("2019-11-01", "2019-11-30"))


def test_date_without_year_right_after_a_year_is_in_that_year() -> None:
    """ "In 2014, on March 14, …": the year given first is the date's; not a year of another clause ("jailed in
    2015, and on March 14 he was freed")."""
    found = find_times("In 2014, on March 14, soldiers killed 40 villagers in Tarvik.", ANCHOR)
    assert [t.value for t in found] == ["2014", "2014-03-14"]
    found = find_times("In 2016, May 13, we documented the killing of an activist.", ANCHOR)
    assert [t.value for t in found] == ["2016", "2016-05-13"]
    found = find_times("In 2014, in March, soldiers burned the village.", ANCHOR)
    assert [t.value for t in found] == ["2014", "2014-03"]
    found = find_times("Ivo Renn was jailed in 2015, and on March 14 he was freed.", ANCHOR)
    assert [t.value for t in found] == ["2015", "2019-03-14"]


def test_date_without_year_followed_by_a_comma_and_its_past_clause() -> None:
    """ "On Aug. 5, the town council voted …": the past verb a few words after the comma governs the date; a verb
    that only reports the sentence ("…, the firm said") does not."""
    voted = only("On the eve of the festival on Aug. 5, the town council voted to close the square.", date(2020, 4, 15))
    assert voted.value == "2019-08-05"
    said = only("The shares are payable to holders of record June 30, the firm said.", date(2020, 4, 15))
    assert said.value == "2020-06-30"  # nearest: the next one, less than half as far as the last


def test_date_without_year_in_the_phrase_since_opens_is_past() -> None:
    """ "since the army coup in February": the period began then, past even when the clause speaks of the future; not
    when a verb or a clause word stands between "since" and the date ("since the judge will retire in March")."""
    coup = only("Hundreds have been jailed since the army coup in February, the group said.", date(2021, 12, 6))
    assert coup.value == "2021-02"
    talks = only("Talks have gone on since April and will end soon.", date(2021, 12, 6))
    assert talks.value == "2021-04"
    retire = only("The trial is delayed since the judge will retire in March.", date(2021, 12, 6))
    assert retire.value == "2022-03"


def test_a_given_name_in_ed_is_no_past_verb() -> None:
    """ "the hearing of Saeed on June 30": a name in -ed tells no past; the date is the nearest one."""
    hearing = only("The hearing of Saeed on June 30 is open to the public.", date(2020, 4, 15))
    assert hearing.value == "2020-06-30"
    opened = only("The hearing opened on June 30.", date(2020, 4, 15))
    assert opened.value == "2019-06-30"


def test_the_reporting_verbs_of_dates_are_past_forms_of_the_reporting_verbs_of_events() -> None:
    """time_words.yaml lists the past forms of some of events.yaml's reporting verbs (lemmas): one list in step with
    the other (why not derived: the comment in time_words.yaml)."""
    from tumen.extract.vocab import load

    lemmas = set(load("events.yaml")["modality"]["reporting_verbs"])
    irregular = {"said": "say", "told": "tell", "wrote": "write"}
    for form in load("time_words.yaml")["en"]["reporting_verbs"]:
        if form == "argued":  # no reporting verb to attribution and modality
            continue
        assert irregular.get(form) in lemmas or form[:-1] in lemmas or form[:-2] in lemmas, form


def test_date_without_year_in_a_sentence_about_the_future() -> None:
    expr = only("The court will hear the case on Jan. 4.", date(2020, 1, 5))
    assert expr.value == "2021-01-04"
    assert only("The hearing is scheduled for March.", date(2020, 1, 5)).value == "2020-03"


def test_date_without_year_after_an_intention_or_expectation_is_ahead() -> None:
    # published in June: the nearest November is the one before, but the court means the next one
    assert only("The court expects to rule on the appeal in November.", date(2020, 6, 15)).value == "2020-11"
    assert only("The ministry intends to close the camp in October.", date(2020, 6, 15)).value == "2020-10"


def test_leap_day_without_year() -> None:
    assert only("She was arrested on Feb. 29.", date(2021, 6, 1)).value == "2020-02-29"


def test_month_alone_rules() -> None:
    assert find_times("She may come back.", ANCHOR) == []
    assert only("She came back in May.").value == "2019-05"
    assert find_times("Protesters march on the capital.", ANCHOR) == []
    assert only("December last year was cold.").value == "2018-12"
    assert only("It happened last December.", date(2019, 12, 10)).value == "2018-12"
    assert only("It happened last October.", date(2019, 12, 10)).value == "2019-10"


def test_year_guard_against_counts_and_money() -> None:
    assert find_times("Some 2000 people crossed.", ANCHOR) == []
    assert find_times("It cost $2019 to get out.", ANCHOR) == []
    assert find_times("She paid 1,500,000 won.", ANCHOR) == []


# (sentence, expression text, value, duration_days)
DURATIONS = [
    ("He got a two-year labour-camp sentence.", "two-year", "P2Y", (730, 731)),
    ("He was held for three months.", "three months", "P3M", (89, 92)),
    ("He got five years in prison.", "five years", "P5Y", (1826, 1827)),
    ("He was questioned for 10 days.", "10 days", "P10D", (10, 10)),
    ("He was questioned for a week.", "a week", "P1W", (7, 7)),
    ("He was questioned for 48 hours.", "48 hours", "PT48H", (2, 2)),
    ("He walked for a year and a half.", "a year and a half", "P18M", (546, 550)),
    ("He served a decade in the camp.", "a decade", "P1DE", (3652, 3653)),
    ("Over the past two years the number fell.", "the past two years", "P2Y", (730, 731)),
    ("In the past year the number fell.", "the past year", "P1Y", (365, 366)),
    ("She waited several years.", "several years", "PXY", None),
    ("She waited for years.", "years", "PXY", None),
]


@pytest.mark.parametrize(("sentence", "text", "value", "days"), DURATIONS)
def test_durations(sentence: str, text: str, value: str, days: tuple[int, int] | None) -> None:
    expr = only(sentence)
    assert (expr.text, expr.kind, expr.value, expr.duration_days, expr.interval) == (
        text,
        "DURATION",
        value,
        days,
        None,
    )


def test_ages_are_not_durations() -> None:
    assert find_times("The 48-year-old man and his six-year-old son.", ANCHOR) == []
    assert find_times("She was 17 years old.", ANCHOR) == []


# (sentence, expression text, value)
SETS = [
    ("She visits every year.", "every year", "P1Y"),
    ("She visits every two weeks.", "every two weeks", "P2W"),
    ("She visits weekly.", "weekly", "P1W"),  # TimeML: "weekly" and "daily" are P1W and P1D, as "every week/day"
    ("She visits daily.", "daily", "P1D"),
    ("She visits twice a month.", "twice a month", "P1M"),
    ("She visits every Monday.", "every Monday", "XXXX-WXX-1"),
    ("She visits on Mondays.", "Mondays", "XXXX-WXX-1"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), SETS)
def test_sets(sentence: str, text: str, value: str) -> None:
    expr = only(sentence)
    assert (expr.text, expr.kind, expr.value, expr.interval) == (text, "SET", value, None)


def test_outlet_names_are_not_sets() -> None:
    assert find_times("Daily NK reported the arrests.", ANCHOR) == []


# (sentence, anchor, expression text, value, day)
TIMES = [
    ("The shot was fired at 15:31.", ANCHOR, "15:31", "T15:31", None),
    ("The shot was fired at 3:15 p.m.", ANCHOR, "3:15 p.m.", "T15:15", None),
    ("The shot was fired at 9 am.", ANCHOR, "9 am", "T09:00", None),
    (
        "The shot was fired on 13 November 2017 at 15:31.",
        ANCHOR,
        "13 November 2017 at 15:31",
        "2017-11-13T15:31",
        "2017-11-13",
    ),
    (
        "The shot was fired at 15:31 on 13 November 2017.",
        ANCHOR,
        "15:31 on 13 November 2017",
        "2017-11-13T15:31",
        "2017-11-13",
    ),
    ("The shot was fired at 3 p.m. on Monday.", ANCHOR, "3 p.m. on Monday", "2019-12-09T15:00", "2019-12-09"),
    ("The shot was fired yesterday at 10:30.", ANCHOR, "yesterday at 10:30", "2019-12-09T10:30", "2019-12-09"),
    ("The shot was fired on Monday morning.", ANCHOR, "Monday morning", "2019-12-09TMO", "2019-12-09"),
    ("The shot was fired last night.", ANCHOR, "last night", "2019-12-09TNI", "2019-12-09"),
    ("The shot was fired this morning.", ANCHOR, "this morning", "2019-12-10TMO", "2019-12-10"),
]


@pytest.mark.parametrize(("sentence", "anchor", "text", "value", "day"), TIMES)
def test_times_of_day(sentence: str, anchor: date, text: str, value: str, day: str | None) -> None:
    expr = only(sentence, anchor)
    assert (expr.text, expr.kind, expr.value) == (text, "TIME", value)
    assert span_of(expr) == (None if day is None else (day, day))


def test_parts_of_day_alone_are_not_expressions() -> None:
    assert find_times("In the morning the guards came.", ANCHOR) == []


def test_no_time_in_a_sentence() -> None:
    assert find_times("The guards took him to a detention centre near the river.", ANCHOR) == []
    assert find_times("", ANCHOR) == []


def test_overlapping_candidates_give_one_expression() -> None:
    found = find_times("On December 5, 2019 the family was taken.", ANCHOR)
    assert [(e.text, e.value) for e in found] == [("December 5, 2019", "2019-12-05")]
    found = find_times("Sixteen years ago, in 2003, he fled.", ANCHOR)
    assert [e.text for e in found] == ["Sixteen years ago", "2003"]


def test_offsets_in_a_longer_text() -> None:
    text = (
        "SEOUL — A woman who fled North Korea 16 years ago said on Monday that her brother, detained "
        "since March 2018, was moved to a camp in early 2019. Two years later she heard nothing. "
        "She has lived in Seoul for a decade and now works with other defectors every week."
    )
    found = find_times(text, ANCHOR)
    for expr in found:
        assert text[expr.start : expr.end] == expr.text
    assert [e.text for e in found] == [
        "16 years ago",
        "Monday",
        "March 2018",
        "early 2019",
        "Two years later",
        "a decade",
        "now",
        "every week",
    ]
    assert [e.start for e in found] == sorted(e.start for e in found)
    later = found[4]
    assert later.value == "2021"  # two years after early 2019


def test_datetime_anchor_is_accepted() -> None:
    from datetime import datetime

    assert only("They met yesterday.", datetime(2019, 12, 10, 23, 59)).value == "2019-12-09"


def test_numeric_dates_in_the_documents_order() -> None:
    """More in test_numeric_dates.py: unknown order keeps both readings, marked ambiguous."""
    expr = find_times("The letter is dated 12/05/2019 in the archive.", ANCHOR, "en", "MDY")[0]
    assert (expr.text, expr.value, expr.ambiguous) == ("12/05/2019", "2019-12-05", None)
    expr = only("The letter is dated 12/05/2019 in the archive.")
    assert (expr.value, span_of(expr), expr.ambiguous) == ("2019", ("2019-05-12", "2019-12-05"), "day-month order")
    expr = only("The letter is dated 05.12.2019 in the archive.")
    assert expr.value == "2019-12-05"  # dots: day first


def test_more_rules() -> None:
    nineties = only("Food ran out in the nineties.")
    assert (nineties.text, nineties.value) == ("the nineties", "199")
    before = find_times("He was arrested on 5 May 2019. The day before, he had met a broker.", ANCHOR)[1]
    assert (before.text, before.value) == ("The day before", "2019-05-04")
    assert find_times("He was arrested the day before the election.", ANCHOR) == []
    half = only("They waited half an hour.")
    assert (half.text, half.value, half.duration_days) == ("half an hour", "PT30M", (0, 1))
    noon = only("The guards came at noon on Monday.")
    assert (noon.text, noon.value) == ("noon on Monday", "2019-12-09T12:00")
    assert only("It ended in 2019-20.").value == "2019/2020"


def test_not_years() -> None:
    assert find_times("Law No. 2019 was passed.", ANCHOR) == []
    assert find_times("He was held in Room 2010.", ANCHOR) == []
    assert find_times("Page 1999 is missing.", ANCHOR) == []


def test_the_year_in_the_name_of_a_law_is_no_time() -> None:
    """ "charged under the Abduction Act 1961", "the 1973 Constitution": the law's name, not when anything
    happened (before, every event of the sentence was dated 1961)."""
    assert [e.text for e in find_times("They were charged under the Abduction Act 1961 on Tuesday.", ANCHOR)] == [
        "Tuesday"
    ]
    assert find_times("He said the 1958 Constitution was violated.", ANCHOR) == []
    assert find_times("It was issued under Decree 1990 and Ordinance 2004.", ANCHOR) == []


def test_ranges_need_a_range_word() -> None:
    found = find_times("He fled in 2008 — a year later he was caught.", ANCHOR)
    assert [(e.text, e.value) for e in found] == [("2008", "2008"), ("a year later", "2009")]


def test_range_lends_its_year_without_an_anchor() -> None:
    expr = only("He worked there from March to May 2019.", None)
    assert (expr.value, span_of(expr)) == ("2019-03/2019-05", ("2019-03-01", "2019-05-31"))
    expr = only("He worked there from November to February 2019.", None)
    assert span_of(expr) == ("2018-11-01", "2019-02-28")


@pytest.mark.parametrize(
    ("text", "span", "value", "interval"),
    [
        ("Strikers marched on 14-16 October.", "14-16 October", "2019-10-14/2019-10-16", ("2019-10-14", "2019-10-16")),
        ("Strikers marched 3–5 June 2017.", "3–5 June 2017", "2017-06-03/2017-06-05", ("2017-06-03", "2017-06-05")),
        (
            "Strikers marched between 21 and 23 November.",
            "between 21 and 23 November",
            "2019-11-21/2019-11-23",
            ("2019-11-21", "2019-11-23"),
        ),
        (
            "Strikers marched from 8 to 9 July.",
            "from 8 to 9 July",
            "2019-07-08/2019-07-09",
            ("2019-07-08", "2019-07-09"),
        ),
        ("Strikers marched October 14-16, 2018.", "October 14-16, 2018", "2018-10-14/2018-10-16", None),
    ],
)
def test_day_range_within_a_month_is_one_interval(
    text: str, span: str, value: str, interval: tuple[str, str] | None
) -> None:
    """A day range within one month is one expression from its first day to its last, not the last day alone."""
    expr = only(text)
    assert (expr.text, expr.value) == (span, value)
    assert expr.interval is not None and expr.interval.precision == "range"
    if interval is not None:
        assert span_of(expr) == interval

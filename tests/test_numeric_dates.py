"""Numeric dates (tumen.extract.time.common): 05/12/2019 is read in the document's date order, and when
that order is unknown it is both days, one interval marked ambiguous — never silently month first.
The sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import span_of
from tumen.extract.time import TimeExpression, date_order_for, find_times

ANCHOR = date(2021, 3, 1)


def one(text: str, language: str = "en", date_order: str | None = None) -> TimeExpression:
    found = find_times(text, ANCHOR, language, date_order)
    assert len(found) == 1, [(e.text, e.value) for e in found]
    assert text[found[0].start : found[0].end] == found[0].text
    return found[0]


def test_a_date_that_reads_both_ways_keeps_both_days_when_the_order_is_unknown() -> None:
    expr = one("The summons to Darel Vosk is dated 05/12/2019 and bears a stamp.")
    assert expr.text == "05/12/2019"
    assert span_of(expr) == ("2019-05-12", "2019-12-05")  # 12 May or 5 December: both ends
    assert expr.interval is not None and expr.interval.precision == "range"
    assert expr.ambiguous == "day-month order"
    assert expr.value == "2019"  # what both readings share
    # two-digit years too, and a day that is the same either way is one day
    short = one("A second note, dated 03/04/19, was lost.")
    assert span_of(short) == ("2019-03-04", "2019-04-03") and short.ambiguous == "day-month order"
    same = one("The hearing of 07/07/2018 was short.")
    assert (same.value, same.ambiguous) == ("2018-07-07", None)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The transfer order of 13/05/2019 names the camp.", "2019-05-13"),  # day first: 13 is no month
        ("The transfer order of 05/13/2019 names the camp.", "2019-05-13"),  # month first: 13 is no month
        ("The transfer order of 2019-05-12 names the camp.", "2019-05-12"),
        ("The transfer order of 2019.05.12 names the camp.", "2019-05-12"),
    ],
)
def test_a_date_that_reads_one_way_is_read_exactly(sentence: str, value: str) -> None:
    for order in (None, "DMY", "MDY"):
        expr = one(sentence, date_order=order)
        assert (expr.value, span_of(expr), expr.ambiguous) == (value, (value, value), None)


def test_the_documents_date_order_decides() -> None:
    sentence = "Mirela Tansk was released on 05/12/2019, her lawyer said."
    assert one(sentence, date_order="DMY").value == "2019-12-05"
    assert one(sentence, date_order="MDY").value == "2019-05-12"
    assert one(sentence, language="en-GB").value == "2019-12-05"  # the tag's region: day first
    assert one(sentence, language="en-US").value == "2019-05-12"
    assert one(sentence, language="en-GB", date_order="MDY").value == "2019-05-12"  # the caller knows better
    # an impossible reading in the stated order yields to the one that exists
    assert one("It was filed on 05/13/2019.", date_order="DMY").value == "2019-05-13"


def test_korean_documents_are_year_first() -> None:
    expr = one("19/05/12에 조사를 받았다고 한다.", language="ko")
    assert (expr.value, expr.ambiguous) == ("2019-05-12", None)


def test_date_order_from_locale() -> None:
    assert date_order_for("en") is None  # British and American writers disagree
    assert date_order_for("en-GB") == "DMY"
    assert date_order_for("en_US") == "MDY"
    assert date_order_for("ko") == "YMD"
    assert date_order_for("en", country="gb") == "DMY"  # the outlet's country
    assert date_order_for("fr") == "DMY"
    assert date_order_for(None) is None


def test_a_document_passes_its_language_tag_to_the_date_order() -> None:
    """End to end through extraction: an en-GB document reads 05/12/2019 day first; a plain "en" one keeps both
    readings and says so on the stored time mention."""
    from datetime import date as day

    from tumen.extract.document import Source, extract_many

    text = "Lee Min-ho was arrested in Hyesan on 05/12/2019, his brother said."
    british, plain = extract_many([Source(text, 1, "en-GB", day(2020, 1, 10)), Source(text, 2, "en", day(2020, 1, 10))])
    [gb] = [t for t in british.times if "05/12/2019" in t.text]
    [unknown] = [t for t in plain.times if "05/12/2019" in t.text]
    assert gb.interval is not None and gb.interval.earliest == gb.interval.latest == day(2019, 12, 5)
    assert gb.ambiguous is None
    assert unknown.ambiguous == "day-month order"
    assert unknown.interval is not None
    assert (unknown.interval.earliest, unknown.interval.latest) == (day(2019, 5, 12), day(2019, 12, 5))

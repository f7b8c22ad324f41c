"""Korean time expressions: exact spans, TimeML values and intervals."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import only_time, span_of
from tumen.extract.time import TimeExpression, find_times

ANCHOR = date(2019, 12, 10)  # a Tuesday


def only(text: str, anchor: date | None = ANCHOR) -> TimeExpression:
    return only_time(text, anchor, "ko")


# (sentence, anchor, expression text, kind, value, (earliest, latest) or None, relative)
CASES = [
    ("그는 2019년 12월 체포됐다.", ANCHOR, "2019년 12월", "DATE", "2019-12", ("2019-12-01", "2019-12-31"), False),
    (
        "그는 2019년 12월 5일에 체포됐다.",
        ANCHOR,
        "2019년 12월 5일",
        "DATE",
        "2019-12-05",
        ("2019-12-05", "2019-12-05"),
        False,
    ),
    ("그는 2016년 탈북했다.", ANCHOR, "2016년", "DATE", "2016", ("2016-01-01", "2016-12-31"), False),
    ("그는 2016년 초 탈북했다.", ANCHOR, "2016년 초", "DATE", "2016", ("2016-01-01", "2016-04-30"), False),
    ("그는 2016년 말에 탈북했다.", ANCHOR, "2016년 말", "DATE", "2016", ("2016-09-01", "2016-12-31"), False),
    ("그는 2016년 하반기에 탈북했다.", ANCHOR, "2016년 하반기", "DATE", "2016-H2", ("2016-07-01", "2016-12-31"), False),
    ("그는 2015년 가을 탈북했다.", ANCHOR, "2015년 가을", "DATE", "2015-FA", ("2015-09-01", "2015-11-30"), False),
    ("그는 2019년 겨울 탈북했다.", ANCHOR, "2019년 겨울", "DATE", "2019-WI", ("2019-12-01", "2020-02-29"), False),
    ("그는 12월 5일 체포됐다.", ANCHOR, "12월 5일", "DATE", "2019-12-05", None, True),
    ("그는 12월 5일 체포됐다.", date(2020, 1, 3), "12월 5일", "DATE", "2019-12-05", None, True),
    ("그는 3월 중순 체포됐다.", ANCHOR, "3월 중순", "DATE", "2019-03", ("2019-03-11", "2019-03-20"), True),
    ("그는 지난해 체포됐다.", ANCHOR, "지난해", "DATE", "2018", ("2018-01-01", "2018-12-31"), True),
    ("그는 작년 체포됐다.", date(2024, 1, 3), "작년", "DATE", "2023", ("2023-01-01", "2023-12-31"), True),
    ("그는 재작년 체포됐다.", ANCHOR, "재작년", "DATE", "2017", None, True),
    ("올해 탈북민이 줄었다.", ANCHOR, "올해", "DATE", "2019", ("2019-01-01", "2019-12-31"), True),
    ("내년에 다시 온다.", ANCHOR, "내년", "DATE", "2020", None, True),
    ("지난해 12월 그는 체포됐다.", ANCHOR, "지난해 12월", "DATE", "2018-12", ("2018-12-01", "2018-12-31"), True),
    ("지난해 말 그는 체포됐다.", ANCHOR, "지난해 말", "DATE", "2018", ("2018-09-01", "2018-12-31"), True),
    ("올 여름 그는 체포됐다.", ANCHOR, "올 여름", "DATE", "2019-SU", ("2019-06-01", "2019-08-31"), True),
    ("그는 3년 전 탈북했다.", ANCHOR, "3년 전", "DATE", "2016", ("2016-01-01", "2016-12-31"), True),
    ("그는 한 달 전 탈북했다.", ANCHOR, "한 달 전", "DATE", "2019-11", None, True),
    ("그는 사흘 전 탈북했다.", ANCHOR, "사흘 전", "DATE", "2019-12-07", None, True),
    ("그는 지난 10월 체포됐다.", ANCHOR, "지난 10월", "DATE", "2019-10", ("2019-10-01", "2019-10-31"), True),
    ("그는 지난 12월 체포됐다.", ANCHOR, "지난 12월", "DATE", "2018-12", None, True),
    ("외교부는 지난 5일 밝혔다.", ANCHOR, "지난 5일", "DATE", "2019-12-05", ("2019-12-05", "2019-12-05"), True),
    ("외교부는 지난 25일 밝혔다.", ANCHOR, "지난 25일", "DATE", "2019-11-25", None, True),
    ("외교부는 5일 밝혔다.", ANCHOR, "5일", "DATE", "2019-12-05", None, True),
    ("회담은 오는 20일 열린다.", ANCHOR, "오는 20일", "DATE", "2019-12-20", None, True),
    ("그는 지난달 체포됐다.", date(2024, 1, 3), "지난달", "DATE", "2023-12", ("2023-12-01", "2023-12-31"), True),
    ("그는 지난주 체포됐다.", ANCHOR, "지난주", "DATE", "2019-W49", ("2019-12-02", "2019-12-08"), True),
    ("그는 어제 체포됐다.", ANCHOR, "어제", "DATE", "2019-12-09", ("2019-12-09", "2019-12-09"), True),
    ("그는 지난 월요일 체포됐다.", ANCHOR, "지난 월요일", "DATE", "2019-12-09", None, True),
    ("그는 1990년대 초반에 태어났다.", ANCHOR, "1990년대 초반", "DATE", "199", ("1990-01-01", "1994-12-31"), False),
    ("그는 90년대에 태어났다.", ANCHOR, "90년대", "DATE", "199", ("1990-01-01", "1999-12-31"), False),
    ("최근 단속이 강화됐다.", ANCHOR, "최근", "DATE", "PAST_REF", None, True),
    ("그는 현재 서울에 산다.", ANCHOR, "현재", "DATE", "PRESENT_REF", ("2019-12-10", "2019-12-10"), True),
    (
        "그는 2010년부터 2012년까지 수감됐다.",
        ANCHOR,
        "2010년부터 2012년",
        "DATE",
        "2010/2012",
        ("2010-01-01", "2012-12-31"),
        False,
    ),
    ("그는 2010~2012년 수감됐다.", ANCHOR, "2010~2012년", "DATE", "2010/2012", ("2010-01-01", "2012-12-31"), False),
]


@pytest.mark.parametrize(("sentence", "anchor", "text", "kind", "value", "interval", "relative"), CASES)
def test_korean(
    sentence: str,
    anchor: date,
    text: str,
    kind: str,
    value: str,
    interval: tuple[str, str] | None,
    relative: bool,
) -> None:
    expr = only(sentence, anchor)
    assert (expr.text, expr.kind, expr.value, expr.relative) == (text, kind, value, relative)
    if interval is not None:
        assert span_of(expr) == interval


def test_later_is_chained_to_the_previous_date() -> None:
    found = find_times("그는 2015년 탈북했다. 2년 후 그는 한국에 왔다.", ANCHOR, "ko")
    assert [(e.text, e.value) for e in found] == [("2015년", "2015"), ("2년 후", "2017")]
    found = find_times("그는 2015년 가을 탈북했다. 이듬해 3월 한국에 왔다.", ANCHOR, "ko")
    assert [(e.text, e.value) for e in found] == [("2015년 가을", "2015-FA"), ("이듬해 3월", "2016-03")]
    found = find_times("그는 2015년 5월 3일 체포됐고 이튿날 풀려났다.", ANCHOR, "ko")
    assert found[1].text == "이튿날"
    assert found[1].value == "2015-05-04"
    assert only("2년 후 그는 한국에 왔다.").interval is None


def test_the_same_or_next_year_a_season_of_it_and_after_so_long_are_chained() -> None:
    found = find_times("그는 2015년 탈북했다. 같은 해 5월 체포됐고 다음 해 풀려났다.", ANCHOR, "ko")
    assert [(e.text, e.value) for e in found] == [("2015년", "2015"), ("같은 해 5월", "2015-05"), ("다음 해", "2016")]
    found = find_times("그는 2015년 탈북했다. 이듬해 봄 체포됐다.", ANCHOR, "ko")
    assert [(e.text, e.value) for e in found] == [("2015년", "2015"), ("이듬해 봄", "2016-SP")]
    found = find_times("그는 2015년 3월 탈북했다. 탈북 석 달 만에 체포됐다.", ANCHOR, "ko")
    assert [(e.text, e.kind, e.value) for e in found] == [
        ("2015년 3월", "DATE", "2015-03"),
        ("석 달 만에", "DATE", "2015-06"),
    ]


def test_times_of_day_attach_to_days() -> None:
    expr = only("그는 지난 5일 오후 3시 15분 체포됐다.")
    assert (expr.text, expr.kind, expr.value) == ("지난 5일 오후 3시 15분", "TIME", "2019-12-05T15:15")
    expr = only("그는 어제 오후 체포됐다.")
    assert (expr.text, expr.value) == ("어제 오후", "2019-12-09TAF")
    expr = only("그는 오전 10시 반에 나왔다.")
    assert (expr.text, expr.value, expr.interval) == ("오전 10시 반", "T10:30", None)


def test_durations() -> None:
    expr = only("그는 노동교화형 5년을 선고받았다.")
    assert (expr.text, expr.kind, expr.value, expr.duration_days) == ("5년", "DURATION", "P5Y", (1826, 1827))
    assert only("그는 5년간 수감됐다.").text == "5년간"
    assert only("그는 3개월 동안 조사받았다.").value == "P3M"
    assert only("그는 10일간 조사받았다.").value == "P10D"
    assert only("그는 수년간 숨어 지냈다.").value == "PXY"


def test_sets() -> None:
    expr = only("그는 매년 행사에 참석한다.")
    assert (expr.kind, expr.value) == ("SET", "P1Y")


def test_words_that_only_look_like_times() -> None:
    assert find_times("올림픽 선수단이 도착했다.", ANCHOR, "ko") == []
    assert find_times("그제야 그는 입을 열었다.", ANCHOR, "ko") == []
    assert find_times("차량이 전국 곳곳에 배치됐다.", ANCHOR, "ko") == []
    assert find_times("3분의 1이 찬성했다.", ANCHOR, "ko") == []
    assert find_times("탈북민 단체가 성명을 냈다.", ANCHOR, "ko") == []


def test_korean_offsets() -> None:
    text = "김씨는 2015년 가을 두만강을 건넜고, 3년 전부터 서울에 살고 있다. 지난해 12월 5일 오후 3시에 인터뷰했다."
    found = find_times(text, ANCHOR, "ko")
    for expr in found:
        assert text[expr.start : expr.end] == expr.text
    assert [e.text for e in found] == ["2015년 가을", "3년 전", "지난해 12월 5일 오후 3시"]
    assert found[-1].value == "2018-12-05T15:00"


def test_more_korean_words() -> None:
    assert only("그는 오늘 석방됐다.").value == "2019-12-10"
    assert only("그는 내일 석방된다.").value == "2019-12-11"
    weekend = only("그는 이번 주말 석방된다.")
    assert (weekend.value, span_of(weekend)) == ("2019-W50-WE", ("2019-12-14", "2019-12-15"))
    found = find_times("그는 2015년 5월 3일 체포됐다. 전날 그는 집에 있었다.", ANCHOR, "ko")
    assert (found[1].text, found[1].value) == ("전날", "2015-05-02")
    noon = only("그는 어제 정오 석방됐다.")
    assert (noon.text, noon.value) == ("어제 정오", "2019-12-09T12:00")
    assert only("그는 다음 달 석방된다.").value == "2020-01"
    assert only("그는 작년 가을 석방됐다.").value == "2018-FA"


def test_korean_without_anchor() -> None:
    expr = only("그는 지난해 체포됐다.", None)
    assert (expr.value, expr.interval, expr.relative) == ("XXXX", None, True)
    assert only("그는 12월 5일 체포됐다.", None).value == "XXXX-12-05"
    absolute = only("그는 2019년 12월 5일 체포됐다.", None)
    assert span_of(absolute) == ("2019-12-05", "2019-12-05")


@pytest.mark.parametrize(
    ("sentence", "text", "value", "interval"),
    [
        ("그는 2017년 이후 세 차례 체포됐다.", "2017년 이후", "2017", ("2017-01-01", "2019-12-10")),
        ("지난해부터 단속이 강화됐다.", "지난해부터", "2018", ("2018-01-01", "2019-12-10")),
        ("2018년 3월부터 단속이 강화됐다.", "2018년 3월부터", "2018-03", ("2018-03-01", "2019-12-10")),
        ("탈북민 300여명이 작년 한 해 동안 북송됐다.", "작년 한 해", "2018", ("2018-01-01", "2018-12-31")),
        ("올 한 해 동안 단속이 늘었다.", "올 한 해", "2019", ("2019-01-01", "2019-12-31")),
        ("그는 지난 9월 체포됐다.", "지난 9월", "2019-09", ("2019-09-01", "2019-09-30")),
    ],
)
def test_open_ranges_and_whole_years(sentence: str, text: str, value: str, interval: tuple[str, str]) -> None:
    expr = only(sentence)
    assert (expr.text, expr.value, span_of(expr)) == (text, value, interval)


def test_a_closed_range_is_not_an_open_one() -> None:
    expr = only("그는 2015년부터 2017년까지 수감됐다.")
    assert (expr.text, expr.value, span_of(expr)) == ("2015년부터 2017년", "2015/2017", ("2015-01-01", "2017-12-31"))
    assert only("지난해부터 올해까지 단속이 늘었다.").value == "2018/2019"


def test_a_day_without_a_month_is_in_the_publication_month() -> None:
    expr = only("국방부는 13일 밝혔다.", date(2019, 12, 20))
    assert (expr.text, expr.value) == ("13일", "2019-12-13")


def test_a_clock_time_before_a_copula() -> None:
    assert only("그가 넘은 것은 새벽 4시였다.").value == "T04:00"
    assert only("그가 넘은 것은 오후 3시 20분이었다.").value == "T15:20"


def test_after_so_long_since_a_noun_counts_from_the_date_that_noun_was_told_with() -> None:
    text = "한바다 씨는 2008년 탈북했다. 2012년 그의 어머니가 체포됐다. 그는 탈북 10년 만에 한국에 입국했다."
    found = find_times(text, date(2020, 6, 1), "ko")
    assert [(e.text, e.value) for e in found] == [("2008년", "2008"), ("2012년", "2012"), ("10년 만에", "2018")]
    # what would fall after the publication is no date: "after so long" is told as past
    found = find_times("한바다 씨는 2015년 탈북했다. 그는 탈북 10년 만에 한국에 왔다.", date(2020, 6, 1), "ko")
    assert found[-1].text == "10년 만에" and found[-1].interval is None

"""Korean counts of people told as statistics are aggregates, not events (docs/extraction.md, "Korean",
*A count of people is a statistic*); invented sentences."""

from __future__ import annotations

from datetime import date
from functools import partial

from helpers import extract_ko

run = partial(extract_ko, published=date(2024, 5, 22))


def test_a_count_reached_by_those_a_trigger_describes_is_an_aggregate() -> None:
    x = run("한국에 입국한 탈북민은 3만 명이 넘는다.")
    assert not x.events
    [a] = x.aggregates
    assert (a.type, a.what, a.count, a.qualifier, a.period) == ("resettlement", "탈북민", 30000, "more than", None)
    x = run("2023년 한 해 동안 북송된 탈북민은 600명에 이른다.")
    assert not x.events
    [a] = x.aggregates
    assert (a.type, a.count, a.period) == ("forced_repatriation", 600, "2023년 한 해 동안")
    x = run("중국에서 체포된 탈북민은 수천 명에 달한다.")
    assert [(a.type, a.count, a.qualifier) for a in x.aggregates] == [("arrest", 1000, "about")]
    assert not x.events


def test_a_count_over_an_open_period_is_an_aggregate() -> None:
    x = run("최근 10년간 탈북민 3천여 명이 강제북송됐다.")
    assert not x.events
    [a] = x.aggregates
    assert (a.type, a.what, a.count, a.qualifier, a.period) == (
        "forced_repatriation",
        "탈북민",
        3000,
        "more than",
        "최근 10년간",
    )
    x = run("지금까지 1만여 명이 탈북했다.")
    assert [(a.type, a.count, a.period) for a in x.aggregates] == [("border_crossing", 10000, "지금까지")]
    assert not x.events


def test_a_large_count_with_no_time_is_an_aggregate() -> None:
    x = run("탈북민 3만 명 이상이 한국에 입국했다.")
    assert [(a.type, a.count, a.qualifier) for a in x.aggregates] == [("resettlement", 30000, "at least")]
    assert not x.events


def test_a_dated_count_a_doer_or_someone_named_stays_an_event() -> None:
    # as English "In May, 200 people were deported": a dated simple past is one occasion of a group
    for text in (
        "지난해 탈북민 200여 명이 강제북송됐다.",
        "2019년 5월 탈북민 20명이 체포됐다.",
        "중국 당국이 탈북민 600명을 강제북송했다.",
        "한바다 씨 등 탈북민 50명이 체포됐다.",
        "중국에서 붙잡힌 여성 4명은 강제북송됐다.",
        "중국 각지에 구금된 여성 300여명이 작년 한 해 동안 북송됐다.",
        "중국 당국이 지난해부터 북송한 탈북민은 400명에 이른다.",
        "탈북민 20명이 3년 동안 수감됐다.",
    ):
        x = run(text)
        assert x.events and not x.aggregates, text


def test_a_generic_present_tells_no_event() -> None:
    assert not run("많은 탈북민이 브로커에게 돈을 낸다.").events


def test_a_count_is_a_statistic_only_as_its_own_triggers_subject() -> None:
    # the count is the subject of 모인, not of the police's arrest (a doer) of 30
    x = run("올해까지 수천 명이 모인 광장에서 경찰이 학생 40명을 체포했다.")
    assert not x.aggregates
    assert [e.type for e in x.events] == ["arrest"]


def test_a_period_in_a_clause_describing_the_count_is_that_clauses() -> None:
    # a period inside a clause describing the count's noun is that clause's
    x = run("그간 구금된 어민 40명이 석방됐다.")
    assert not x.aggregates
    assert sorted(e.type for e in x.events) == ["detention", "release"]


def test_a_denied_trigger_makes_no_statistic() -> None:
    x = run("2018년 구금된 어민 수백 명이 지금까지 석방되지 않았다.")
    assert not any(a.type == "release" for a in x.aggregates)


def test_what_a_number_of_counts_and_a_count_in_units_and_digits() -> None:
    [a] = run("최근 5년간 북송된 여성들의 숫자는 700명이다.").aggregates
    assert (a.what, a.count) == ("여성", 700)
    for text in ("지금까지 어민 2만3000명이 한국에 입국했다.", "지금까지 어민 2만 3000명이 한국에 입국했다."):
        [a] = run(text).aggregates
        assert (a.what, a.count) == ("어민", 23000), text


def test_someone_named_blocks_a_statistic_only_in_the_counts_own_phrase() -> None:
    x = run("최근 5년간 어민 4천여 명이 강제북송됐고, 그중 한바다 씨는 처형됐다.")
    assert [(a.type, a.count) for a in x.aggregates] == [("forced_repatriation", 4000)]
    x = run("한바다 씨 등 어민 50명이 최근 10년간 강제북송됐다.")
    assert x.events and not x.aggregates

"""Korean mends of round 42: a girl's name by an elided copula only when the text vouches for it, an escapee word
only of the trigger's own subject, escape signs only of a flight, a dated adnominal crossing only of the one it
describes, an escapee by copula with a space, and 자며 no quotative (docs/extraction.md, "Korean"); invented
sentences."""

from __future__ import annotations

from datetime import date
from functools import partial

from helpers import extract_ko
from helpers import person_names as names
from tumen.extract.korean.claims import reported

run = partial(extract_ko, published=date(2024, 5, 1))


def _persons(text: str) -> dict[str | None, str | None]:
    return {e.name: e.gender for e in run(text).entities if e.kind == "person"}


def _events(text: str, event_type: str) -> list[list[str]]:
    x = run(text)
    return [
        [names(x).get(p.entity or "", p.entity or "") for p in e.participants] for e in x.events if e.type == event_type
    ]


def test_a_food_before_an_amount_is_no_girl() -> None:
    assert _persons("이번 주는 고기라 양이 많았다.") == {}
    assert _persons("우유라 양이 적어 아이들이 굶었다.") == {}


def test_a_girl_named_by_an_elided_copula_stays_a_girl() -> None:
    assert _persons("큰언니 변소라 양은 먼저 강을 건넜다.") == {"변소라": "female"}
    assert _persons("변소라 양이 먼저 강을 건넜다.") == {"변소라": "female"}


def test_an_escapee_met_is_not_the_arriving_subject() -> None:
    assert _events("탈북민 김민수 씨를 만나기 위해 외교관 한바다 씨는 2015년 한국에 입국했다.", "resettlement") == []


def test_a_traveller_s_route_or_a_broker_as_object_is_no_flight() -> None:
    assert _events("미국인 한바다 씨는 일본을 거쳐 2015년 한국에 입국했다.", "resettlement") == []
    assert _events("외교관 한바다 씨는 베이징을 경유해 2015년 한국에 입국했다.", "resettlement") == []
    assert _events("한바다 씨는 브로커 단속을 취재하러 2015년 한국에 입국했다.", "resettlement") == []
    assert _events("한바다 기자는 브로커를 취재하기 위해 2015년 한국에 입국했다.", "resettlement") == []


def test_a_flight_s_route_or_a_broker_as_means_still_resettles() -> None:
    assert _events("한바다 씨는 라오스를 거쳐 한국에 입국했다.", "resettlement") == [["한바다"]]
    assert _events("한바다 씨는 브로커를 통해 2015년 한국에 입국했다.", "resettlement") == [["한바다"]]
    assert _events("한바다 씨는 브로커의 도움으로 2015년 한국에 입국했다.", "resettlement") == [["한바다"]]


def test_a_dated_adnominal_crossing_is_the_one_it_describes() -> None:
    assert _events("한바다 씨는 2015년 탈북한 가족의 이야기를 책으로 썼다.", "border_crossing") == []
    assert _events("한바다 목사는 2015년 탈북한 청소년 20명을 돌봤다.", "border_crossing") == []
    assert _events("2015년 탈북한 한바다 씨는 2017년 한국에 입국했다.", "border_crossing") == [["한바다"]]


def test_a_crossing_dated_by_a_relative_date() -> None:
    x = run("지난해 탈북한 한바다 씨는 서울에 산다.")
    [event] = [e for e in x.events if e.type == "border_crossing"]
    assert [names(x)[p.entity or ""] for p in event.participants] == ["한바다"]
    assert event.time is not None and event.time.earliest == date(2023, 1, 1)


def test_an_escapee_by_a_spaced_copula_or_이라() -> None:
    assert _events("한바다 씨는 탈북민 출신이다. 그는 2015년 한국에 입국했다.", "resettlement") == [["한바다"]]
    assert _events("한바다 씨는 탈북민이라 2015년 한국에 입국했다.", "resettlement") == [["한바다"]]


def test_sleeping_자며_reports_nothing() -> None:
    text = "한바다 씨는 체포돼 잠을 자며 지냈다."
    assert not reported(text, text.index("체포돼") + 3, len(text))
    quoted = '한바다 씨는 "체포됐다"며 울었다.'
    assert reported(quoted, quoted.index("체포됐") + 3, len(quoted))
    proposed = '그는 "함께 탈북하자"며 울었다.'  # a proposal quoted before 며 stays a quotative
    assert reported(proposed, proposed.index("탈북") + 2, len(proposed))

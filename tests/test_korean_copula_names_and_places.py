"""A girl's given name Kiwi reads as a noun and an elided copula ("변소라" as 변소+(이)라) is still a name before a
spaced 양; the resettlement centre 하나원 is a place, not a person, and 전거리 is the spelling of 정거리 (the
Jongori camp) most Korean reports use; "2015년 탈북한 한바다 씨는" tells a crossing, dated. Invented sentences
(docs/extraction.md, "Korean")."""

from __future__ import annotations

from datetime import date
from functools import partial

from helpers import extract_ko
from tumen.extract.types import Extraction

run = partial(extract_ko, published=date(2024, 6, 15))


def _persons(x: Extraction) -> dict[str, str | None]:
    return {e.name or "": e.gender for e in x.entities if e.kind == "person"}


def test_a_name_ending_like_a_copula_before_yang_is_a_girl() -> None:
    x = run("큰언니 변소라 양이 먼저 강을 건넜습니다.")
    assert _persons(x) == {"변소라": "female"}
    [event] = x.events
    assert event.type == "border_crossing"
    assert [x.entity(p.entity).name for p in event.participants] == ["변소라"]


def test_another_such_name_is_the_victim() -> None:
    x = run("윤아라 양은 2019년 중국에서 체포됐다.")
    [event] = x.events
    assert [x.entity(p.entity).name for p in event.participants if p.role == "victim"] == ["윤아라"]


def test_an_amount_before_yang_stays_no_person() -> None:
    assert _persons(run("상당한 양이 남았다.")) == {}


def test_hanawon_is_a_facility_passed_through_not_the_one_who_settled() -> None:
    x = run("한바다 씨는 2016년 한국에 입국했으며 하나원을 거쳐 서울 양천구에 정착했다.")
    assert set(_persons(x)) == {"한바다"}
    [hanawon] = [e for e in x.entities if e.name == "하나원"]
    assert hanawon.kind == "place" and hanawon.place_kind == "facility"
    settled = [e for e in x.events if e.trigger.text.startswith("정착")]
    assert [x.entity(p.entity).name for p in settled[0].participants] == ["한바다"]


def test_jeongeori_is_the_camp_of_the_term() -> None:
    x = run("한바다 씨는 전거리 교화소 4년형을 선고받았다.")
    [camp] = [e for e in x.entities if e.kind == "place"]
    assert camp.place_kind == "camp"
    [sentencing] = [e for e in x.events if e.type == "sentencing"]
    assert sentencing.place == camp.id


def test_a_dated_adnominal_crossing_is_the_crossing_of_the_one_described() -> None:
    x = run("2015년 회령에서 탈북한 한바다 씨는 서울로 갔다.")
    [event] = [e for e in x.events if e.type == "border_crossing"]
    assert [x.entity(p.entity).name for p in event.participants] == ["한바다"]
    assert event.time is not None and event.time.earliest == date(2015, 1, 1)


def test_an_undated_adnominal_crossing_only_calls_one_an_escapee() -> None:
    assert run("탈북한 한바다 씨는 서울로 갔다.").events == []

"""Korean separations of a relative from theirs, an escapee's entry into South Korea, and counts of a habit
(docs/extraction.md, "Korean"); invented sentences."""

from __future__ import annotations

from datetime import date
from functools import partial

from helpers import extract_ko
from helpers import person_names as names
from tumen.extract.types import Extraction

run = partial(extract_ko, published=date(2024, 5, 1))


def roles(x: Extraction, kind: str) -> set[tuple[str, str]]:
    [event] = [e for e in x.events if e.type == kind]
    return {(p.role, names(x)[p.entity]) for p in event.participants}


def test_a_mother_parted_from_her_son_is_parted_from_the_one_she_is_the_mother_of() -> None:
    x = run("한바다 씨는 2019년 탈북했다. 한바다 씨의 어머니는 아들과 헤어졌다.")
    assert roles(x, "family_separation") == {("victim", "한바다"), ("subject", "mother")}
    x = run("한바다 씨는 2019년 탈북했다. 그의 어머니는 그 뒤로 아들을 다시 만나지 못했다.")
    assert roles(x, "family_separation") == {("victim", "한바다"), ("subject", "mother")}


def test_a_girl_s_mother_parted_from_her_son_is_parted_from_another_child() -> None:
    x = run("이하늘(19)양은 2019년 탈북했다. 그녀의 어머니는 아들과 헤어졌다.")
    assert roles(x, "family_separation") == {("victim", "son"), ("subject", "mother")}
    [son] = [e for e in x.entities if e.descriptor == "son"]
    [mother] = [e for e in x.entities if e.descriptor == "mother"]
    assert any(r.type == "parent_of" and (r.subject, r.object) == (mother.id, son.id) for r in x.relations)


def test_an_escapee_s_entry_into_south_korea_is_a_resettlement() -> None:
    x = run("탈북민 한바다 씨는 2015년 한국에 입국했다.")
    [event] = [e for e in x.events if e.type == "resettlement"]
    assert [names(x)[p.entity] for p in event.participants] == ["한바다"]
    assert event.time is not None and event.time.earliest == date(2015, 1, 1)
    x = run("2015년 한국에 입국한 한바다 씨는 탈북민이다.")
    assert [e.type for e in x.events] == ["resettlement"]


def test_a_diplomat_s_entry_into_south_korea_is_no_resettlement() -> None:
    assert not run("외교관 한바다 씨는 2015년 한국에 입국했다.").events
    assert not run("대표단은 2015년 남한에 들어왔다.").events


def test_a_count_of_a_habit_told_in_the_present_is_an_aggregate() -> None:
    x = run("매년 수천 명이 탈북한다.")
    assert not x.events
    assert [(a.type, a.count, a.qualifier, a.period) for a in x.aggregates] == [
        ("border_crossing", 1000, "about", "매년")
    ]
    x = run("해마다 수백 명이 강제북송된다.")
    assert not x.events
    assert [(a.type, a.count, a.period) for a in x.aggregates] == [("forced_repatriation", 100, "해마다")]


def test_a_present_statement_of_a_kind_with_no_count_of_a_period_is_no_aggregate() -> None:
    x = run("중국에서 붙잡힌 탈북민 수천 명은 대부분 북송된다.")
    assert not x.events and not x.aggregates

"""Korean: an escapee word said of someone other than the subject (an object, a modifier) is no sign of the
subject's own flight (docs/extraction.md, "Korean"); invented sentences."""

from __future__ import annotations

from datetime import date
from functools import partial

from helpers import extract_ko
from helpers import person_names as names

run = partial(extract_ko, published=date(2024, 5, 1))


def resettled(text: str) -> list[list[str]]:
    x = run(text)
    return [
        [names(x).get(p.entity or "", p.entity or "") for p in e.participants]
        for e in x.events
        if e.type == "resettlement"
    ]


def test_a_visitor_come_to_interview_escapees_is_not_resettled() -> None:
    assert resettled("외교관 한바다 씨는 탈북민 면담을 위해 한국에 입국했다.") == []
    assert resettled("기자 한바다 씨는 탈북자를 취재하려고 한국에 입국했다.") == []
    assert resettled("한바다 씨는 탈북민 돕기 위해 한국에 들어왔다.") == []


def test_the_subject_s_own_flight_still_makes_a_resettlement() -> None:
    assert resettled("탈북민 한바다 씨는 2015년 한국에 입국했다.") == [["한바다"]]
    assert resettled("탈북민인 한바다 씨는 2015년 한국에 입국했다.") == [["한바다"]]
    assert resettled("한바다 씨는 라오스를 거쳐 한국에 입국했다.") == [["한바다"]]


def test_escapees_as_a_group_arrive_as_a_group_not_a_person() -> None:
    x = run("탈북민들은 2015년 한국에 도착했다.")
    [event] = [e for e in x.events if e.type == "resettlement"]
    assert [x.entity(p.entity).kind for p in event.participants if p.entity] == ["group"]
    assert not any(e.kind == "person" for e in x.entities)


def roles(text: str, kind: str) -> set[tuple[str, str]]:
    x = run(text)
    [event] = [e for e in x.events if e.type == kind]
    return {(p.role, names(x)[p.entity]) for p in event.participants if p.entity}


def test_a_relative_topic_fleeing_while_parted_crosses_and_is_parted_from_their_own_relative() -> None:
    text = "한바다 씨의 아들은 2019년 탈북하면서 어머니와 헤어졌다."
    assert roles(text, "border_crossing") == {("subject", "son")}
    assert roles(text, "family_separation") == {("subject", "son"), ("victim", "mother")}
    x = run("한바다 씨는 서울에 산다. " + text)
    [mother] = [e for e in x.entities if e.descriptor == "mother"]
    [son] = [e for e in x.entities if e.descriptor == "son"]
    assert mother.anchor == ("parent_of", son.id)

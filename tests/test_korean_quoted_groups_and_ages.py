"""A counted group that is the subject of a quoted clause, not the speaker, underwent the event ("한바다 대표는
"탈북민 5명이 공안에 붙잡혔다"며"), and an age told with a subject of its own ("제가 열두 살 때") is that
subject's, not the age of the victim named after it; it still dates the event (not the story's last date) and,
with the owner's birth, gives the event its time. Invented sentences (docs/extraction.md, "Korean")."""

from __future__ import annotations

from datetime import date
from functools import partial

from helpers import extract_ko
from tumen.extract.types import Extraction

run = partial(extract_ko, published=date(2024, 6, 15))


def _who(x: Extraction, kind: str, role: str) -> set[str]:
    named = {e.id: e.name or e.descriptor or "" for e in x.entities}
    [event] = [e for e in x.events if e.type == kind]
    return {named[p.entity] for p in event.participants if p.role == role}


def test_a_counted_group_subject_of_a_quotation_is_the_victim_not_the_speaker() -> None:
    x = run('단체의 한바다 대표는 "지난달 28일 탈북민 5명이 공안에 붙잡혔다"며 우려를 표했다.')
    assert _who(x, "arrest", "victim") == {"북한"}
    [event] = x.events
    assert event.attributes["count"] == 5


def test_a_group_counted_in_words_before_a_quotative_go_is_the_one_arrested() -> None:
    x = run('한바다 대표는 "지난달 탈북민 다섯 명이 공안에 체포됐다"고 말했다.')
    assert _who(x, "arrest", "victim") == {"북한"}


def test_an_age_with_its_own_subject_is_not_the_victim_s_age() -> None:
    x = run("저는 1998년 혜산에서 태어났습니다. 제가 열두 살 때 외삼촌 한기석 씨가 보위부에 끌려갔습니다.")
    [event] = [e for e in x.events if e.type == "arrest"]
    assert "한기석" in _who(x, "arrest", "victim")
    assert "victim_age" not in event.attributes
    assert event.time is None  # not 1998, the year the teller was born


def test_an_age_said_alone_is_still_the_victim_s_and_dates_the_event_from_the_birth() -> None:
    x = run("한바다(30) 씨는 열두 살 때 보위부에 체포됐다.")
    [event] = x.events
    assert event.attributes["victim_age"] == 12
    assert event.time is not None
    assert event.time.earliest.year == 2005 and event.time.latest.year == 2007

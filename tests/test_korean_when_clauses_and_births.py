"""The person of an age clause is no participant, a relative sought is no one who crossed, an adnominal crossing
is the named person's, and a birth year dates the person. Invented sentences (docs/extraction.md, "Korean")."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from helpers import extract_ko
from tumen.extract.types import Extraction

run = partial(extract_ko, published=date(2024, 5, 1))


def _who(x: Extraction, event_type: str) -> list[tuple[str, str]]:
    [event] = [e for e in x.events if e.type == event_type]
    out = []
    for p in event.participants:
        entity = x.entity(p.entity)
        out.append((entity.name or entity.descriptor or entity.id, p.role))
    return sorted(out)


def test_the_person_whose_age_a_when_clause_tells_is_no_victim() -> None:
    x = run("어머니가 마흔 살 때 아버지가 체포됐다.")
    assert _who(x, "arrest") == [("father", "victim")]


def test_the_person_whose_age_a_when_clause_tells_is_no_subject_beside_a_topic() -> None:
    x = run("어머니가 마흔 살 때 한바다 씨는 탈북했다.")
    assert _who(x, "border_crossing") == [("한바다", "subject")]


def test_a_named_person_whose_age_a_when_clause_tells_is_no_victim() -> None:
    x = run("한바다 씨가 열 살 때 김민수 씨가 체포됐다.")
    assert _who(x, "arrest") == [("김민수", "victim")]


@pytest.mark.parametrize("sought", ["어머니를 찾아", "어머니를 만나러", "부모님을 찾아"])
def test_a_relative_sought_is_not_the_one_who_crossed(sought: str) -> None:
    x = run(f"한바다 군은 {sought} 압록강을 건넜지만 곧 붙잡혔다.")
    assert _who(x, "border_crossing") == [("한바다", "subject")]


def test_a_relative_sought_and_then_arrested_is_the_victim() -> None:
    x = run("경찰은 한바다 씨의 어머니를 찾아 체포했다.")
    assert ("mother", "victim") in _who(x, "arrest")


@pytest.mark.parametrize(
    "words", ["두만강을 건너 탈북한", "2015년 두만강을 건너 탈북한", "강을 건넌", "압록강을 건넌", "국경을 넘은"]
)
def test_an_adnominal_crossing_before_a_name_is_that_persons(words: str) -> None:
    x = run(f"{words} 주은별 씨는 2019년 한국에 왔다.")
    assert _who(x, "border_crossing") == [("주은별", "subject")]


def test_a_crossing_told_before_a_sequence_is_the_subjects() -> None:
    x = run("주은별 씨는 강을 건넌 뒤 중국에서 살았다.")
    assert _who(x, "border_crossing") == [("주은별", "subject")]


def test_an_undated_escapee_word_alone_still_tells_no_crossing() -> None:
    x = run("탈북한 주은별 씨는 2019년 한국에 왔다.")
    assert not [e for e in x.events if e.type == "border_crossing"]


@pytest.mark.parametrize(
    ("sentence", "born"),
    [
        ("한바다 씨는 2001년 태어났다.", (date(2001, 1, 1), date(2001, 12, 31))),
        ("한바다 씨는 1990년 3월 혜산에서 태어났다.", (date(1990, 3, 1), date(1990, 3, 31))),
        ("2001년생 한바다 씨는 2019년 탈북했다.", (date(2001, 1, 1), date(2001, 12, 31))),
        ("한바다 씨는 2001년생이다.", (date(2001, 1, 1), date(2001, 12, 31))),
    ],
)
def test_a_birth_year_dates_the_person(sentence: str, born: tuple[date, date]) -> None:
    [person] = [e for e in run(sentence).entities if e.name == "한바다"]
    assert person.birth is not None and (person.birth.earliest, person.birth.latest) == born


@pytest.mark.parametrize(
    "sentence", ["한바다 씨는 아들이 2001년 태어났다고 말했다.", "한바다 씨는 2001년 태어난 아들과 함께 탈북했다."]
)
def test_a_relatives_birth_does_not_date_the_person(sentence: str) -> None:
    [person] = [e for e in run(sentence).entities if e.name == "한바다"]
    assert person.birth is None

"""군 and 양 that call no one: a word of a surname's syllable and 군 / 양 (공군, 석양), a spaced 군 / 양 after a word
(이 양의 식량, 하루 양은); and which of the young a surname with 군 / 양 calls. Invented sentences (docs/extraction.md,
"Korean", "Names of the young")."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from helpers import extract_ko
from helpers import person_names as names
from tumen.extract.types import Extraction

run = partial(extract_ko, published=date(2024, 5, 1))


def said(x: Extraction, name: str) -> list[str]:
    [person] = [e for e in x.entities if e.name == name]
    return [m.text for m in person.mentions]


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("공민호", "공군은"),
        ("반지호", "반군은"),
        ("육민재", "육군은"),
        ("남도현", "남군은"),
        ("서다온", "서양의"),
        ("석지안", "석양이"),
        ("안서진", "안양은"),
        ("태민준", "태양이"),
        ("양하린", "양양의"),
        ("함지우", "함양의"),
        ("주하준", "주군은"),
        ("이철민", "이 양의"),
        ("이철민", "이 군은"),
    ],
)
def test_a_word_of_a_surname_and_gun_or_yang_calls_no_one(name: str, word: str) -> None:
    x = run(f"{name} 씨는 2016년 탈북했다. {word} 2017년 주민들을 체포했다.")
    assert said(x, name) == [name]


@pytest.mark.parametrize("words", ["전체 양의 절반을 빼앗겼다", "하루 양은 부족했다", "이 정도 양은 적다"])
def test_an_amount_before_a_spaced_yang_is_no_girl(words: str) -> None:
    x = run(f"한바다 씨는 2019년 식량을 받았다. {words}.")
    assert set(names(x).values()) == {"한바다"}


def test_a_full_name_before_a_spaced_yang_is_still_a_girl() -> None:
    x = run("김하늘 양은 2016년 탈북했다.")
    assert said(x, "김하늘") == ["김하늘"]
    assert next(e for e in x.entities if e.name == "김하늘").gender == "female"


def test_yang_calls_the_girl_not_a_boy_named_with_gun() -> None:
    x = run("김하늘 양과 김민수 군은 2017년 체포됐다. 김양은 2018년 한국에 정착했다.")
    [event] = [e for e in x.events if e.type == "resettlement"]
    assert [names(x)[p.entity] for p in event.participants] == ["김하늘"]


def test_yang_calls_the_person_named_with_yang_before_a_later_one_named_with_ssi() -> None:
    x = run("최가람 양과 최민호 씨는 2018년 탈북했다. 최양은 2019년 한국에 정착했다.")
    [event] = [e for e in x.events if e.type == "resettlement"]
    assert [names(x)[p.entity] for p in event.participants] == ["최가람"]


def test_a_surname_called_with_ssi_does_not_keep_yang_from_a_daughter() -> None:
    x = run(
        "김영희 씨는 2015년 중국에서 붙잡혔다. 김씨는 이듬해 풀려났다. 그의 딸 김하늘 양은 2016년 탈북했다. "
        "김양은 2018년 한국에 정착했다."
    )
    [event] = [e for e in x.events if e.type == "resettlement"]
    assert [names(x)[p.entity] for p in event.participants] == ["김하늘"]


def test_an_unowned_kinship_word_takes_no_subject_of_another_sentence() -> None:
    x = run("한바다 씨가 말했다. 딸 이하늘 양은 2019년 탈북했다.")
    ids = {v: k for k, v in names(x).items()}
    assert not any(r.subject == ids["한바다"] and r.object == ids["이하늘"] for r in x.relations)

"""Korean press names the young with 군 (a boy) and 양 (a girl) and calls them again by surname ("서군은",
"이양은"); a kinship word before a name with no owner is the relative of the passage's person ("한바다 씨는 아들
서도윤군과"). Invented sentences (docs/extraction.md, "Korean")."""

from __future__ import annotations

from datetime import date
from functools import partial

from helpers import extract_ko
from helpers import person_names as names
from tumen.extract.types import Extraction

run = partial(extract_ko, published=date(2024, 5, 1))


def victims(x: Extraction, kind: str) -> set[str]:
    [event] = [e for e in x.events if e.type == kind]
    return {names(x)[p.entity] for p in event.participants if p.role == "victim"}


def test_a_surname_and_gun_goes_back_to_the_boy_named_before() -> None:
    x = run("한바다 씨는 서도윤군과 함께 중국으로 갔다. 한씨는 곧 체포됐다. 서군은 2020년 노동교화형 5년을 선고받았다.")
    assert victims(x, "sentencing") == {"서도윤"}


def test_a_name_with_an_age_and_yang_is_a_girl_and_yang_calls_her_again() -> None:
    x = run("최가람 씨는 이하늘(19)양과 함께 떠났다. 이양은 라오스에서 체포됐다.")
    [girl] = [e for e in x.entities if e.name == "이하늘"]
    assert girl.gender == "female"
    assert victims(x, "arrest") == {"이하늘"}


def test_a_general_is_no_boy_of_the_surname() -> None:
    x = run("장미래 씨는 2019년 중국에서 체포됐다. 장군은 연설에서 이를 언급했다.")
    [person] = [e for e in x.entities if e.name == "장미래"]
    assert [m.text for m in person.mentions] == ["장미래"]


def test_an_unowned_kinship_word_before_a_name_is_the_subject_s_relative() -> None:
    x = run("한바다 씨는 2019년 아들 서도윤군과 함께 강을 건넜다. 아들은 이듬해 중국에서 체포됐다.")
    ids = {v: k for k, v in names(x).items()}
    assert any(r.type == "parent_of" and r.subject == ids["한바다"] and r.object == ids["서도윤"] for r in x.relations)
    assert victims(x, "arrest") == {"서도윤"}
    assert "son" not in names(x).values()


def test_a_surname_called_before_stays_with_its_person_after_a_relative_of_that_surname() -> None:
    x = run(
        "윤소망(45)씨는 2015년 중국에서 붙잡혔다. 윤씨는 이듬해 풀려났다. 그의 남동생 윤태양씨는 2017년 숨졌다. "
        "윤씨는 2018년 한국에 정착했다."
    )
    [event] = [e for e in x.events if e.type == "resettlement"]
    assert [names(x)[p.entity] for p in event.participants] == ["윤소망"]


def test_with_a_relative_titled_and_named_both_take_part() -> None:
    x = run("한바다 씨는 2019년 아들 김민수 씨와 함께 두만강을 건넜다.")
    [event] = [e for e in x.events if e.type == "border_crossing"]
    assert sorted(names(x)[p.entity] for p in event.participants if p.role == "subject") == ["김민수", "한바다"]

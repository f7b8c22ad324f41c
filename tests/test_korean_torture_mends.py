"""Korean torture in the active and spans counted with 만에 (docs/extraction.md, "Korean"): 고문 as a title (an
adviser) or with no person as object tells no torture; 자신을 means the subject outside its clause; 한 적이 없다 denies;
a charge (혐의) makes the deed alleged and the one charged its doer; a span no one can count ("수년 만에") dates
nothing. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.time import words as w
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "ko", date(2020, 5, 1)))


def tortures(x: Extraction) -> list[Event]:
    return [e for e in x.events if e.type == "torture"]


def roles(x: Extraction, event: Event) -> set[tuple[str, str | None]]:
    return {(p.role, x.entity(p.entity).name) for p in event.participants}


@pytest.mark.parametrize(
    "text",
    [
        "한바다 씨는 2018년 통일부 박 고문하고 함께 판문점을 방문했다.",  # a surname's title, 하고 "with"
        "김민수 씨는 2015년부터 통일부 고문을 했다.",  # was an adviser: no person as object
        "보위원들은 2019년 한바다 씨를 박 고문하고 함께 만났다.",  # an object, but 고문 is a title
        "윤다솜 씨는 2017년 고문을 했다.",
    ],
)
def test_an_adviser_is_no_torture(text: str) -> None:
    assert tortures(run(text)) == [], text


def test_the_active_needs_a_person_as_object() -> None:
    x = run("한바다 씨는 탈북했다. 보위원들은 2019년 그를 고문했다.")
    [torture] = tortures(x)
    assert roles(x, torture) == {("victim", "한바다"), ("perpetrator", "보위원")}
    x = run("보위원들은 2019년 한바다 씨의 아들을 고문했다.")  # the owner of the son is no doer
    assert ("perpetrator", "한바다") not in roles(x, tortures(x)[0])


def test_a_reflexive_object_is_the_subject_outside_its_clause() -> None:
    x = run("한바다 씨는 보위원들이 2018년 자신을 고문했다고 주장했다.")
    [torture] = tortures(x)
    assert roles(x, torture) == {("victim", "한바다"), ("perpetrator", "보위원")}
    # told by the one it befell, as the passive is: the same modality
    [passive] = tortures(run("한바다 씨는 2018년 보위원들에게 고문당했다고 주장했다."))
    assert torture.modality == passive.modality
    x = run("한바다 씨는 2018년 자신을 고문한 보위원을 만났다.")  # the noun after the trigger did it
    assert roles(x, tortures(x)[0]) & {("victim", "한바다"), ("perpetrator", "한바다")} == {("victim", "한바다")}


def test_whether_it_happened_is_not_told() -> None:
    x = run("김민수 씨는 보위원들이 자신을 고문했는지 알 수 없다고 말했다.")
    assert all(e.modality != "asserted" for e in tortures(x))
    # "why" asks of a deed told as real
    [arrest] = [e for e in run("한바다 씨는 2019년 왜 체포됐는지 모른다고 말했다.").events if e.type == "arrest"]
    assert arrest.modality == "asserted"


def test_never_did_is_negated() -> None:
    x = run("보위부는 한바다 씨를 고문한 적이 없다고 주장했다.")
    [torture] = tortures(x)
    assert torture.modality == "negated" and ("victim", "한바다") in roles(x, torture)


@pytest.mark.parametrize(
    "text",
    [
        "검찰은 2019년 한바다 씨를 고문한 혐의로 경찰관 김민수 씨를 기소했다.",
        "김민수 씨는 2019년 한바다 씨를 고문한 혐의로 기소됐다.",
    ],
)
def test_a_charged_deed_is_alleged_and_done_by_the_one_charged(text: str) -> None:
    x = run(text)
    [torture] = tortures(x)
    assert torture.modality == "alleged", text
    assert roles(x, torture) == {("victim", "한바다"), ("perpetrator", "김민수")}, text


@pytest.mark.parametrize("span", ["수년", "10여 년", "10년여", "몇 달", "며칠", "십년"])
def test_a_span_no_one_can_count_leaves_the_event_undated(span: str) -> None:
    x = run(f"한바다 씨는 2015년 3월 두만강을 건넜다. 그는 탈북 {span} 만에 한국에 입국했다.")
    [entry] = [e for e in x.events if e.type == "resettlement"]
    assert entry.time is None, span
    x = run("한바다 씨는 2015년 3월 두만강을 건넜다. 그는 탈북 3년 만에 한국에 입국했다.")  # counted: 2018
    [entry] = [e for e in x.events if e.type == "resettlement"]
    assert entry.time is not None and entry.time.earliest == date(2018, 1, 1)


def test_a_word_that_is_no_number_reads_as_none() -> None:
    assert [w.korean_number(n) for n in ("여", "몇", "반", "십", "수", "열여")] == [None] * 6
    assert [w.korean_number(n) for n in ("15", "열다섯", "스물한", "세")] == [15, 15, 21, 3]


@pytest.mark.parametrize("span", ["3시간", "40분"])
def test_a_span_of_hours_or_minutes_is_counted(span: str) -> None:
    # hours and minutes are units a span counts in, as days are: the day of the event it counts from
    x = run(f"한바다 씨는 2015년 3월 2일 두만강을 건넌 지 {span} 만에 중국 공안에 체포됐다.")
    [arrest] = [e for e in x.events if e.type == "arrest"]
    assert arrest.time is not None and (arrest.time.earliest, arrest.time.latest) == (date(2015, 3, 2),) * 2


def test_a_charge_noun_in_another_clause_makes_no_deed_alleged() -> None:
    # "고문한 뒤 혐의를 조작했다": tortured him, then made up charges — the torture is told as done
    x = run("보위부는 2019년 한바다 씨를 고문한 뒤 혐의를 조작했다.")
    [torture] = tortures(x)
    assert torture.modality == "asserted"
    assert ("victim", "한바다") in roles(x, torture)

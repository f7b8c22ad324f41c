"""Korean relative clauses and spans (docs/extraction.md, "Korean"): the noun an adnominal active trigger with its
object told describes is its doer ("자신을 고문한 보위원"); a chained verb before an adnominal one describes the same
noun ("붙잡혀 북송된 아들"); an event told as the start of a span ("탈북 후 17년 만에", "탈북한 지 10년이 지났다")
is itself an event, dated back from the span's end. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "ko", date(2020, 5, 1)))


def of_type(x: Extraction, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind]


def roles(x: Extraction, event: Event) -> set[tuple[str, str | None]]:
    return {(p.role, x.entity(p.entity).name or x.entity(p.entity).descriptor) for p in event.participants}


@pytest.mark.parametrize(
    ("text", "kind", "victim", "doer"),
    [
        (
            "한바다 씨는 2010년 탈북했다. 그는 자신을 고문한 보위원을 중국에서 다시 만났다.",
            "torture",
            "한바다",
            "보위원",
        ),
        ("한바다 씨는 2018년 자신을 고문한 보위원을 중국에서 다시 만났다.", "torture", "한바다", "보위원"),
        ("한바다 씨는 2019년 아들을 체포한 경찰을 고발했다.", "arrest", "son", "경찰"),
        ("윤다솜 씨는 2017년 그녀를 납치한 남성들을 다시 보았다.", "abduction", "윤다솜", "남성"),
        ("한바다 씨는 2019년 김민수 씨를 고문한 중국 공안을 고발했다.", "torture", "김민수", "중국"),
    ],
)
def test_the_noun_an_active_relative_clause_describes_did_it(text: str, kind: str, victim: str, doer: str) -> None:
    x = run(text)
    [event] = of_type(x, kind)
    assert roles(x, event) == {("victim", victim), ("perpetrator", doer)}, text


def test_a_relative_clause_with_its_own_subject_describes_the_undergoer() -> None:
    x = run("중국 당국이 2019년 강제 북송한 탈북민이 400명에 이른다.")
    [event] = of_type(x, "forced_repatriation")
    assert ("perpetrator", "중국") in roles(x, event) and ("perpetrator", "북한") not in roles(x, event)


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("한바다 씨는 2019년 가족과 헤어졌다. 중국에서 붙잡혀 북송된 아들은 지금 교화소에 있다.", "son"),
        ("김민수 씨는 2018년 중국 공안에 체포돼 강제 송환된 딸을 찾고 있다.", "daughter"),
    ],
)
def test_a_chained_verb_befalls_the_noun_the_next_verb_describes(text: str, relative: str) -> None:
    x = run(text)
    [arrest] = of_type(x, "arrest")
    [repatriation] = of_type(x, "forced_repatriation")
    assert ("victim", relative) in roles(x, arrest) and ("victim", relative) in roles(x, repatriation)
    assert {p for p in roles(x, arrest) if p[0] == "victim"} == {("victim", relative)}
    assert arrest.time == repatriation.time and arrest.time is not None


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [  # a count of whole years holds from one anniversary to the next: the years the count allows (May 2020)
        ("한바다 씨는 지난해 탈북 17년 만에 딸을 만났다.", 2001, 2002),  # 17 years before last year
        ("한바다 씨는 탈북한 지 10년이 지났다고 말했다.", 2009, 2010),  # until now: from the publication
        ("한바다 씨는 탈북 10년째 딸을 찾고 있다.", 2010, 2011),  # the tenth year: nine whole years past
        ("한바다 씨는 탈북 후 17년 동안 딸을 찾아다니고 있다.", 2002, 2003),
        ("한바다 씨는 탈북한 지 3년 만인 2015년 한국에 입국했다.", 2011, 2012),
        ("한바다 씨는 2010년 탈북한 지 10년이 지났다고 말했다.", 2010, 2010),  # the date is the crossing's own
    ],
)
def test_a_crossing_told_as_a_span_since_it_is_an_event(text: str, first: int, last: int) -> None:
    x = run(text)
    [crossing] = of_type(x, "border_crossing")
    assert roles(x, crossing) == {("subject", "한바다")}
    assert crossing.time is not None
    assert (crossing.time.earliest, crossing.time.latest) == (date(first, 1, 1), date(last, 12, 31))


def test_a_count_of_whole_days_since_is_exact() -> None:
    x = run("한바다 씨는 탈북한 지 3일 만인 2015년 5월 3일 체포됐다.")
    [crossing] = of_type(x, "border_crossing")
    assert crossing.time is not None and crossing.time.earliest == crossing.time.latest == date(2015, 4, 30)


def test_a_span_to_no_date_leaves_the_crossing_undated_and_one_told_is_not_told_again() -> None:
    x = run("한바다 씨는 탈북 후 17년 만에 딸을 만났다.")
    [crossing] = of_type(x, "border_crossing")
    assert roles(x, crossing) == {("subject", "한바다")} and crossing.time is None
    x = run("한바다 씨는 2010년 탈북했다. 탈북 10년 만에 그는 한국에 입국했다.")
    assert len(of_type(x, "border_crossing")) == 1


def test_a_word_for_people_a_passive_relative_clause_describes_is_its_undergoer_not_a_person_after_it() -> None:
    x = run("2019년 체포된 남성은 한바다 씨의 아들이었다.")  # the man was arrested, not 한바다
    [arrest] = of_type(x, "arrest")
    assert ("victim", "한바다") not in roles(x, arrest)
    x = run("2019년 체포된 남성 한바다 씨는 석방됐다.")  # the word and the name of one person
    assert ("victim", "한바다") in roles(x, of_type(x, "arrest")[0])

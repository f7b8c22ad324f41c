"""Korean defector stories reach the facts their English telling gives (docs/extraction.md, "Korean"): a sum with
its conversion in brackets is still paid or asked; a sentence to a term implies the detention for that term; an
attempt said to fail (탈북하려다 실패했다, 탈북에 실패했다) is a failed crossing.
Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "ko", date(2023, 5, 1)))


def only(x: Extraction, kind: str) -> Event:
    [event] = [e for e in x.events if e.type == kind]
    return event


def test_a_sum_with_its_conversion_in_brackets_is_paid_at_the_first_sum() -> None:
    payment = only(run("한바다 씨는 브로커에게 1만 위안(약 180만 원)을 줬다."), "payment")
    assert payment.modality == "asserted"
    assert payment.amount is not None and (payment.amount.value, payment.amount.currency) == (10000, "CNY")
    payment = only(run("윤다솜 씨는 안내인한테 300만 원(미화 2300달러)을 건넸다."), "payment")
    assert payment.amount is not None and (payment.amount.value, payment.amount.currency) == (3000000, "KRW")


def test_a_price_asked_with_its_conversion_in_brackets_is_demanded() -> None:
    payment = only(run("브로커는 한바다 씨에게 1만 위안(약 180만 원)을 요구했다."), "payment")
    assert payment.modality == "demanded"
    assert payment.amount is not None and (payment.amount.value, payment.amount.currency) == (10000, "CNY")


def test_a_sentence_to_a_term_implies_the_detention_for_that_term() -> None:
    x = run("한바다 씨는 2017년 강제북송됐다. 그는 노동교화형 2년을 선고받았다.")
    sentencing, detention = only(x, "sentencing"), only(x, "detention")
    assert sentencing.attributes["duration"] == "P2Y"
    assert detention.attributes == {"duration": "P2Y", "from_sentencing": True}
    assert detention.participants == sentencing.participants
    assert detention.time is not None and (detention.time.earliest, detention.time.latest) == (
        date(2017, 1, 1),
        date(2018, 12, 31),
    )
    assert len({e.id for e in x.events}) == len(x.events)


def test_years_and_months_told_together_are_one_term_and_a_time_since_is_none() -> None:
    x = run("윤다솜 씨는 2016년 징역 1년 6개월을 선고받았다.")
    assert only(x, "sentencing").attributes["duration"] == "P18M"
    x = run("윤다솜 씨는 2016년 탈북 2년 만에 체포돼 선고받았다.")
    assert "duration" not in only(x, "sentencing").attributes
    assert not [e for e in x.events if e.type == "detention"]


def test_an_attempt_the_sentence_says_failed_is_a_failed_crossing() -> None:
    for text in (
        "한바다 씨는 2016년 탈북하려다 실패했다.",
        "한바다 씨는 2016년 두만강을 건너려다 실패했다.",
        "한바다 씨는 2016년 탈북을 시도했으나 좌절됐다.",
        "한바다 씨는 2016년 탈북에 실패했다.",
    ):
        crossing = only(run(text), "border_crossing")
        assert crossing.modality == "failed", text
        assert crossing.time is not None and crossing.time.earliest == date(2016, 1, 1), text


def test_a_crossing_said_to_succeed_is_a_crossing() -> None:
    assert only(run("윤다솜 씨는 2018년 탈북에 성공했다."), "border_crossing").modality == "asserted"
    assert only(run("윤다솜 씨는 2018년 탈북하려고 했다."), "border_crossing").modality == "attempted"


def test_the_same_year_the_next_spring_and_after_so_long_date_the_story_from_the_last_date() -> None:
    for text, first, last in (
        ("한바다 씨는 2015년 탈북했다. 그는 같은 해 5월 체포됐다.", date(2015, 5, 1), date(2015, 5, 31)),
        ("한바다 씨는 2015년 탈북했다. 그는 이듬해 봄 체포됐다.", date(2016, 3, 1), date(2016, 5, 31)),
        ("한바다 씨는 2015년 3월 탈북했다. 그는 석 달 만에 체포됐다.", date(2015, 6, 1), date(2015, 6, 30)),
        ("한바다 씨는 2015년 탈북했다. 그는 탈북 1년 만에 체포됐다.", date(2016, 1, 1), date(2016, 12, 31)),
    ):
        arrest = only(run(text), "arrest")
        assert arrest.time is not None and (arrest.time.earliest, arrest.time.latest) == (first, last), text


def test_an_arrest_asked_of_others_is_demanded_and_one_conceded_is_hypothetical() -> None:
    assert only(run("주민들은 경찰에 한바다 씨를 체포해 달라고 요구했다."), "arrest").modality == "demanded"
    assert only(run("당국이 한바다 씨를 체포해도 달라지는 것은 없다."), "arrest").modality == "hypothetical"
    assert only(run("공안은 2019년 한바다 씨를 체포해 북송했다."), "arrest").modality == "asserted"


def test_a_failure_is_the_attempts_only_right_after_it() -> None:
    crossing = only(run("한바다 씨는 2010년 탈북을 시도했지만 사업 실패로 빚을 졌다."), "border_crossing")
    assert crossing.modality == "attempted"
    crossing = only(run("한바다 씨는 2010년 탈북을 시도했지만 결국 실패했다."), "border_crossing")
    assert crossing.modality == "failed"


def test_events_are_numbered_once_each_in_order() -> None:
    x = run("한바다 씨는 2011년 노동교화형 1년 6개월을 선고받았다. 그는 2012년 석방됐다.")
    assert [e.id for e in x.events] == [f"e{n}" for n in range(1, len(x.events) + 1)]
    assert {e.type for e in x.events} >= {"sentencing", "detention", "release"}


def _time(x: Extraction, kind: str) -> tuple[date, date] | None:
    event = only(x, kind)
    return (event.time.earliest, event.time.latest) if event.time is not None else None


def test_after_so_long_counts_from_the_event_it_names_never_from_the_storys_last_date() -> None:
    # the crossing undated: the entry three years after it is undated too (not May 2019, the arrest's)
    x = run("한바다 씨는 탈북했다. 그는 2019년 5월 중국에서 체포됐다. 그는 탈북 3년 만에 한국에 입국했다.")
    assert _time(x, "resettlement") is None
    # the crossing dated by another verb (두만강을 건넜다): three years after it
    x = run(
        "한바다 씨는 2015년 3월 두만강을 건넜다. 그는 2019년 5월 중국에서 체포됐다. 그는 탈북 3년 만에 한국에 입국했다."
    )
    assert _time(x, "resettlement") == (date(2018, 1, 1), date(2018, 12, 31))
    # counted from the last date it would fall after the report: undated, not the last date
    x = run("한바다 씨는 2015년 3월 탈북했다. 그는 2021년 5월 중국에서 체포됐다. 그는 3년 만에 한국에 입국했다.")
    assert _time(x, "resettlement") is None


def test_a_torture_told_in_the_active_has_its_doer_and_victim() -> None:
    for text in (
        "보위원들이 2019년 한바다 씨를 고문했다.",
        "보위원들은 2019년 한바다 씨를 고문하고 풀어줬다.",
        "2019년 보위원이 한바다 씨를 고문하였다.",
    ):
        x = run(text)
        torture = only(x, "torture")
        roles = {(p.role, x.entity(p.entity).name) for p in torture.participants}
        assert roles == {("victim", "한바다"), ("perpetrator", "보위원")}, text
        assert torture.modality == "asserted" and _time(x, "torture") == (date(2019, 1, 1), date(2019, 12, 31))
    assert not [e for e in run("보위원들은 한바다 씨를 고문하지 않았다고 주장했다.").events if e.type == "torture"]

"""Korean doers next to their passive, accusers no doers, sums with a number, a term's modality and the stops of
a journey told before an earlier arrival. Invented sentences (docs/extraction.md, "Korean")."""

from __future__ import annotations

from datetime import date
from functools import partial

from helpers import extract_en, extract_ko, in_role
from tumen.extract.money import find_money

run = partial(extract_ko, published=date(2024, 5, 1))


doers = partial(in_role, role="perpetrator")


def test_a_dative_another_verb_takes_is_no_doer() -> None:
    assert doers(run("한바다 씨는 정부에 항의하다 체포됐다."), "arrest") == set()
    assert doers(run("한국 정부에 망명을 신청한 한바다 씨는 중국에서 체포됐다."), "arrest") == set()
    assert doers(run("북한 정권에 비판적인 한바다 씨는 평양에서 체포됐다."), "arrest") == set()


def test_a_dative_next_to_its_passive_is_the_doer() -> None:
    assert doers(run("한바다 씨는 중국 공안에 다시 체포됐다."), "arrest") == {"중국"}
    assert doers(run("한바다 씨는 북한 당국에 의해 지난해 평양에서 체포됐다."), "arrest") == {"북한"}


def test_a_country_that_accuses_is_no_doer() -> None:
    assert doers(run("미국은 탈북민들을 강제북송했다고 비판했다."), "forced_repatriation") == set()


def test_the_party_that_announces_its_deed_did_it() -> None:
    assert doers(run("노동당은 반당분자 한바다를 처형했다고 발표했다."), "execution") == {"노동당"}


def test_a_noun_ending_in_a_currency_is_no_sum() -> None:
    for text in ("한바다 씨는 탈북민들에게 응원을 보냈다.", "한바다 씨는 피해자에게 위안을 줬다."):
        assert [e for e in run(text).events if e.type == "payment"] == []


def test_a_thousand_or_ten_thousand_alone_is_a_sum() -> None:
    for text, value in (("천 원을 냈다", 1000.0), ("만 원을 냈다", 10000.0)):
        [found] = find_money(text, "ko", date(2024, 5, 1))
        assert found.money.value == value
    assert find_money("천 원장은 말했다", "ko", date(2024, 5, 1)) == []


def test_a_term_not_received_holds_no_one() -> None:
    for text in ("한바다 씨는 2년형을 받지 않았다.", "한바다 씨는 징역 2년을 선고받지 않았다."):
        [held] = [e for e in run(text).events if e.type == "detention"]
        assert held.modality == "negated"


def test_stops_lead_to_the_first_place_reached() -> None:
    x = run("한바다 씨는 2015년 중국과 라오스를 거쳐 태국에 도착했고, 2016년 한국에 도착했다.")
    assert [e.route for e in x.events if e.type == "resettlement"] == [[]]
    x = run("한바다 씨는 라오스와 태국을 거쳐 2016년 한국에 입국했다.")
    names = {e.id: e.name for e in x.entities}
    assert [[names[p] for p in e.route] for e in x.events if e.type == "resettlement"] == [["라오스", "태국", "한국"]]


def test_an_english_term_not_received_holds_no_one() -> None:
    x = extract_en("Ivo Lesk was not sentenced to two years in prison in 2010.", published=date(2024, 5, 1))
    assert [(e.type, e.modality) for e in x.events] == [("sentencing", "negated"), ("detention", "negated")]

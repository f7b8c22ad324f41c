"""Korean: persons whose name the report withholds — a surname and 모 (김모(35)씨, 박모 양, 최모 군) or a letter
(A씨(42), B양) — are persons of the story who take part in what they do, as "Kim, 35" or "Mr. A, 42" in English
(docs/extraction.md, "Korean"). Invented sentences."""

from __future__ import annotations

import re
from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.korean.vocabulary import anonymised_honorific
from tumen.extract.types import Entity, Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "ko", date(2023, 5, 1)))


def only(x: Extraction, kind: str) -> Event:
    [event] = [e for e in x.events if e.type == kind]
    return event


def takes_part(x: Extraction, event: Event) -> list[Entity]:
    return [x.entity(p.entity) for p in event.participants]


def test_a_surname_and_mo_with_an_age_is_a_person_known_by_the_surname() -> None:
    x = run("탈북민 김모(35)씨는 2019년 3월 두만강을 건너 탈북했다. 그는 이듬해 타르빅에서 붙잡혀 강제북송됐다.")
    [kim] = [e for e in x.entities if e.kind == "person"]
    assert kim.name == "김"
    assert kim.birth is not None and kim.birth.earliest.year == 1987
    for kind in ("border_crossing", "arrest", "forced_repatriation"):
        assert takes_part(x, only(x, kind)) == [kim], kind


def test_yang_and_gun_tell_the_gender_and_later_back_references_are_the_same_person() -> None:
    x = run("박모 양은 2018년 중국으로 팔려갔다. 최모 군은 2019년 체포됐다. 박씨는 2020년 북송됐다.")
    park = next(e for e in x.entities if e.name == "박")
    choi = next(e for e in x.entities if e.name == "최")
    assert (park.gender, choi.gender) == ("female", "male")
    assert takes_part(x, only(x, "trafficking")) == [park]
    assert takes_part(x, only(x, "arrest")) == [choi]
    assert takes_part(x, only(x, "forced_repatriation")) == [park]


def test_a_surname_like_a_kinship_word_before_mo_is_no_relative() -> None:
    x = run("이모(40)씨는 2019년 3월 체포됐다.")
    [lee] = [e for e in x.entities if e.kind == "person"]
    assert lee.name == "이" and lee.anchor is None and lee.descriptor != "aunt"
    assert takes_part(x, only(x, "arrest")) == [lee]


def test_an_anonymised_name_after_a_named_person_of_that_surname_is_still_that_person() -> None:
    x = run("경찰은 탈북민 김하준 씨를 조사했다. 김모씨는 지난 2일 석방됐다.")
    assert [e.name for e in x.entities if e.kind == "person"] == ["김하준"]


def test_a_letter_with_an_age_is_a_person_who_takes_part() -> None:
    x = run("A씨(42)는 2019년 3월 중국에서 체포됐다. A씨는 이듬해 북송됐다.")
    [a] = [e for e in x.entities if e.kind == "person"]
    assert a.birth is not None and a.birth.earliest.year == 1980
    assert takes_part(x, only(x, "arrest")) == [a]
    assert takes_part(x, only(x, "forced_repatriation")) == [a]


def test_a_letter_that_speaks_stays_a_source_and_one_told_of_in_a_quotation_takes_part() -> None:
    x = run('탈북민 B양(16)은 2019년 체포됐다. 현지 주민 A씨는 "B양은 이듬해 북송됐다"고 말했다.')
    [b] = [e for e in x.entities if e.kind == "person" and e.gender == "female"]
    [a] = [e for e in x.entities if e.kind == "person" and e.descriptor == "source"]
    assert b.descriptor == "person"
    assert takes_part(x, only(x, "arrest")) == [b]
    assert a not in takes_part(x, only(x, "forced_repatriation"))


def test_the_mention_spans_the_honorific_unless_an_age_comes_before_it() -> None:
    x = run("탈북민 B씨는 2019년 체포됐다. 박모씨는 2020년 체포됐다. 최모(30)씨는 2021년 체포됐다.")
    spans = sorted(m.text for e in x.entities if e.kind == "person" for m in e.mentions)
    assert spans == ["박모씨", "최모", "탈북민 B씨"]


def test_a_relative_after_a_letter_person_is_theirs_not_a_person_of_the_story() -> None:
    x = run("A씨는 2019년 탈북했다. 그의 아들은 이듬해 북송됐다.")
    [son] = [e for e in x.entities if e.descriptor == "son"]
    [a] = [e for e in x.entities if e.kind == "person" and e.descriptor == "person"]
    assert son.anchor == ("child_of", a.id)
    assert takes_part(x, only(x, "forced_repatriation")) == [son]


def test_gun_before_a_noun_of_an_army_is_no_boy_nor_that_noun_a_name() -> None:
    assert re.match("A" + anonymised_honorific(), "A군 부대 소속 병사") is None  # army A's unit
    assert re.match("A" + anonymised_honorific(), "A군은 체포됐다") is not None
    for text in ("2019년 A군 부대 병사가 탈북했다.", "한바다 씨는 2019년 A군 부대 병사에게 체포됐다."):
        names = [e.name for e in run(text).entities if e.kind == "person"]
        assert names in ([], ["한바다"]), text

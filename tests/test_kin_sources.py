"""Persons a report quotes without a name (anonymous sources), in English and Korean: each is a person
of the story and the witness of what they say, never a participant of what they tell. Every sentence
here is invented."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Entity, Extraction

DAY = date(2021, 6, 14)


def run(text: str, language: str = "en") -> Extraction:
    return extract(Source(text, 1, language, DAY, None, None))


def sources(extraction: Extraction) -> list[Entity]:
    return [e for e in extraction.entities if e.kind == "person" and (e.descriptor or "").endswith("source")]


def test_an_indefinite_resident_who_speaks_is_a_source_and_the_source_is_them_again() -> None:
    text = (
        "“The guards took the whole family at night,” a resident of Musan, who asked not to be named, "
        "told the radio. “Nobody has seen them since,” the source said."
    )
    found = sources(run(text))
    assert len(found) == 1 and found[0].name is None
    assert [m.text for m in found[0].mentions] == ["a resident of Musan", "the source"]


def test_another_resident_is_a_second_source() -> None:
    text = (
        "A resident of Musan said the family was caught near the river. "
        "Another resident of Onsong confirmed the arrests. The second source said the house was sealed."
    )
    found = sorted(sources(run(text)), key=lambda e: e.mentions[0].start)
    assert [e.descriptor for e in found] == ["source", "second source"]
    assert [m.text for m in found[1].mentions] == ["Another resident of Onsong", "The second source"]


def test_plural_and_silent_sources_are_no_persons() -> None:
    assert sources(run("Sources told the radio that the market was closed in May.")) == []
    assert sources(run("Ms Yun heard about the arrests from a resident of Musan.")) == []


def test_the_place_a_resident_is_of_is_no_person() -> None:
    extraction = run("Another resident of Yongchon confirmed that word of mouth had spread around the area.")
    assert not [e for e in extraction.entities if e.kind == "person" and e.name == "Yongchon"]


def test_a_korean_source_is_one_person_and_no_participant() -> None:
    text = (
        '함경북도의 한 주민소식통은 12일 "이달 초 일가족 네 명이 국경을 넘다가 체포됐다"고 전했습니다. '
        '소식통은 "이들은 모두 보위부에 끌려갔다"고 말했습니다.'
    )
    extraction = run(text, "ko")
    found = sources(extraction)
    assert len(found) == 1
    assert [m.text for m in found[0].mentions] == ["주민소식통", "소식통"]
    assert not [e for e in extraction.events if any(p.entity == found[0].id for p in e.participants)]


def test_a_korean_anonymised_letter_is_a_person_with_its_description() -> None:
    extraction = run('현지 주민 B씨는 "국경 경비가 요즘 매우 삼엄하다"고 말했다.', "ko")
    found = sources(extraction)
    assert [m.text for m in found[0].mentions] == ["현지 주민 B씨"]
    assert run("현지소식통들은 국경이 닫혔다고 밝혔습니다.", "ko").of_kind("person") == []

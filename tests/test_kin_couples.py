"""Who the kinship words of a couple's story are, and a Korean relative whose owner goes unsaid. Every
sentence here is invented."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Entity, Extraction

DAY = date(2022, 8, 14)


def run(text: str, language: str) -> Extraction:
    return extract(Source(text, 1, language, DAY, None, None))


def unnamed(extraction: Extraction, descriptor: str) -> list[Entity]:
    return [e for e in extraction.entities if e.kind == "person" and e.name is None and e.descriptor == descriptor]


def one(extraction: Extraction, descriptor: str) -> Entity:
    found = unnamed(extraction, descriptor)
    assert len(found) == 1, [(e.id, e.descriptor, [m.text for m in e.mentions]) for e in extraction.entities]
    return found[0]


def said(entity: Entity) -> set[str]:
    return {m.text for m in entity.mentions}


def related(extraction: Extraction, kind: str, a: Entity, b: Entity) -> bool:
    return any(r.type == kind and {r.subject, r.object} == {a.id, b.id} for r in extraction.relations)


def test_a_korean_statement_of_relation_says_who_the_aunt_and_the_nephew_are() -> None:
    text = (
        '함경북도의 한 주민소식통은 "40대 부부와 미성년 학생은 이모와 조카 사이로 함께 두만강을 건너려다 '
        '체포됐다"고 전했습니다.'
    )
    extraction = run(text, "ko")
    wife, student = one(extraction, "wife"), one(extraction, "nephew or niece")
    assert "이모" in said(wife) and "조카" in said(student) and "미성년 학생" in said(student)
    assert unnamed(extraction, "aunt") == [] and unnamed(extraction, "minor") == []
    assert related(extraction, "relative_of", wife, student)


def test_the_korean_sibling_of_the_couples_sibling_is_the_wife() -> None:
    text = (
        "40대 부부가 조카를 데리고 국경을 넘다 체포됐다. "
        "먼저 남한에 정착한 남동생이 누나에게 아들을 데려와 달라고 부탁한 것으로 알려졌다."
    )
    extraction = run(text, "ko")
    wife, brother = one(extraction, "wife"), one(extraction, "brother")
    assert "누나" in said(wife)
    assert unnamed(extraction, "sister") == []
    assert related(extraction, "sibling_of", wife, brother)


def test_the_english_sibling_of_the_nephews_father_is_the_wife() -> None:
    text = (
        "A married couple in their 40s was arrested near the river with their 12-year-old nephew. "
        "The boy's father, who had reached the South a year earlier, had asked his sister to bring his son to him."
    )
    extraction = run(text, "en")
    wife = one(extraction, "wife")
    assert "his sister" in said(wife)
    brother = one(extraction, "brother")
    assert brother.anchor == ("sibling_of", wife.id)
    assert "The boy's father" in said(brother)
    nephew = one(extraction, "nephew")
    assert related(extraction, "parent_of", brother, nephew)


def test_a_korean_relative_without_an_owner_belongs_to_the_sentences_subject() -> None:
    text = "탈북민 한바다 씨는 교사였던 어머니를 따라 평양으로 이사했다고 말했다."
    extraction = run(text, "ko")
    han = next(e for e in extraction.entities if e.name == "한바다")
    mother = one(extraction, "mother")
    assert mother.anchor == ("parent_of", han.id)
    assert mother.gender == "female"


def test_a_quoted_relative_is_not_the_subjects() -> None:
    text = '한바다 씨는 "어머니를 따라 평양으로 갔다"는 이웃의 말을 전했다.'
    assert unnamed(run(text, "ko"), "mother") == []

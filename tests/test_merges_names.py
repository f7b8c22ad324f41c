"""Names that reports write in their own ways: a family name in capitals ("PAK Un-hui") is a name and
completes the document's "Pak"; a Korean reporter named only as 기자 is no person of the story.
Every sentence here is invented."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.korean import extract_korean
from tumen.extract.types import Extraction

DAY = date(2021, 9, 14)


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", DAY, None, None))


def persons(extraction: Extraction) -> list[str]:
    return sorted(e.name or "" for e in extraction.entities if e.kind == "person" and e.name)


def test_a_family_name_in_capitals_is_a_name_and_completes_the_later_surname() -> None:
    text = "PAK Un-hui was once a teacher in Wonsan. Later Pak was arrested twice at the border."
    extraction = run(text)
    assert persons(extraction) == ["Pak Un-hui"]
    person = next(e for e in extraction.entities if e.name == "Pak Un-hui")
    assert {m.text for m in person.mentions} >= {"PAK Un-hui", "Pak"}  # the quote stays as written


def test_capitals_that_are_no_korean_name_stay_words() -> None:
    text = "NEWS Brief-ly: LEE Says nothing. Lee Sun-ok fled in 2009."
    extraction = run(text)
    assert persons(extraction) == ["Lee Sun-ok"]


def test_a_korean_reporter_named_only_as_reporter_is_no_person_of_the_story() -> None:
    text = (
        "[한빛일보] 김하늘 기자 = 60대 부부가 장마당에서 단속됐다고 주민이 전했다.\n"
        '주민은 "부부는 손자를 데리고 장을 보던 중이었다"고 말했다.'
    )
    extraction = extract_korean(text, 1, DAY)
    names = [e.name for e in extraction.entities if e.kind == "person"]
    assert "김하늘" not in names
    assert any(e.descriptor == "husband" for e in extraction.entities)  # the story's persons stay

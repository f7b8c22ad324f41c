"""Long documents: parsed a section at a time with the whole text's offsets, so no text is too long for the parser
and extraction cost grows linearly (issue 11; figures in benchmarks/long_documents.py and docs/reliability.md)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from tumen.extract import nlp
from tumen.extract.document import Source, extract_many

STORY = (
    "Kang Mi-rae, 48, was arrested by the Ministry of State Security in Hyesan in March 2019.\n"
    'She told Free Voice Radio that guards beat her. "I was held for three months," she said.\n\n'
    "Her son Ri Chol-jin paid a broker 3,000 dollars in 2021 to cross the Tumen River.\n\n"
)


@pytest.fixture
def short_parser() -> Iterator[None]:
    """The real pipeline with a small length limit, so a modest text is 'too long' for one parse."""
    pipeline = nlp.english()
    before, section = pipeline.max_length, nlp.SECTION_CHARS
    pipeline.max_length, nlp.SECTION_CHARS = 4000, 3000
    yield
    pipeline.max_length, nlp.SECTION_CHARS = before, section


def test_sections_join_back_into_the_text() -> None:
    text = STORY * 40
    parts = nlp.sections(text, 1000)
    assert "".join(parts) == text
    assert all(len(p) <= 1000 for p in parts)
    assert all(p.endswith("\n\n") for p in parts[:-1])  # cut at paragraph breaks


def test_a_text_longer_than_the_parser_takes_is_extracted_with_its_offsets(short_parser: None) -> None:
    text = STORY * 12  # about 3× the parser's limit
    [extraction] = extract_many([Source(text, 1, "en", date(2024, 1, 1))])
    kang = next(e for e in extraction.entities if e.name == "Kang Mi-rae")
    assert len(kang.mentions) == 12
    assert all(text[m.start : m.end] == m.text for e in extraction.entities for m in e.mentions)
    assert all(text[x.start : x.end].strip() == x.quote for ev in extraction.events for x in ev.evidence)
    arrests = [e for e in extraction.events if e.type == "arrest"]
    assert len(arrests) == 12 and all(e.time is not None for e in arrests)

"""A term received is a sentence in Korean press: "노동교화 3년형을 받았다", "노동단련대 6개월 처벌을 받았다".
Invented sentences (docs/extraction.md, "Korean")."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract


def test_a_term_received_is_a_sentencing_with_its_duration() -> None:
    x = extract(Source("정은비 씨는 2019년 노동교화 3년형을 받았다.", 1, "ko", date(2024, 5, 1)))
    [event] = [e for e in x.events if e.type == "sentencing"]
    assert event.attributes["duration"] == "P3Y"
    assert [x.entity(p.entity).name for p in event.participants] == ["정은비"]


def test_months_of_punishment_received_are_a_sentencing() -> None:
    x = extract(Source("정은비 씨는 노동단련대 6개월 처벌을 받았다.", 1, "ko", date(2024, 5, 1)))
    [event] = [e for e in x.events if e.type == "sentencing"]
    assert event.attributes["duration"] == "P6M"

"""A group noun counted in words gets the same count, and the same qualifier, as one counted in figures
(tumen.extract.event_syntax.count_of, reading the words with tumen.extract.spelled_numbers). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


@pytest.mark.parametrize(
    ("text", "count", "qualifier"),
    [
        ("Twelve Eritrean students were abducted in Tarvik in May.", 12, None),
        ("As many as forty Eritrean workers were arrested in Tarvik in May.", 40, "up to"),
        ("More than three hundred and seventeen Eritrean miners were detained in Tarvik in May.", 317, "more than"),
        ("As many as 40 Eritrean workers were arrested in Tarvik in May.", 40, "up to"),
    ],
)
def test_a_group_counted_in_words_is_counted_as_in_figures(text: str, count: int, qualifier: str | None) -> None:
    extraction = extract(Source(text, 1, "en", date(2024, 6, 1)))
    [event] = [e for e in extraction.events if e.type in ("abduction", "arrest", "detention")]
    assert event.attributes.get("count") == count, text
    assert event.attributes.get("count_qualifier") == qualifier, text

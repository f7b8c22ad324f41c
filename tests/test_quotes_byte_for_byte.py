"""Every quote and span text tumen extracts is the stored text at its offsets, byte for byte, even where the parser
saw something else: an address blanked for the parser (tumen.extract.addresses) or a line break joined."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract

TEXT = (
    "At least 40 activists have been arrested in Tarvik since January, according to "
    "https://rights.example/report-2024.html, the Tarvik Rights Centre said.\n"
    "Soldiers detained the journalist Ana Berg on 5 March 2024 (see www.tarvik.example/berg), and her\n"
    "family paid 300 dollars to a guard on 9 March 2024, her lawyer wrote to help@rights.example."
)


def _spans(extraction: object) -> list[tuple[int, int, str, bool]]:
    """(start, end, text, stripped) of every quote and span text of the extraction."""
    found: list[tuple[int, int, str, bool]] = []
    for event in extraction.events:  # type: ignore[attr-defined]
        found.append((event.trigger.start, event.trigger.end, event.trigger.text, False))
        found += [(e.start, e.end, e.quote, True) for e in event.evidence]
        for span in (event.time_span, event.time_evidence, event.amount_span):
            if span is not None:
                found.append((span.start, span.end, span.text, False))
    for aggregate in extraction.aggregates:  # type: ignore[attr-defined]
        e = aggregate.evidence
        found.append((e.start, e.end, e.quote, True))
    for relation in extraction.relations:  # type: ignore[attr-defined]
        e = relation.evidence
        found.append((e.start, e.end, e.quote, True))
    for entity in extraction.entities:  # type: ignore[attr-defined]
        found += [(m.start, m.end, m.text, False) for m in entity.mentions]
    return found


def test_every_quote_and_span_is_the_stored_text_at_its_offsets() -> None:
    extraction = extract(Source(TEXT, 1, "en", date(2024, 4, 1)))
    spans = _spans(extraction)
    assert extraction.aggregates, "the running tally is kept as an aggregate"
    assert any(e.time_span is not None for e in extraction.events), "a dated event carries its time span"
    for start, end, text, stripped in spans:
        expected = TEXT[start:end].strip() if stripped else TEXT[start:end]
        assert text == expected, (start, end, text)


def test_a_quote_over_an_address_keeps_the_address_as_written() -> None:
    extraction = extract(Source(TEXT, 1, "en", date(2024, 4, 1)))
    quotes = [a.evidence.quote for a in extraction.aggregates]
    assert any("https://rights.example/report-2024.html" in q for q in quotes), quotes

"""A verb of harm in the simple present with no one it befalls tells a disposition, not an occasion
(``modality._disposition``; docs/extraction.md, "Specific and generic statements"). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def told(text: str) -> list[tuple[str, str]]:
    x = extract(Source(text, 1, "en", date(2024, 3, 1)))
    return [(e.type, e.modality) for e in x.events if e.modality == "asserted"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The film's vampires are cheerful. They kill casually and without remorse.",
        "In the novel's world the Vanuzi guards kill for sport.",
    ],
)
def test_a_harm_with_no_one_it_befalls_in_the_present_is_no_occasion(sentence: str) -> None:
    assert [t for t in told(sentence) if t[0] == "killing"] == []


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Gunmen kill two farmers in Tarvik.", "killing"),
        ("Police beat and arrest the reporter Ana Cruz in Tarvik.", "arrest"),
        ("They killed casually and without remorse in Tarvik in May 2019.", "killing"),
    ],
)
def test_a_harm_that_befalls_someone_or_is_past_stays_told(sentence: str, event_type: str) -> None:
    assert (event_type, "asserted") in told(sentence)

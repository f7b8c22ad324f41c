"""A verb with a predicative adjective makes a phrase ("was set free": a release), and a freedom to act is no act
("would be free to leave the country": hypothetical) (docs/extraction.md), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def _events(text: str) -> list[tuple[str, str]]:
    x = extract(Source(text, 1, "en", date(2020, 6, 1)))
    return [(e.type, e.modality) for e in x.events]


@pytest.mark.parametrize("text", ["Ana Ruiz was set free in May.", "Police set Ana Ruiz free in May."])
def test_set_free_is_a_release(text: str) -> None:
    assert _events(text) == [("release", "asserted")]


@pytest.mark.parametrize(
    "text",
    ["Ana Ruiz fled to Holm. She is free to leave the country.", "Ana Ruiz is now free to cross the border."],
)
def test_a_freedom_to_leave_is_no_departure(text: str) -> None:
    found = [m for t, m in _events(text) if t == "border_crossing" and m == "asserted"]
    assert len(found) == (1 if "fled" in text else 0)


def test_a_freedom_governs_its_own_infinitive_only() -> None:
    text = "Now living in Holm, Ana Ruiz is free to describe how she was tortured in Camp 15 in 2010."
    assert _events(text) == [("torture", "asserted")]

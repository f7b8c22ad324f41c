"""A verb whose sense needs a person as its object takes someone only described too (docs/extraction.md,
"Violations: senses, the described victim"), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def kinds(text: str) -> list[str]:
    x = extract(Source(text, 1, "en", date(2017, 12, 22)))
    return sorted(e.type for e in x.events)


@pytest.mark.parametrize(
    "text", ["A young soldier was shot near the border on Thursday.", "Guards shot a soldier near the border."]
)
def test_a_described_person_shot_is_a_shooting(text: str) -> None:
    assert kinds(text) == ["shooting"]


def test_a_thing_shot_is_no_shooting() -> None:
    assert kinds("The reporter shot a video near the border on Thursday.") == []


def test_a_relative_of_someone_unknown_is_no_described_person() -> None:
    # "her daughter" with no "her" known: not someone only described ("taken away" stays no arrest)
    assert kinds("A singer recalled seeing her daughter being taken away by smugglers near the border.") == []

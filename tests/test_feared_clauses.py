"""What a clause of worry tells is feared, not told (docs/extraction.md, "Modality": hypothetical), on invented
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def moods(text: str) -> dict[str, str]:
    x = extract(Source(f"Ana Berg fled in 2014. {text}", 1, "en", date(2019, 6, 1)))
    return {e.type: e.modality for e in x.events if e.type != "border_crossing"}


@pytest.mark.parametrize(
    "text",
    [
        "She is worried that her son was sent to a camp.",
        "She is afraid her son was sent to a camp.",
        "She worries that her son was sent to a camp.",
    ],
)
def test_a_clause_of_worry_is_feared(text: str) -> None:
    assert moods(text) == {"detention": "hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "She is worried about the arrest of her son in 2015.",
        "Rights groups are concerned that her son was arrested for his work.",
    ],
)
def test_an_event_noun_after_worry_and_a_concern_are_told(text: str) -> None:
    assert moods(text) == {"arrest": "asserted"}


def test_a_speakers_i_am_afraid_breaks_news() -> None:
    assert moods("I am afraid that your son was killed in the attack, the officer told her.") == {"killing": "asserted"}

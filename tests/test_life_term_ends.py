"""A life term ended by a release or death told after it with no time of its own (tumen.extract.sentence_events):
"was sentenced to life in 2001 … she was released and now lives in Tarvik" ends the detention at a time known only
to lie after the sentence, at most on the report's day. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_en
from tumen.extract.types import Event


def events(text: str) -> list[Event]:
    return extract_en(text, published=date(2024, 3, 1)).events


def span(event: Event) -> tuple[date, date]:
    assert event.time is not None
    return event.time.earliest, event.time.latest


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Ana Berg was sentenced to life in prison in 2001. She was released and now lives in Tarvik.", "release"),
        ("Ana Berg was sentenced to life in prison in 2001. She was later released.", "release"),
        ("Ana Berg was sentenced to life in prison in 2001. She died in prison.", "death"),
    ],
)
def test_an_undated_end_told_after_a_life_sentence_ends_its_detention(text: str, end: str) -> None:
    found = events(text)
    held = next(e for e in found if e.attributes.get("from_sentencing"))
    assert held.attributes.get("ended_by") == end
    assert span(held) == (date(2001, 1, 1), date(2024, 3, 1))  # ended somewhere in it, not held up to the report
    ending = next(e for e in found if e.type == end)
    assert span(ending) == (date(2001, 1, 1), date(2024, 3, 1))  # after the sentence, not in its year nor "now"


def test_a_dated_release_ends_the_life_term_then() -> None:
    found = events("Ana Berg was sentenced to life in prison in 2001. She was released in 2015.")
    held = next(e for e in found if e.attributes.get("from_sentencing"))
    assert held.attributes.get("ended_by") == "release"
    assert span(held) == (date(2001, 1, 1), date(2015, 12, 31))


def test_a_release_told_before_the_sentence_ends_nothing() -> None:
    found = events("Ana Berg was released in 1999. She was sentenced to life in prison in 2001.")
    held = next(e for e in found if e.attributes.get("from_sentencing"))
    assert "ended_by" not in held.attributes
    release = next(e for e in found if e.type == "release")
    assert span(release) == (date(1999, 1, 1), date(1999, 12, 31))


def test_a_present_verb_joined_to_a_release_does_not_date_it() -> None:
    """ "was released and now lives in Tarvik": "now" is when she lives there, not when she was released."""
    found = events("Ana Berg was released in 2015 and now lives in Tarvik.")
    release = next(e for e in found if e.type == "release")
    assert span(release) == (date(2015, 1, 1), date(2015, 12, 31))
    found = events("Ana Berg was arrested and now lives in Tarvik.")
    arrest = next(e for e in found if e.type == "arrest")
    assert arrest.time is None


def test_a_release_with_a_time_of_its_own_keeps_it() -> None:
    """ "sentenced to life, but in December 2005 she was released": the release is dated, not an undated end."""
    found = events("Ana Berg was sentenced to life in prison, but in December 2005 she was released.")
    release = next(e for e in found if e.type == "release")
    assert span(release) == (date(2005, 12, 1), date(2005, 12, 31))

"""What ends a term a sentence imposes (tumen.extract.sentence_events): a release, death, execution or killing of
everyone held told after the sentence — not a release told as earlier ("had been released on bail before the trial")
or temporary ("briefly released to attend his mother's funeral"), nor that of only one of those held. Invented
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_en
from tumen.extract.types import Event


def events(text: str) -> list[Event]:
    return extract_en(text, published=date(2024, 5, 1)).events


def held(found: list[Event]) -> Event:
    return next(e for e in found if e.attributes.get("from_sentencing"))


def span(event: Event) -> tuple[date, date]:
    assert event.time is not None
    return event.time.earliest, event.time.latest


@pytest.mark.parametrize(
    "text",
    [
        "Karl Vos was sentenced to life in 2001. He had been released on bail before the trial.",
        "Karl Vos was sentenced to life in 2001. He was briefly released to attend his mother's funeral.",
        "Karl Vos was sentenced to life in 2001. He was released before his trial.",
    ],
)
def test_an_earlier_or_temporary_release_ends_no_term(text: str) -> None:
    found = events(text)
    assert "ended_by" not in held(found).attributes
    assert span(held(found)) == (date(2001, 1, 1), date(2024, 5, 1))
    release = next(e for e in found if e.type == "release")
    assert span(release) == (date(2001, 1, 1), date(2001, 12, 31))  # not re-dated to after the sentence


def test_the_release_of_one_of_two_held_ends_not_their_shared_term() -> None:
    found = events("Karl Vos and Ivo Vos were sentenced to life in 2001. Ivo Vos was later released.")
    assert "ended_by" not in held(found).attributes
    found = events("Karl Vos and Ivo Vos were sentenced to life in 2001. They were later released.")
    assert held(found).attributes.get("ended_by") == "release"


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Karl Vos was sentenced to life in 2001. He was executed in prison.", "execution"),
        ("Karl Vos was sentenced to life in 2001. He was killed by guards.", "killing"),
    ],
)
def test_an_execution_or_killing_ends_the_term(text: str, end: str) -> None:
    found = events(text)
    assert held(found).attributes.get("ended_by") == end
    assert span(next(e for e in found if e.type == end)) == (date(2001, 1, 1), date(2024, 5, 1))


def test_a_release_on_parole_ends_the_term() -> None:
    found = events("Karl Vos was sentenced to life in 2001. He was released on parole in 2015.")
    assert held(found).attributes.get("ended_by") == "release"
    assert span(held(found)) == (date(2001, 1, 1), date(2015, 12, 31))

"""spaCy makes a new Token object each time one is read (``token.head``, ``doc[i]``), so two of them are the same word
when their ``.i`` are equal, never by ``is``; climbs up the parse that asked ``head.head is head`` never saw the root.
Each test is a sentence written for it where the identity comparison gave a wrong answer."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from types import FrameType, SimpleNamespace

from tumen.extract import accused
from tumen.extract.crime_phrases import words
from tumen.extract.document import Source, extract
from tumen.extract.nlp import english


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fails the block instead of letting it loop for ever."""

    def expired(_signum: int, _frame: FrameType | None) -> None:
        raise TimeoutError("still climbing the parse")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_the_climb_to_an_accusing_verb_stops_at_a_root_that_is_no_verb() -> None:
    text = "Charges of kidnapping against two guards."
    doc = english()(text)
    start = text.index("kidnapping")
    event = SimpleNamespace(trigger=SimpleNamespace(start=start, end=start + len("kidnapping")))
    with deadline(10):
        assert not accused._by_accusation(doc, event, words())  # type: ignore[arg-type]


def test_back_to_a_country_is_not_the_place_of_the_relative_clause_it_was_hung_on() -> None:
    x = extract(
        Source(
            "Vietnam has sent twelve North Koreans who crossed the border last year back to China.",
            1,
            "en",
            date(2019, 3, 14),
        )
    )
    crossed = [e for e in x.events if e.trigger.text == "crossed"]
    assert crossed
    assert all(x.entity(e.place).name != "China" for e in crossed if e.place)

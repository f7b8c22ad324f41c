"""A deadline set for what is asked (docs/extraction.md, "Who says what").

*A broker phoned her on Friday and said: 'Pay me 500 dollars by Monday.'*, *'By Monday, pay 500 dollars,' they
said*: the payment is asked for some time from the saying up to that Monday — not on the Monday. An event that is
not told as done (any modality but asserted) with a date after a deadline preposition of its own clause (``by``:
``story.demand_deadlines`` of data/time_words.yaml) is dated from the moment it was asked (the time the story gives
the saying) to the last day of that date, basis ``stated``; also when the parse reads the "by" as a passive's agent
("500 dollars must be paid by Monday"), and when the date is inside its object ("by the end of the year"). The date
is set aside while the story dates the saying; an event whose saying the story leaves undated stays undated (its
deadline is no day it happened on).
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from tumen.extract.story_basis import STATED
from tumen.extract.types import Event, Span, TimeMention
from tumen.model import Interval


@cache
def _prepositions() -> frozenset[str]:
    from tumen.extract.vocab import load

    return frozenset(str(w).lower() for w in load("time_words.yaml")["story"]["demand_deadlines"])


Held = tuple[Event, TimeMention, bool]  # an event, the date that ends it, whether that date was its time


def held(events: list[Event], tokens_of: dict[int, Any], times: list[TimeMention]) -> list[Held]:
    """The events asked for by a deadline, their time set aside for the story to date them by their saying."""
    found = []
    for event in events:
        token = tokens_of.get(id(event))
        if token is None or event.modality == "asserted":
            continue
        objects = [  # "by Monday"; "by the end of the year"; "must be paid by Monday", parsed as an agent
            w.idx
            for prep in token.children
            if prep.dep_ in ("prep", "agent") and prep.lower_ in _prepositions()
            for o in prep.children
            if o.dep_ == "pobj"
            for w in o.subtree
        ]
        ending = (t for t in times if t.interval is not None and any(t.start <= i < t.end for i in objects))
        deadline = next(ending, None)
        if deadline is None:
            continue
        span = event.time_span
        dated = span is not None and (span.start, span.end) == (deadline.start, deadline.end)
        found.append((event, deadline, dated))
        if dated:  # not on that day
            event.time, event.time_span, event.time_basis, event.time_evidence = None, None, None, None
    return found


def close(found: list[Held], anchor: date | None) -> None:
    """Each event :func:`held` from the moment the story gives its saying (else the publication) to the end of its
    deadline."""
    for event, deadline, dated in found:
        end = deadline.interval
        if end is None:
            continue
        start = event.time.earliest if event.time is not None else anchor
        span = Span(deadline.start, deadline.end, deadline.text)
        if start is None or start > end.latest:
            if event.time is None and dated:  # a deadline past: its own date, as before
                event.time, event.time_span, event.time_basis, event.time_evidence = end, span, STATED, span
            continue
        event.time = Interval(start, end.latest, "range")
        event.time_span, event.time_basis, event.time_evidence = span, STATED, span

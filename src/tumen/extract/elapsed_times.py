"""Story time, a shift by an elapsed span (docs/extraction.md, "Story time"): "She was arrested in 2003. After two
years in prison, she escaped" — an event whose clause has "after" with a duration as its object ("after two years",
"after three months in a labour camp", "after spending a year in hiding") took place that long after the time the
story gives it (the narrative's reference time, or the date of a clause that governs it: "was arrested in 2003 and
escaped after two years in prison"), not at that time. A time of the event's own phrase is its own and stays ("after
two years in prison, she escaped in 2005"); "two years after her arrest" is :mod:`tumen.extract.time_shift`'s."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from tumen.extract.event_syntax import span_in_subtree
from tumen.extract.pluperfect import pluperfect
from tumen.extract.story_basis import STATED
from tumen.extract.time_shift import moved
from tumen.extract.types import Event, TimeMention
from tumen.extract.vocab import load


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The prepositions opening an elapsed span ("after") and the verbs that spend one ("spending two years in
    prison"), from data/time_words.yaml ``story``."""
    story = load("time_words.yaml")["story"]
    return frozenset(story["elapsed_after"]), frozenset(story["elapsed_verbs"])


def elapsed(trigger: Any, durations: Sequence[TimeMention]) -> TimeMention | None:
    """The duration that "after" puts before the trigger's event in its own clause, if any."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    openers, spending = _words()
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in openers):
        for obj in prep.children:
            if obj.dep_ == "pcomp" and obj.lemma_.lower() in spending:  # "after spending a year in hiding"
                objects = [c for c in obj.children if c.dep_ in ("dobj", "npadvmod")]
            elif obj.dep_ == "pobj":
                objects = [obj]
            else:
                continue
            for word in objects:
                found = next((d for d in durations if d.start <= word.idx < d.end), None)
                if found is not None:
                    return found
    return None


def shift_elapsed(events: Sequence[Event], tokens_of: dict[int, Any], durations: Sequence[TimeMention]) -> None:
    """Move each event the story dated by the span "after" gives it, unless its time is its own phrase's."""
    for event in events:
        token = tokens_of.get(id(event))
        if token is None or event.time is None or event.time.precision == "ongoing":
            continue
        duration = elapsed(token, durations)
        if duration is None or pluperfect(token):
            continue  # "had been arrested after two years in hiding": before the time told, not after it
        evidence = event.time_evidence
        if event.time_basis == STATED and evidence is not None and span_in_subtree(evidence.start, evidence.end, token):
            continue  # "after two years in prison, she escaped in 2005": the escape's own date
        reference = TimeMention(0, 0, "", "DATE", "", event.time)
        event.time = moved(reference, duration, 1).interval

"""How an event got its time (``time_basis``) and the two moves of story time on it: whether the story may still date
an event, and giving it a time the story tells (:mod:`tumen.extract.story_time`, :mod:`tumen.extract.chained_times`)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from tumen.extract.types import Event, Span, TimeMention
from tumen.extract.vocab import load
from tumen.model import Interval

STATED, INHERITED, PUBLICATION = "stated", "inherited", "publication"
ALLEGED = "alleged"  # the modality of a crime told only by a charge (attribute `charged`), or in a claim's clause


def undated(event: Event) -> bool:
    """An event with no time that its story may date: not a crime told only by a charge ("arrested in May for
    killing his neighbour": the killing was before, when the charge does not say). A claim's event is the story's
    as any other ("In May 2006 the girl went missing. Her father alleged that a neighbour had kidnapped her": May
    2006)."""
    return event.time is None and not (event.modality == ALLEGED and event.attributes.get("charged"))


def inherit(event: Event, interval: Interval, span: Span | None, basis: str = INHERITED) -> None:
    event.time, event.time_basis, event.time_evidence = interval, basis, span
    event.time_span = None


@cache
def _cut_offs() -> re.Pattern[str]:
    words = load("time_words.yaml")["story"]["cut_offs"]
    return re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in words) + r")\s+$", re.IGNORECASE)


@cache
def _opening_cut_offs() -> re.Pattern[str]:
    words = load("time_words.yaml")["story"]["opening_cut_offs"]
    # at the start of a sentence, or of a quotation ("'By Monday, ten people had been arrested,' she said")
    return re.compile(r"(?:\A|[.!?\n][\"”’)]?\s*|[\"“‘'])(?:" + "|".join(re.escape(str(w)) for w in words) + r")\s+\Z")


def cut_off(text: str, time: TimeMention) -> bool:
    """ "As of September 6, 3,800 people had been arrested", "By 27 February, eight protesters had been killed": the
    date ends a count; it dates no event, nor the story after it — inside a quotation too ("'By Monday, ten people
    had been arrested,' she said")."""
    if _cut_offs().search(text[max(0, time.start - 12) : time.start]):
        return True
    reach = _opening_reach()
    before = text[time.start - reach : time.start] if time.start > reach else "\n" + text[: time.start]
    return bool(_opening_cut_offs().search(before))


@cache
def _opening_reach() -> int:
    """How far before a time its opening cut-off word may start: the longest, after a sentence's end and a closing
    mark, or an opening mark, and spaces."""
    return max(len(str(w)) for w in load("time_words.yaml")["story"]["opening_cut_offs"]) + 6


def next_date(following: list[Any], dates: dict[int, list[TimeMention]], anchor: date | None, start: Interval) -> date:
    """The end of a time that runs from ``start`` on ("later", "after her release"): the next date the story gives in
    the ``following`` sentences (``dates`` by sentence start) not before it ends, else the publication."""
    for sent in following:
        for time in sorted(dates.get(sent.start, []), key=lambda t: t.start):
            if time.interval is not None and time.interval.latest >= start.latest:
                return time.interval.latest
    if anchor is not None and anchor >= start.latest:
        return anchor
    return start.latest

"""The time a time mention tells, as the extraction reports it (``Extraction.times``; docs/extraction.md, "What a
time mention covers").

A time expression keeps its span and its TimeML type and value (what TempEval scores); only its interval says
what the text tells of the time once its words around it are read:

- a time read from a publication known only to its month or year covers its readings over that period: *earlier
  this week* in a report of October 2023 — 25 September to 31 October;
- a date that opens a period lasting on (*since*) covers the period, from the date to the publication: *36 people
  have been detained since May 2018* — May 2018 to the report's day (to the last day of its month or year when
  only that is known);
- a distance before *after* or *before* that moves the time of another clause covers the time it reaches: *the
  raid came about three weeks after the arrests* (the raid on a Friday) — the arrests two to four weeks before it;
- a day followed by another year (*born 4 March 1979 or 1981*) covers both days;
- an age at an event whose person's birth the report gives (*he was sent to a camp aged 7*) is a time too:
  from the age's first possible day to its last (:mod:`tumen.extract.age_dates`).

The events are dated before and by their own rules (:mod:`tumen.extract.story_time`); this only reports.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import Any

from tumen.extract.age_dates import FROM_AGE
from tumen.extract.event_args import ages_at_events
from tumen.extract.event_syntax import perfect, root_of
from tumen.extract.nlp import sentence_at, text_of, token_at
from tumen.extract.time_shift import MARKERS, moved
from tumen.extract.types import Event, TimeMention
from tumen.model import Interval

EITHER_YEAR = re.compile(r"\s*,?\s*(?:or|/)\s*")
YEAR = re.compile(r"\d{4}")
CLAUSE_POS = ("VERB", "AUX")


def told_intervals(doc: Any, times: list[TimeMention], events: list[Event], until: date | None) -> list[TimeMention]:
    """``times`` with the intervals their words tell, and the ages that date events; ``until`` is the last day
    the report may have been published on (:func:`publication_end`)."""
    text = text_of(doc)
    found = [_since(doc, t, until) for t in times]
    found = _alternative_years(text, found)
    by_span = {(t.start, t.end): t for t in found if t.interval is not None}
    found = [_reached(doc, text, t, by_span, events) for t in found]
    return sorted([*found, *_ages(doc, found, events)], key=lambda t: (t.start, t.end))


def publication_end(published: date | None, precision: str | None) -> date | None:
    """The last day of the publication's period: a report known to be of April 2024 may be of 30 April."""
    if published is None or precision not in ("month", "year"):
        return published
    if precision == "year":
        return date(published.year, 12, 31)
    return date(published.year, published.month, monthrange(published.year, published.month)[1])


def over_the_period(times: list[TimeMention], at_the_end: list[TimeMention]) -> list[TimeMention]:
    """A report known only to its month or year: a time read from it ("earlier this week", "on Thursday") covers
    its readings from the period's first day (``times``) to its last (``at_the_end``, the same expressions)."""
    last = {(t.start, t.end): t.interval for t in at_the_end}
    found = []
    for time in times:
        other = last.get((time.start, time.end))
        if time.interval is None or other is None or other == time.interval:
            found.append(time)
            continue
        earliest, latest = min(time.interval.earliest, other.earliest), max(time.interval.latest, other.latest)
        found.append(replace(time, interval=Interval(earliest, latest, "range")))
    return found


def opens_period(root: Any | None) -> bool:
    """Whether a time (its root) is the start of a period lasting on: the object of *since* ("since last
    year", "since the May 3 coup") or in a clause *since* opens told in the past ("since Pyongyang closed its
    border in early 2020") under a verb in the perfect ("have returned 670 since …"); not a clause of cause
    ("since the judge will retire in March", "since the army closed the road in 2019, farmers went hungry"), nor
    a date of a noun in that clause ("has hidden since police named him a witness to the May 3 raid")."""
    if root is None:
        return False
    node, in_a_noun = root, False
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children):
            return bool(node.tag_ == "VBD") and perfect(node.head) and not in_a_noun
        if node.pos_ in CLAUSE_POS:
            return False
        if node.head.lower_ == "since" and node.head.dep_ == "prep" and node.dep_ == "pobj":
            return True
        in_a_noun = in_a_noun or (node.i != root.i and node.pos_ in ("NOUN", "PROPN"))
        node = node.head
    return False


def _since(doc: Any, time: TimeMention, until: date | None) -> TimeMention:
    interval = time.interval
    if interval is None or until is None or time.kind not in ("DATE", "TIME") or interval.earliest > until:
        return time
    if not opens_period(root_of(doc, time.start, time.end)):
        return time
    return replace(time, interval=Interval(interval.earliest, until, "range"))


def _alternative_years(text: str, times: list[TimeMention]) -> list[TimeMention]:
    """ "19 November 1982 or 1980": the day covers the same day of the other year too."""
    found = list(times)
    for index, (time, other) in enumerate(pairwise(times)):
        interval = time.interval
        if interval is None or interval.precision != "day" or not YEAR.fullmatch(other.text.strip()):
            continue
        if not EITHER_YEAR.fullmatch(text[time.end : other.start]):
            continue
        try:
            day = interval.earliest.replace(year=int(other.text.strip()))
        except ValueError:
            continue
        either = Interval(min(day, interval.earliest), max(day, interval.latest), "range")
        found[index] = replace(time, interval=either, ambiguous="alternative year")
    return found


def _reached(
    doc: Any, text: str, duration: TimeMention, by_span: dict[tuple[int, int], TimeMention], events: list[Event]
) -> TimeMention:
    """A distance right before "after"/"before" that moved an event's time from a time of its sentence: the time
    it reaches (:mod:`tumen.extract.time_shift`)."""
    if duration.kind != "DURATION" or duration.interval is not None:
        return duration
    following = text[duration.end : duration.end + 8].split()
    if not following or following[0].lower() not in MARKERS:
        return duration
    token = token_at(doc, duration.start)
    if token is None:
        return duration
    sentence = sentence_at(token, 0)
    for event in events:
        evidence = event.time_evidence
        if event.time is None or event.time_basis != "stated" or evidence is None:
            continue
        base = by_span.get((evidence.start, evidence.end))
        if base is None or not sentence.start_char <= base.start < sentence.end_char:
            continue
        for direction in (-1, 1):
            reached = moved(base, duration, direction).interval
            if reached == event.time and reached != base.interval:
                return replace(duration, interval=reached)
    return duration


def _ages(doc: Any, times: list[TimeMention], events: list[Event]) -> list[TimeMention]:
    """ "sent to a camp aged 7", the person born in the report's words: the time the age was true."""
    text = text_of(doc)
    taken = [(t.start, t.end) for t in times]
    found = []
    for event, start, end, age in ages_at_events(doc, events):
        if event.time_basis != FROM_AGE or event.time is None or any(a < end and start < b for a, b in taken):
            continue  # a span of its own: "at the age of 7 years" holds the duration "7 years" already
        taken.append((start, end))
        found.append(TimeMention(start, end, text[start:end], "DURATION", f"P{age}Y", event.time))
    return found

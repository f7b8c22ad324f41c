"""A yearless date told in a story of an earlier year is of that year (rules in docs/extraction.md, "Story time").

The time engine gives a date without a year ("On 3 May") the year of the publication, or the one before. When the
story it is told in has just given an explicit date with a year — "In 2015 Dara Loman was arrested in Tarvik. On 3
May she was released." (published 2020) — the yearless date follows on from that date: 3 May 2015, the first such
day on or after it (after "in November 2015", "on 3 February" is 3 February 2016), never later than the
publication's reading. Both dates must be governed by a verb told in the past (``past_dates.past_verb_governs``),
the story's directly (through its preposition, not a noun: "the site of clashes in 2016" dates no story), and in a
clause that describes a noun ("a journalist who was abducted on 25 October 2010", "the group, which was founded in
2005") only for the rest of its own sentence;
the story's year holds until a sentence told only in the present, a paragraph break, a date read from the
publication ("on Monday", "last week": a recent thread keeps the publication year), any other date that is not
the story's, or a span of years ("sentenced in 2018 to five years … released in April": the year is not known).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date
from typing import Any

from tumen.extract.nlp import text_of
from tumen.extract.past_dates import past_verb_governs
from tumen.extract.story_time import present_statement
from tumen.extract.time.calendar import day_interval, month_interval
from tumen.extract.time.types import TimeExpression
from tumen.model import Interval

_VALUE = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?")
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)  # no weekday
_YEAR_WORDS = re.compile(r"\d{4}|'\d\d|\b(?:next|coming|this|upcoming|last|past)\b", re.IGNORECASE)
_PRECISE = ("year", "month", "day")
DESCRIBING = ("relcl", "acl")  # clauses that describe a noun ("the group, which was founded in 2005, …")
_YEARS = re.compile(r"P\d+(?:\.\d+)?(?:Y|DE|CE)")  # a span of years ("five years", "two decades")


def story_years(doc: Any, times: list[TimeExpression], anchor: date | None) -> list[TimeExpression]:
    """``times`` with each yearless date of a past clause moved into the year of the story's last explicit date."""
    if anchor is None:
        return times
    text = text_of(doc)  # spaCy joins its tokens anew on every access
    out: list[TimeExpression] = []
    reference: Interval | None = None
    only_in: int | None = None  # the sentence a date of a describing clause is the reference of, alone
    previous_end = 0
    breaks = [s.start_char for s in doc.sents if present_statement(s)]
    for time in sorted(times, key=lambda t: t.start):
        between = text[previous_end : time.start]
        if "\n" in between.strip(" ") or _any_between(breaks, previous_end, time.start):
            reference = None  # a new paragraph, or a sentence in the present: the thread ends
        if only_in is not None and only_in != _sentence(doc, time):
            reference = only_in = None  # "a journalist who was abducted on 25 October 2010": for its sentence
        previous_end = time.end
        moved = _moved(doc, time, reference)
        out.append(moved or time)
        verb = None if moved is not None else _story_verb(doc, time, anchor)
        if moved is not None:
            reference = moved.interval
        elif verb is not None:
            reference = time.interval
            only_in = _sentence(doc, time) if verb.dep_ in DESCRIBING else None
        elif time.chained and reference is not None and time.interval is not None:
            reference = time.interval  # "Two weeks later, …": the story goes on from its own date
        elif time.kind == "DATE" or _YEARS.fullmatch(time.value):
            # "on Monday", "last week": a thread of the publication's days; "sentenced in 2018" (a date the parse
            # does not show told in the past), "sentenced to five years": the story's year is no longer known
            reference = only_in = None
    return out


def _any_between(starts: list[int], begin: int, end: int) -> bool:
    """Whether one of the sorted offsets ``starts`` lies in [begin, end)."""
    at = bisect_left(starts, begin)
    return at < len(starts) and starts[at] < end


def _sentence(doc: Any, time: TimeExpression) -> int:
    token = doc.char_span(time.start, time.end, alignment_mode="expand")
    return int(token.sent.start) if token is not None and len(token) else -1


def _story_verb(doc: Any, time: TimeExpression, anchor: date) -> Any | None:
    """The verb told in the past that a date with its year, not after the publication, dates directly — through
    its preposition, not a noun ("In 2015 she was arrested"; not "the site of clashes in 2016")."""
    interval = time.interval
    if time.kind != "DATE" or time.relative or time.parts or interval is None or interval.precision not in _PRECISE:
        return None
    if interval.earliest > anchor or not past_verb_governs(doc, time):
        return None
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _moved(doc: Any, time: TimeExpression, reference: Interval | None) -> TimeExpression | None:
    interval = time.interval
    found = _VALUE.fullmatch(time.value)
    if (
        reference is None
        or time.kind != "DATE"
        or not time.relative
        or time.parts
        or interval is None
        or found is None
        or interval.precision not in ("month", "day")
        or _YEAR_WORDS.search(time.text)
        or not _MONTH.search(time.text)
        or interval.earliest <= reference.latest
    ):
        return None
    month, day = int(found["month"]), int(found["day"]) if found["day"] else None
    for year in (reference.earliest.year, reference.earliest.year + 1):
        try:
            moved = month_interval(year, month) if day is None else day_interval(date(year, month, day))
        except ValueError:  # 29 February
            return None
        if moved.latest >= reference.earliest:
            break
    if moved.earliest >= interval.earliest or not past_verb_governs(doc, time):
        return None
    value = f"{year:04d}-{month:02d}" if day is None else moved.earliest.isoformat()
    return replace(time, value=value, interval=moved)

"""A yearless date told in a story of an earlier year is of that year (rules in docs/extraction.md, "Story time").

The time engine gives a date without a year ("On 3 May") the year of the publication, or the one before. When the
story it is told in has just given an explicit date with a year — "In 2015 Dara Loman was arrested in Tarvik. On 3
May she was released." (published 2020) — the yearless date follows on from that date: 3 May 2015, the first such
day on or after it (after "in November 2015", "on 3 February" is 3 February 2016), never later than the
publication's reading. Both dates must be governed by a verb told in the past (``past_dates.past_verb_governs``),
the story's not in a clause that describes a noun ("the group, which was founded in 2005, …");
the story's year holds until a sentence told only in the present, a paragraph break or a date read from the
publication ("on Monday", "last week": a recent thread keeps the publication year).
"""

from __future__ import annotations

import re
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


def story_years(doc: Any, times: list[TimeExpression], anchor: date | None) -> list[TimeExpression]:
    """``times`` with each yearless date of a past clause moved into the year of the story's last explicit date."""
    if anchor is None:
        return times
    text = text_of(doc)  # spaCy joins its tokens anew on every access
    out: list[TimeExpression] = []
    reference: Interval | None = None
    previous_end = 0
    breaks = [s.start_char for s in doc.sents if present_statement(s)]
    for time in sorted(times, key=lambda t: t.start):
        between = text[previous_end : time.start]
        if "\n" in between.strip(" ") or any(previous_end <= b < time.start for b in breaks):
            reference = None  # a new paragraph, or a sentence in the present: the thread ends
        previous_end = time.end
        moved = _moved(doc, time, reference)
        out.append(moved or time)
        if moved is not None:
            reference = moved.interval
        elif _explicit(doc, time, anchor):
            reference = time.interval
        elif time.relative:
            reference = None  # "on Monday", "last week": a thread of the publication's days
    return out


def _explicit(doc: Any, time: TimeExpression, anchor: date) -> bool:
    """A date with its year, not after the publication, that a verb told in the past governs ("In 2015 she was
    arrested")."""
    interval = time.interval
    if time.kind != "DATE" or time.relative or time.parts or interval is None or interval.precision not in _PRECISE:
        return False
    return interval.earliest <= anchor and past_verb_governs(doc, time) and not _describing(doc, time)


def _describing(doc: Any, time: TimeExpression) -> bool:
    """A date in a clause that describes a noun ("the group, which was founded in 2005, …"): no time of the story."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None) if span is not None else None
    return verb is None or verb.dep_ in ("relcl", "acl")


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

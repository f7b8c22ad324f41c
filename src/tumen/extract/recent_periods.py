"""A past period up to the report, told as the frame of an event (docs/extraction.md, "Story time").

"Police have arrested nine people in the past week", "Dozens were detained over the last two months", "Three
journalists were abducted in recent days", "Ana Berg was arrested a few days ago": the period runs back from the
report's publication by the amount told, and what the clause tells happened within it. The time expressions are
durations (and "a few days ago" a reference to the past) with no calendar interval; for the events they are a time
like any date: from the publication moved back by the amount (a vague amount by at most ``vague_most`` days of its
unit, data/time_words.yaml ``recent_periods``) to the publication, or, for a vague "ago", to ``vague_ago_least``
days before it. Only a duration right after a preposition of frame ("in", "over", "during", "within") opened by
"the past", "the last", "the previous" or "recent": "for the past week" measures a state that lasts on, and "the
past week" of another preposition frames nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache

from tumen.extract.types import Event, TimeMention
from tumen.extract.vocab import load
from tumen.model import Interval

_DURATION = re.compile(r"P(?P<n>\d+|X)(?P<u>[DWMY])$")
_UNITS = {"D": ("day", 1), "W": ("week", 7), "M": ("month", 30), "Y": ("year", 365)}
_OF = re.compile(r"\s+of\b", re.IGNORECASE)
_AGO = re.compile(r"\b(?:a few|few|several|some|a couple of)?\s*(?P<u>day|week|month|year)s\s+ago$", re.IGNORECASE)


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int], dict[str, int]]:
    data = load("time_words.yaml")["recent_periods"]
    frames = "|".join(re.escape(str(w)) for w in data["frames"])
    openers = "|".join(re.escape(str(w)) for w in data["openers"])
    return (
        re.compile(rf"\b(?:{frames})\s+$", re.IGNORECASE),
        re.compile(rf"(?:{openers})\b", re.IGNORECASE),
        {str(k): int(v) for k, v in data["vague_most"].items()},
        {str(k): int(v) for k, v in data["vague_ago_least"].items()},
    )


def recent_periods(text: str, times: Sequence[TimeMention], anchor: date | None) -> list[TimeMention]:
    """DATE mentions for the events: each past period up to the report that frames a clause (module docstring)."""
    if anchor is None:
        return []
    frame, opener, most, least = _words()
    found: list[TimeMention] = []
    for time in times:
        if time.interval is not None:
            continue
        interval = None
        duration = _DURATION.match(time.value)
        framed = frame.search(text[: time.start][-12:]) and not _OF.match(text, time.end)  # not "the last week of May"
        if time.kind == "DURATION" and duration and opener.match(time.text) and framed:
            unit, days = _UNITS[duration["u"]]
            back = most[unit] if duration["n"] == "X" else int(duration["n"]) * days
            interval = Interval(anchor - timedelta(days=back), anchor, "range")
        elif time.value == "PAST_REF" and (ago := _AGO.search(time.text)):
            unit = ago["u"].lower()
            interval = Interval(anchor - timedelta(days=most[unit]), anchor - timedelta(days=least[unit]), "range")
        if interval is not None:
            found.append(TimeMention(time.start, time.end, time.text, "DATE", time.value, interval))
    return found


def framing(time: TimeMention) -> bool:
    """A mention :func:`recent_periods` made: a past period up to the report, which frames events but tells no
    occasion of them ("killings in recent months" are of a kind, not one occasion)."""
    return time.kind == "DATE" and (time.value == "PAST_REF" or bool(_DURATION.match(time.value)))


def a_fact(event: Event, times: Sequence[TimeMention], described: bool) -> bool:
    """An event with a participant, a time, a place or an amount, or told of someone described; with none, no fact
    ("the risk of detention"). A past period up to the report alone makes none: "gangs have stepped up attacks in
    recent years, raping and pillaging" tells of no rape in particular."""
    span = event.time_span
    framed = span is not None and any(framing(t) and (t.start, t.end) == (span.start, span.end) for t in times)
    return bool(event.participants or (event.time and not framed) or event.place or event.amount or described)

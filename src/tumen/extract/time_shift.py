"""A clause dated by a stated distance from another: *Thursday's defection came about five weeks after a
soldier was shot* — the shooting about five weeks before Thursday; *two years after his arrest in
May 2001, he was released* — the release two years after May 2001 (docs/extraction.md, "Story time").

An event takes the time of a clause that governs it, or of a time phrase inside its own phrase that
belongs to another event; when "after" or "before" with a duration right before it ("five weeks
after", "two years before") stands between the two, the time is moved by that duration: back from
the governing clause's time for the clause after "after" (forward for "before"), and forward from
the time inside the "after" phrase (back for "before"). An approximate duration ("about five weeks",
"some two years") spans one unit either side.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from tumen.extract.nlp import text_of
from tumen.extract.time.calendar import shift
from tumen.extract.types import TimeMention
from tumen.model import Interval

DURATION = re.compile(r"P(\d+)(DE|CE|[YMWD])")
UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "DE": "year", "CE": "year"}
IN_UNITS = {"DE": 10, "CE": 100}  # "two decades after": twenty years
MARKERS = ("after", "before")
APPROXIMATE = ("about", "around", "some", "nearly", "almost", "roughly", "approximately", "more than", "over")


def shifted(trigger: Any, time: TimeMention, durations: list[TimeMention]) -> TimeMention:
    """``time`` moved by a duration before "after"/"before" between the trigger and the time's own word."""
    doc = trigger.doc
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or time.interval is None:
        return time
    time_path = _path(span.root)
    trigger_path = _path(trigger)
    below_trigger = [t for t in time_path if t.i not in {a.i for a in trigger_path}]
    below_time = [t for t in trigger_path if t.i not in {a.i for a in time_path}]
    for path, sign in ((below_time, -1), (below_trigger, 1)):  # the trigger after the time's clause: earlier
        for node in path:
            found = _marked_duration(node, durations)
            if found is None:
                continue
            marker, duration = found
            direction = sign if marker == "after" else -sign
            return moved(time, duration, direction)
    return time


def _path(token: Any) -> list[Any]:
    path = [token]
    while path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _marked_duration(node: Any, durations: list[TimeMention]) -> tuple[str, TimeMention] | None:
    """ "about five weeks after" on a clause or a phrase: the marker and the duration right before it."""
    markers = [c for c in node.children if c.dep_ == "mark" and c.lower_ in MARKERS]
    if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in MARKERS:
        markers.append(node.head)
    text = text_of(node.doc)
    for marker in markers:
        for duration in durations:
            if duration.end <= marker.idx and not text[duration.end : marker.idx].strip():
                return marker.lower_, duration
    return None


def moved(time: TimeMention, duration: TimeMention, direction: int) -> TimeMention:
    """``time`` moved by ``duration`` (back for ``direction`` -1), one unit either side when it is approximate."""
    match = DURATION.fullmatch(duration.value)
    if match is None or time.interval is None:
        return time
    size = IN_UNITS.get(match.group(2), 1)
    count, unit = int(match.group(1)) * size, UNITS[match.group(2)]
    spread = size if duration.text.lower().startswith(APPROXIMATE) else 0
    near, far = count - spread, count + spread
    try:
        ends: list[date] = [shift(time.interval.earliest, direction * n, unit) for n in (near, far)]
        ends += [shift(time.interval.latest, direction * n, unit) for n in (near, far)]
    except (ValueError, OverflowError):
        return time
    precision = "day" if time.interval.precision == "day" and not spread else "range"
    return replace(time, interval=Interval(min(ends), max(ends), precision))

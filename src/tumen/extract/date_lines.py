"""A report's date line is the time of the telling, not a time of the story it tells (docs/extraction.md, "Story
time").

Reports copied from the web carry the date they were published or updated on a line of its own ("10 June 2013
09:10", "UPDATED: 06:55 GMT, 10 June 2013", "Thursday, April 11, 2013, 12:12 AM"). That date says when the report
was written, as a publication date does; the events of its story happened before it, often days before: *Updated:
Monday 10 June 2013. Ana Berg was arrested near her house.* — the arrest is not of 10 June, only of 2013 up to
10 June. Such a line holds nothing but the date, a clock time and the words of ``date_line_words`` in
data/time_words.yaml; a report has one or two (published, updated), a timeline many, each heading its entry.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from tumen.extract.types import TimeMention
from tumen.extract.vocab import load
from tumen.model import Interval


@cache
def date_line_words() -> frozenset[str]:
    return frozenset(str(w) for w in load("time_words.yaml")["story"]["date_line_words"])


def on_date_lines(doc: Any, text: str, times: list[TimeMention]) -> set[int]:
    """The starts of the times that stand on the report's date lines: lines with nothing but times, numbers,
    punctuation and date-line words — one or two of them ("Published …", "Updated …"); a document with more such
    lines is a timeline, whose dates head its entries ("January 1984 / Ana Berg is arrested in Tarvik.")."""
    lines: dict[int, list[int]] = {}
    for time in times:
        start = text.rfind("\n", 0, time.start) + 1
        end = text.find("\n", time.end)
        if _date_line(doc, start, len(text) if end < 0 else end, times):
            lines.setdefault(start, []).append(time.start)
    return {t for starts in lines.values() for t in starts} if len(lines) <= 2 else set()


def _date_line(doc: Any, start: int, end: int, times: list[TimeMention]) -> bool:
    line = doc.char_span(start, end, alignment_mode="expand")
    if line is None:
        return False
    for token in line:
        if any(t.start <= token.idx < t.end for t in times):
            continue
        word = token.lower_
        if token.is_punct or token.is_space or word in date_line_words() or _clock(word):
            continue
        return False
    return True


def _clock(word: str) -> bool:
    """A number or a clock time, also run into its hour's words ("09:10", "9:03am", "06:31gmt")."""
    digits = word.rstrip("abcdefghijklmnopqrstuvwxyz.")
    return bool(digits) and all(ch.isdigit() or ch in ":." for ch in digits)


def up_to_date_line(time: TimeMention) -> TimeMention:
    """What a date line tells of its story's time: the year of the line, up to its day."""
    assert time.interval is not None
    latest = time.interval.latest
    return replace(time, interval=Interval(date(latest.year, 1, 1), latest, "range"))

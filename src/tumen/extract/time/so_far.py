"""A current period told up to now: "so far this year", "this month to date" (words under ``so_far`` in
``tumen/data/time_words.yaml``).

"this year" alone is the whole year; with a word of ``so_far`` right before or after it, the period is the part
already past — from the start of the week, month or year to the publication date (as "earlier this year").
The value stays the period's ("2023"); only the interval narrows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from tumen.model import Interval

from . import calendar as cal
from . import words as w
from .types import TimeExpression

_CURRENT = re.compile(r"this\s+(?P<u>week|month|year)", re.IGNORECASE)
_WORDS = w.alternation(w.EN["so_far"])
_BEFORE = re.compile(rf"(?<![\w-]){_WORDS}\s+$", re.IGNORECASE)
_AFTER = re.compile(rf"\s+{_WORDS}(?![\w-])", re.IGNORECASE)
_AS_TO = re.compile(r"\s+as\s+to\b", re.IGNORECASE)  # "went so far this week as to ban": a degree, no time


def to_anchor(text: str, times: list[TimeExpression], anchor: date | None) -> list[TimeExpression]:
    """``times`` with every "this week/month/year" next to a word of ``so_far`` ending at ``anchor``."""
    if anchor is None:
        return times
    found = []
    for time in times:
        m = _CURRENT.fullmatch(time.text)
        if (
            m
            and not text.startswith(("'s", "’s"), time.end)
            and not _AS_TO.match(text, time.end)
            and (_BEFORE.search(text[max(0, time.start - 12) : time.start]) or _AFTER.match(text, time.end))
        ):
            whole, _ = cal.unit_at(anchor, m["u"].lower())
            time = replace(time, interval=Interval(whole.earliest, anchor, "range"), relative=True)
        found.append(time)
    return found

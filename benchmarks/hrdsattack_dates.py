"""The month of an attack dated only by its year (benchmarks/hrdsattack.py, ``date.month_within_year``).

"Two activists were killed in 2018. The case dates to March 2018, when reporters visited the town": the killing
has only its year, but the text tells a month of that year. The annotators write the month (and the day) the text
gives within the attack's year, not none: the first time mention of the text, in text order, that is precise to a
month or a day, falls within the attack's time (its year, or a range within one year: "late 2018") and is not after
the publication day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

PRECISE = ("day", "month")


def month_within(span: Any, times: Sequence[Any], published: date | None) -> dict[str, str | None] | None:
    """The month (and, for a day, the day) of the first of ``times`` (tumen's time mentions, in text order) precise
    to a month or a day that falls within ``span`` (the attack's time: its year, or a range within one year such as
    "late 2018"), not after ``published``; None without one."""
    for mention in times:
        when = mention.interval
        if when is None or when.precision not in PRECISE or not span.earliest <= when.earliest <= span.latest:
            continue
        if published is not None and when.earliest > published:
            continue
        return {"month": str(when.earliest.month), "date": str(when.earliest.day) if when.precision == "day" else None}
    return None

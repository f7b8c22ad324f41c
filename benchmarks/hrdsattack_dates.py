"""The month of an attack dated only by its year (benchmarks/hrdsattack.py, ``date.month_within_year``), and the
date of an attack told in a sentence that dates nothing else (``date.sentence_time``).

"Two activists were killed in 2018. The case dates to March 2018, when reporters visited the town": the killing
has only its year, but the text tells a month of that year. The annotators write the month (and the day) the text
gives within the attack's year, not none: the first time mention of the text, in text order, that is precise to a
month or a day, falls within the attack's time (its year, or a range within one year: "late 2018") and is not after
the publication day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
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


def sentence_dated(events: list[Any], extraction: Any) -> list[Any]:
    """``events`` with each one that has no time given the first time of its sentence precise to a day or a month
    that dates no event of the extraction (``time_basis`` "sentence"): "The newspaper reported in April that two
    men had been tortured by police" — the date is the report's, not the torture's, but it is the date the text
    ties to it; :func:`hrdsattack.article_date` ranks such times after every event's own (``date.sentence_time``)."""
    used = {
        (span.start, span.end)
        for e in extraction.events
        for span in (getattr(e, "time_evidence", None), getattr(e, "time_span", None))  # (tests' stand-ins: none)
        if span is not None
    }
    out = []
    for event in events:
        if event.time is None and getattr(event, "evidence", None):
            where = event.evidence[0]
            free = [
                t
                for t in getattr(extraction, "times", ())
                if where.start <= t.start
                and t.end <= where.end
                and t.interval is not None
                and t.interval.precision in PRECISE
                and (t.start, t.end) not in used
            ]
            if free:
                event = replace(event, time=free[0].interval, time_span=None, time_evidence=None, time_basis="sentence")
        out.append(event)
    return out

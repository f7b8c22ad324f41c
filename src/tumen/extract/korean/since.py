"""An event told as the start of a span since it (docs/extraction.md, "Korean"; ``since`` in korean_rules.yaml):
"탈북 후 17년 만에 딸을 만났다", "탈북한 지 10년이 지났다", "탈북 10년째": the crossing itself is an event, dated the
span before the date its clause states ("지난해 탈북 17년 만에": 17 years before last year), or before the
publication when the span lasts until now ("지났다", "째", "동안 … 있다"); undated when neither is told. A count of
whole years holds from one anniversary to the next, so it allows two years ("탈북 후 17년 동안" in 2023: 2005–2006);
"째" counts ordinals ("10년째": the tenth year, nine whole years past: 2013–2014 in 2023)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import cache
from typing import Any

from tumen.extract.time import calendar as cal
from tumen.extract.time import words as w
from tumen.extract.types import Extraction, TimeMention
from tumen.extract.vocab import load
from tumen.model import Interval

from .event_context import Found
from .text import Clause
from .vocabulary import Trigger, custody_lookbehind, rules


def _since() -> dict[str, Any]:
    data: dict[str, Any] = rules()["since"]
    return data


@cache
def since_triggers() -> list[Trigger]:
    """One trigger per noun of ``after_so_long``: the noun, then a link, a count and the end of the span; a noun of
    ``from_custody`` right after a custody place is of the type it gives there ("수용소 탈출 후": an escape)."""
    types = load("events.yaml")["types"]
    span = _span().pattern
    custody = _since()["from_custody"]
    after_custody = custody_lookbehind(bare=True)
    found = []
    for noun, kinds in rules()["after_so_long"].items():
        choices = [(kinds[0], "(?<![가-힣])" if noun not in custody else f"(?<![가-힣])(?!{after_custody})")]
        choices += [(custody[noun], after_custody)] if noun in custody else []
        for kind, before in choices:
            spec = types[kind]
            pattern = re.compile(rf"{before}{re.escape(noun)}(?={span})")
            found.append(Trigger(pattern, kind, spec["subject_role"], spec["object_role"], noun="since"))
    return found


@cache
def _span() -> re.Pattern[str]:
    since = _since()
    links = "|".join(since["links"])
    ends = "|".join(since["until_now"] + since["until_then"] + since["ongoing"])
    return re.compile(
        rf"(?:{links})?\s?(?P<n>\d+|[가-힣]{{1,3}})\s?(?P<u>{w.alternation(w.KO_UNITS)})\s?여?\s?(?P<end>{ends})"
    )


def told_before(result: Extraction, event_type: str, who: list[tuple[str, str]]) -> bool:
    """Whether an event of ``event_type`` of one of ``who`` is told already: the span counts from it."""
    ids = {pid for pid, _role in who}
    if not ids:  # no one told: any earlier event of that type ("2010년 탈북했다. 탈북한 지 10년이 지났다")
        return any(e.type == event_type for e in result.events)
    return any(e.type == event_type and ids & {p.entity for p in e.participants} for e in result.events)


def since_times(text: str, found: Found, clause: Clause, noun: tuple[int, int]) -> list[TimeMention]:
    """The time of the event whose noun spans ``noun``: the span before the date that ends it (one after the
    span, "3년 만인 2015년"; one before the noun for "만에", "지난해 탈북 17년 만에"), or before the publication when
    the span lasts until now ("탈북한 지 10년이 지났다"); with a date before the noun and a span until now, that date
    is the event's own ("2010년 탈북한 지 10년이 지났다"); the span with no interval when none is told."""
    span = _span().match(text, noun[1])
    if span is None:
        return []
    amount = w.korean_number(span["n"])
    said = TimeMention(span.start("n"), span.end("u"), text[span.start("n") : span.end("u")], "DURATION", "", None)
    if amount is None:
        return [said]
    since = _since()
    before = [t for t in found.times_in(clause.start, noun[0]) if t.interval is not None]
    after = [t for t in found.times_in(span.end(), clause.end) if t.interval is not None]
    to_then = span["end"] in since["until_then"]
    if before and not to_then and not after:
        return [before[-1]]  # "2010년 탈북한 지 10년이 지났다": the date is the event's own
    end = after[0].interval if after else (before[-1].interval if before else None)
    marks = "|".join(since["ongoing_marks"])
    lasting = any(re.fullmatch(e, span["end"]) for e in since["until_now"]) or (
        span["end"] in since["ongoing"] and re.search(marks, text[span.end() : clause.sentence_end]) is not None
    )
    if end is None and lasting and found.anchor is not None:
        end = Interval(found.anchor, found.anchor, "day")
    if end is None:
        return [said]
    whole = amount - 1 if span["end"] in since["ordinal"] else amount  # "10년째": the tenth year, nine whole ones
    return [replace(said, interval=_before(end, whole, w.KO_UNITS[span["u"]]))]


def _before(end: Interval, amount: int, unit: str) -> Interval:
    """When an event ``amount`` whole units before ``end`` fell: a count of whole units since it is reached on
    its anniversary and holds until the next one, so it fell after ``end`` less amount + 1 units and by ``end``
    less amount units ("17년" in May 2023: May 2005 to May 2006), widened to whole units (2005–2006)."""
    first, _ = cal.unit_at(cal.shift(end.earliest, -(amount + 1), unit) + timedelta(days=1), unit)
    last, _ = cal.unit_at(cal.shift(end.latest, -amount, unit), unit)
    return first if first == last else Interval(first.earliest, last.latest, "range")

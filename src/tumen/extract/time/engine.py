"""From rule candidates to time expressions: choose non-overlapping spans, attach times of day to their
days, join ranges ("between 2010 and 2012"), then resolve left to right so that "two years later" can use
the previous date in the text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from tumen.model import Interval

from . import calendar as cal
from .common import Rule
from .posts import anchor_at, post_anchors
from .scan import Literals, Scan
from .types import Candidate, Context, PastCues, Resolved, Resolver, TimeExpression

# What may stand between a day and its time of day: "5 December 2019 at 15:31", "15:31 on Monday", "어제 오후".
_TIME_GAP = re.compile(
    r"(?:\s+(?:[ECMP][SD]T|GMT|UTC))?\s*(?:,\s*)?(?:(?i:at|on|around|about|shortly after|just after|just before)\s+)?"
)  # "9 a.m. EST Tuesday", "5 p.m. EST, Nov. 6"
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.I)
_RANGE_GAP = {
    "between": re.compile(r"\s+and\s+$", re.I),
    "from": re.compile(r"\s*(?:to|until|till|through|thru|-|–|—)\s*$", re.I),
    "": re.compile(r"\s*(?:부터|에서|~|∼)\s*|–"),  # "2010년부터 2012년", "2010년~2012년", "5–7 May"
}


def select(candidates: list[Candidate], length: int) -> list[Candidate]:
    """The longest candidates that do not overlap (ties: higher priority, then earlier), sorted by start."""
    taken = bytearray(length + 1)
    chosen: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, -c.priority, c.start)):
        if cand.end <= cand.start or any(taken[cand.start : cand.end]):
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.append(cand)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _with_time(day: Resolver, time_of_day: str) -> Resolver:
    def resolve(ctx: Context) -> Resolved | None:
        found = day(ctx)
        if found is None:
            return None
        return replace(found, kind="TIME", value=found.value + time_of_day, mod=None)

    return resolve


def attach_times(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Join a time of day to an adjacent day ("Monday morning", "5 December 2019 at 15:31", "3 p.m. on
    Monday"); drop parts of the day ("morning") that have no day."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        cand = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if nxt is not None and _joins(text, cand, nxt):
            day, tod = (cand, nxt) if cand.day_level else (nxt, cand)
            assert tod.time_of_day is not None
            out.append(Candidate(cand.start, nxt.end, "TIME", _with_time(day.resolve, tod.time_of_day)))
            i += 2
            continue
        if not cand.attach_only:
            out.append(cand)
        i += 1
    return out


def _joins(text: str, left: Candidate, right: Candidate) -> bool:
    gap = text[left.end : right.start]
    if len(gap) > 20 or _TIME_GAP.fullmatch(gap) is None:
        return False
    if left.day_level and right.time_of_day is not None:
        return True
    # a time before its day: "15:31 on 13 November", not "morning on Monday"
    return left.time_of_day is not None and not left.attach_only and right.day_level


def _part(cand: Candidate, ctx: Context) -> Resolved | None:
    """One end of a range, resolved as if it stood alone (its own words decide its tense)."""
    outer = ctx.start, ctx.end
    ctx.start, ctx.end = cand.start, cand.end
    try:
        return cand.resolve(ctx)
    finally:
        ctx.start, ctx.end = outer


def _range(first: Candidate, second: Candidate, start: int) -> Candidate:
    def resolve(ctx: Context) -> Resolved | None:
        b = _part(second, ctx)
        if b is None:
            return None
        if first.month is not None and second.month is None and b.interval is not None:
            a: Resolved | None = _with_year_of(first.month, first.day, b.interval)  # "between March and May 2019"
        else:
            a = _part(first, ctx)
        if a is None:
            return None
        relative = a.relative or b.relative
        parts = ((first.start, first.end, a), (second.start, second.end, b))
        if a.interval is None or b.interval is None:
            return Resolved("DATE", f"{a.value}/{b.value}", None, relative=relative, parts=parts)
        if a.interval.earliest > b.interval.latest:
            return None
        interval = Interval(a.interval.earliest, b.interval.latest, "range")
        return Resolved("DATE", f"{a.value}/{b.value}", interval, relative=relative, parts=parts)

    return Candidate(start, second.end, "DATE", resolve)


def _with_year_of(month: int, day: int | None, end: Interval) -> Resolved:
    """A yearless start of a range in the latest year that keeps it before the range's end."""
    year = end.latest.year
    if (month, day or 1) > (end.latest.month, end.latest.day):
        year -= 1
    if day is None:
        return Resolved("DATE", f"{year:04d}-{month:02d}", cal.month_interval(year, month))
    when = date(year, month, day)
    return Resolved("DATE", when.isoformat(), cal.day_interval(when))


def join_ranges(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "between 2010 and 2012", "from March to May 2019", "2010년부터 2012년" → one DATE range."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        cand = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if nxt is not None and cand.kind == "DATE" and nxt.kind == "DATE":
            before = _RANGE_BEFORE.search(text, max(0, cand.start - 12), cand.start)
            word = before.group(0).split()[0].lower() if before else ""
            gap = text[cand.end : nxt.start]
            if len(gap) <= 12 and _RANGE_GAP[word].fullmatch(gap):
                out.append(_range(cand, nxt, before.start() if before else cand.start))
                i += 2
                continue
        out.append(cand)
        i += 1
    return out


@dataclass(frozen=True)
class Modifiers:
    """Modifiers that join the expression after them: ``pattern`` matches one at the end of a string (group
    "m"), ``mods`` gives its TimeML mod; ``for_dates`` are those that may also precede a date or clock time
    with figures; ``for_days`` ("earlier", "late") precede only a day ("earlier that day", "late Friday")."""

    pattern: re.Pattern[str]
    mods: dict[str, str]
    for_dates: frozenset[str]
    for_days: frozenset[str] = frozenset()


def attach_modifiers(text: str, cands: list[Candidate], modifiers: Modifiers | None) -> list[Candidate]:
    """ "nearly two years", "at least 30 days", "almost four years ago", "around 7:15 p.m.", "earlier that
    day": the modifier joins the expression (TimeML extent) and gives its mod. Not before "the" ("over the
    past year")."""
    if modifiers is None:
        return cands
    out: list[Candidate] = []
    end_before = 0
    for cand in cands:
        found = modifiers.pattern.search(text, max(end_before, cand.start - 24), cand.start)
        words = text[cand.start : cand.end]
        if found is not None and not words.lower().startswith("the "):
            word = " ".join(found["m"].lower().split())
            if word in modifiers.for_days:
                joins = cand.day_level or words.lower().startswith("that ")
            else:
                counted_back = words.lower().endswith(" ago")
                dated = word in modifiers.for_dates and any(c.isdigit() for c in words)  # "around Nov. 1"
                joins = cand.kind == "DURATION" or counted_back or dated
            if joins:
                cand = replace(cand, start=found.start(), resolve=_with_mod(cand.resolve, modifiers.mods[word]))
        out.append(cand)
        end_before = cand.end
    return out


def _with_mod(base: Resolver, mod: str) -> Resolver:
    def resolve(ctx: Context) -> Resolved | None:
        found = base(ctx)
        return None if found is None else replace(found, mod=found.mod or mod)

    return resolve


def resolve_all(
    text: str,
    anchor: date | None,
    cands: list[Candidate],
    cues: re.Pattern[str],
    past: PastCues | None = None,
    date_order: str | None = None,
) -> list[TimeExpression]:
    """Resolve left to right; each resolved, non-vague DATE/TIME becomes the "previous" date for what follows."""
    ctx = Context(text=text, anchor=anchor, future_cues=cues, past_cues=past, date_order=date_order)
    found: list[TimeExpression] = []
    posts = post_anchors(text) if anchor is not None and "(@" in text else []
    for cand in cands:
        ctx.start, ctx.end = cand.start, cand.end
        if posts:  # a quoted post's times count from its own date
            ctx.anchor = anchor_at(posts, cand.start, anchor)
        try:
            res = cand.resolve(ctx)
        except (ValueError, OverflowError):
            res = None
        if res is None:
            continue
        parts = tuple(_expression(text, start, end, part) for start, end, part in res.parts)
        found.append(_expression(text, cand.start, cand.end, res, parts))
        dated = res.kind in ("DATE", "TIME") and res.interval is not None and not res.value.endswith("_REF")
        if dated and res.interval is not None and not _restates(ctx, cand, res.interval):
            ctx.previous, ctx.previous_end = res.interval, cand.end
        if res.period is not None:
            ctx.period = res.period or None
    return found


def _restates(ctx: Context, cand: Candidate, interval: Interval) -> bool:
    """Whether ``interval`` only states the year of the date right before it ("on Human Rights Day [in 2020]"): the
    day stays the reference of what follows ("arrested on the same day")."""
    previous = ctx.previous
    return (
        previous is not None
        and 0 <= cand.start - ctx.previous_end <= 4
        and interval.earliest <= previous.earliest
        and previous.latest <= interval.latest
    )


def _expression(
    text: str, start: int, end: int, res: Resolved, parts: tuple[TimeExpression, ...] = ()
) -> TimeExpression:
    return TimeExpression(
        start=start,
        end=end,
        text=text[start:end],
        kind=res.kind,
        value=res.value,
        interval=res.interval,
        duration_days=res.duration_days,
        relative=res.relative,
        mod=res.mod,
        parts=parts,
        ambiguous=res.ambiguous,
        chained=res.chained,
    )


def run(
    text: str,
    anchor: date | None,
    rules: Sequence[Rule],
    literals: Literals,
    cues: re.Pattern[str],
    modifiers: Modifiers | None = None,
    past: PastCues | None = None,
    date_order: str | None = None,
) -> list[TimeExpression]:
    scan = Scan(text, literals)
    candidates = [cand for rule in rules for cand in rule(scan)]
    chosen = select(candidates, len(text))
    chosen = attach_times(text, chosen)
    chosen = join_ranges(text, chosen)
    chosen = attach_modifiers(text, chosen, modifiers)
    return resolve_all(text, anchor, chosen, cues, past, date_order)

"""Rules for every language: ISO and numeric dates, year ranges, clock times; and the rule helper."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from tumen.extract.vocab import load
from tumen.model import Interval

from . import build
from . import calendar as cal
from .scan import Scan, Trigger, trigger
from .types import Candidate, Context, Resolved, Resolver

Handler = Callable[[re.Match[str], str], Candidate | None]  # (match, original text)


@dataclass(frozen=True)
class Rule:
    """A regex, what turns its matches into candidates, and the trigger words any match contains.

    A ``lower`` rule's regex is written in lower case and runs, case-sensitively (2–3 times faster than
    re.IGNORECASE), on the lower-cased text; its handler gets the original text to check capitals.
    """

    pattern: re.Pattern[str]
    handler: Handler
    trigger: Trigger
    lower: bool = False

    def __call__(self, scan: Scan) -> Iterator[Candidate]:
        if self.lower and scan.lower is not None:
            matches = scan.finditer(self.pattern, self.trigger, scan.lower)
        elif self.lower:  # lower-casing changed the length of the text: match its original case instead
            ignoring_case = re.compile(self.pattern.pattern, self.pattern.flags | re.IGNORECASE)
            matches = scan.finditer(ignoring_case, self.trigger, scan.text)
        else:
            matches = scan.finditer(self.pattern, self.trigger, scan.text)
        for match in matches:
            try:
                cand = self.handler(match, scan.text)
            except (ValueError, KeyError, OverflowError):
                continue  # an impossible date such as 30 February
            if cand is not None:
                yield cand


def rule(pattern: re.Pattern[str], handler: Handler, trig: Trigger, lower: bool = True) -> Rule:
    return Rule(pattern, handler, trig, lower)


def span(match: re.Match[str], kind: str, resolve: Resolver, group: str | int = 0, **extra: Any) -> Candidate:
    return Candidate(match.start(group), match.end(group), kind, resolve, **extra)


# --- ISO and numeric dates ---------------------------------------------------------------------------------

_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_YEAR_FIRST = re.compile(r"(?<![\d.])(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})(?![\d])")
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)")


def _iso(m: re.Match[str], text: str) -> Candidate:
    return span(m, "DATE", build.day(int(m[1]), int(m[2]), int(m[3])), day_level=True)


DATE_ORDERS = ("DMY", "MDY", "YMD")
AMBIGUOUS_ORDER = "day-month order"


@cache
def _date_orders() -> tuple[dict[str, str], dict[str, str]]:
    data = load("date_orders.yaml")
    return dict(data["countries"]), dict(data["languages"])


def date_order_for(language: str | None, country: str | None = None) -> str | None:
    """How a document writes numeric dates, from its locale: ``country`` (an ISO code, e.g. the outlet's)
    or the region of a tag such as "en-GB" first, then the language ("ko" → "YMD"); None when unknown
    (plain "en": British and American writers disagree). The table is ``data/date_orders.yaml``."""
    countries, languages = _date_orders()
    tag = (language or "").replace("_", "-").split("-")
    for code in (country, tag[1] if len(tag) > 1 else None):
        if code and code.upper() in countries:
            return countries[code.upper()]
    return languages.get(tag[0].lower())


def _full_year(digits: str, anchor: date | None) -> int:
    """A two-digit year in the century that puts it at most a year after the anchor (or today)."""
    if len(digits) == 4:
        return int(digits)
    latest = (anchor or date.today()).year + 1
    year = latest - latest % 100 + int(digits)
    return year if year <= latest else year - 100


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric(m: re.Match[str], text: str) -> Candidate:
    """ "13/05/2019" and "05/13/2019" (one reading each); "05/12/2019" (the document's date order decides,
    else both days, marked ambiguous — never silently month first); "05.12.2019" (day first unless the
    document writes month first); "19/05/12" in a year-first (Korean) document."""
    first, dotted, second, last = int(m[1]), m[2] == ".", int(m[3]), m[4]

    def resolve(ctx: Context) -> Resolved | None:
        order = ctx.date_order if ctx.date_order in DATE_ORDERS else None
        if order == "YMD" and len(last) == 2:  # 19/05/12: 12 May 2019
            when = _valid(_full_year(m[1].zfill(2), ctx.anchor), second, int(last))
            return None if when is None else Resolved("DATE", when.isoformat(), cal.day_interval(when))
        year = _full_year(last, ctx.anchor)
        day_first, month_first = _valid(year, second, first), _valid(year, first, second)
        if order not in ("DMY", "MDY"):
            order = "DMY" if dotted else None
        if day_first and month_first and day_first != month_first and order is None:
            earlier, later = sorted((day_first, month_first))
            return Resolved("DATE", str(year), Interval(earlier, later, "range"), ambiguous=AMBIGUOUS_ORDER)
        chosen = month_first if order == "MDY" else day_first if order == "DMY" else None
        when = chosen or day_first or month_first
        return None if when is None else Resolved("DATE", when.isoformat(), cal.day_interval(when))

    return span(m, "DATE", resolve, day_level=True)


# --- year ranges --------------------------------------------------------------------------------------------

_YEAR_RANGE = re.compile(
    r"(?<![\d.,$€£¥₩#/-])(1[6-9]\d\d|20\d\d)\s*(?:년\s*)?[–—~∼-]\s*(1[6-9]\d\d|20\d\d|\d\d)(?:년(?!\s*대))?(?![\d%])"
)


_RANGE_DASHES = [f"{y}{s}{d}" for y in ("", "년") for s in ("", " ") for d in "–—~∼-"]


def _year_range(m: re.Match[str], text: str) -> Candidate | None:
    first = int(m[1])
    last = int(m[2]) if len(m[2]) == 4 else first - first % 100 + int(m[2])
    if not first < last <= first + 100:
        return None
    return span(m, "DATE", build.year_range(first, last))


# --- clock times --------------------------------------------------------------------------------------------

_CLOCK = re.compile(
    r"(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?![\d:])(?:\s*(a\.m\.|p\.m\.|(?:am|pm)\b))?", re.ASCII
)
_HOUR = re.compile(r"(?<![\d:.,])(1[0-2]|0?[1-9])\s*(a\.m\.|p\.m\.|(?:am|pm)\b)", re.ASCII)
_NOON = re.compile(r"\b(noon|midday|midnight)\b", re.ASCII)


_MERIDIEMS = [f"{space}{m}" for space in ("", " ") for m in ("am", "pm", "a.m", "p.m")]


def clock(hour: int, minute: int, meridiem: str | None) -> str:
    if meridiem:
        pm = meridiem.lower().startswith("p")
        if not 1 <= hour <= 12:
            raise ValueError("12-hour clock")
        hour = hour % 12 + (12 if pm else 0)
    return f"T{hour:02d}:{minute:02d}"


def time_candidate(m: re.Match[str], time_of_day: str, group: str | int = 0) -> Candidate:
    return span(m, "TIME", build.fixed(time_of_day, None, kind="TIME"), group, time_of_day=time_of_day)


def _clock(m: re.Match[str], text: str) -> Candidate:
    return time_candidate(m, clock(int(m[1]), int(m[2]), m[3]))


def _hour(m: re.Match[str], text: str) -> Candidate:
    return time_candidate(m, clock(int(m[1]), 0, m[2]))


def _noon(m: re.Match[str], text: str) -> Candidate:
    return time_candidate(m, "T00:00" if m[1].lower() == "midnight" else "T12:00")


def rules(language: str) -> list[Rule]:
    return [
        rule(_ISO, _iso, trigger(digits=(4, 4), followed_by=["-"], before=2, after=8)),
        rule(_YEAR_FIRST, _iso, trigger(digits=(4, 4), followed_by=["."], before=2, after=10)),
        rule(_NUMERIC, _numeric, trigger(["/"], digits=(4, 4), preceded_by=["."], before=8, after=10)),
        rule(_YEAR_RANGE, _year_range, trigger(digits=(4, 4), followed_by=_RANGE_DASHES, before=2, after=14)),
        rule(_CLOCK, _clock, trigger([":"], before=4, after=14)),
        rule(_HOUR, _hour, trigger(digits=(1, 2), followed_by=_MERIDIEMS, before=2, after=8)),
        rule(_NOON, _noon, trigger(["noon", "midday", "midnight"], before=2, after=4)),
    ]

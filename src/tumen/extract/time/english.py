"""English calendar dates: days, months, years, decades, seasons, with "early/mid/late" and relative years.

"5 December 2019", "Thursday, December 5, 2019", "Dec. 5", "the 5th of December", "December 2019",
"mid-December", "December last year", "last December", "in 2008", "early 2016", "the first half of 2019",
"the 1990s", "the late '90s", "autumn 2015", "the fall of 2015", "winter 2019/20", "last summer".
"""

from __future__ import annotations

import re
from dataclasses import replace

from tumen.model import Interval

from . import build
from . import words as w
from .common import Rule, rule, span
from .scan import trigger
from .types import Candidate, Context, Resolved, Resolver

_I = re.ASCII  # lower-case regexes, run on the lower-cased text (see common.Rule)
_REL_YEAR = {"last": -1, "this": 0, "next": 1}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])"
_YEAR_OR_REL = (
    rf"(?:,?\s+(?:of\s+)?(?:(?P<y>1\d{{3}}|20\d\d)(?!\d)|(?P<yw>{w.YEAR_WORDS}))|,?\s+(?P<rel>last|this|next)\s+year\b)"
)
_WEEKDAY_PREFIX = rf"(?:\b{w.WEEKDAY},?\s+)?"

_FIRST_DAY = r"(?P<d0>3[01]|[12]\d|0?[1-9])"
_DAY_RANGE = (  # the first day of a range within one month: "9-11 August", "between 9 and 11 August"
    rf"(?:(?:(?P<between>between)|(?P<from>from))\s+{_FIRST_DAY}{w.ORDINAL}?\s+(?(between)and|(?:to|until))\s+"
    rf"|{_FIRST_DAY.replace('d0', 'd1')}{w.ORDINAL}?\s*[–—-]\s*)"
)
_DMY = re.compile(
    rf"{_WEEKDAY_PREFIX}(?:\bthe\s+)?(?<![\d.,:/$–—-])\b{_DAY_RANGE}?{_DAY}{w.ORDINAL}?(?:\s+of)?\s+(?P<m>{w.MONTH}){_YEAR_OR_REL}?",
    _I,
)
_MDY = re.compile(
    rf"{_WEEKDAY_PREFIX}\b(?P<m>{w.MONTH})\s+(?:the\s+)?{_DAY}{w.ORDINAL}?"
    rf"(?:\s*[–—-]\s*(?P<d2>3[01]|[12]\d|0?[1-9]){w.ORDINAL}?)?(?![\d:.,]\d|\w){_YEAR_OR_REL}?",
    _I,
)
_MONTH = re.compile(
    rf"(?:\b(?P<part>{w.PERIOD_PART})[\s-]+|\b(?P<which>last|this|next)\s+)?\b(?P<m>{w.MONTH}){_YEAR_OR_REL}?(?!\w)",
    _I,
)
_YEAR = re.compile(
    rf"(?:\b(?:(?P<part>{w.PERIOD_PART})|(?P<fiscal>fiscal)|(?:the\s+)?(?P<ord>first|second|third|fourth|last"
    rf"|1st|2nd|3rd|4th)\s+(?P<hq>half|quarter)\s+of)[\s-]+)?\b(?P<y>1[6-9]\d\d|20\d\d)\b(?![%]|[.,]\d|-\d)",
    _I,
)
_YEAR_IN_WORDS = re.compile(rf"(?:\bthe\s+year\s+(?P<y20>{w.YEAR_WORDS_20})|\b(?P<y19>{w.YEAR_WORDS_19}))", _I)
_CENTURY = re.compile(
    rf"(?:\bthe\s+)?\b(?P<n>{w.alternation(w.ORDINAL_WORDS)}|[12]?\d(?:st|nd|rd|th))[\s-]+century\b(?!-)", _I
)
_DECADE = re.compile(
    rf"(?P<the>\bthe\s+)?(?:\b(?P<part>early|mid|late)[\s-]+)?(?:\b(?P<full>1[6-9]\d0|20\d0)['’]?s\b"
    rf"|(?P<apos>['’])?\b(?P<short>[1-9]0)['’]?s\b|\b(?P<word>{w.alternation(w.DECADE_WORDS)})\b)",
    _I,
)
_SEASON = re.compile(
    rf"(?:\bthe\s+)?(?:\b(?P<part>early|mid|late)[\s-]+)?\b(?P<s>{w.SEASON})\s+(?:of\s+)?"
    rf"(?:(?P<y>1[6-9]\d\d|20\d\d)(?:\s*[/–-]\s*(?P<y2>\d{{4}}|\d\d))?(?!\d)|(?P<yw>{w.YEAR_WORDS})"
    rf"|(?P<rel>last|this|next)\s+year\b)",
    _I,
)
_SEASON_NEAR = re.compile(rf"\b(?P<which>last|this|next|this\s+past|this\s+coming)\s+(?P<s>{w.SEASON})\b", _I)


def _month_ok(token: str, alone: bool, text: str, start: int) -> bool:
    """May/March must be capitalised; an abbreviation needs a day or year; "May" alone needs a preposition."""
    name = w.normal(token).rstrip(".")
    if name in w.CAPITALISED_MONTHS and not token[0].isupper():
        return False
    if not alone:
        return True
    if not token[0].isupper() or (len(name) <= 4 and name not in ("may", "june", "july")):
        return False
    if name in w.AMBIGUOUS_MONTHS:
        before = text[max(0, start - 12) : start].split()
        return bool(before) and w.normal(before[-1]).rstrip("-") in w.MONTH_PREPOSITIONS
    return True


def _stated_year(m: re.Match[str]) -> int | None:
    """The year written after a month or season, in figures or in words."""
    if m["y"]:
        return int(m["y"])
    return w.year_in_words(m["yw"]) if m["yw"] else None


def _day_resolver(m: re.Match[str], month: int, day: int) -> Resolver:
    year = _stated_year(m)
    if year is not None:
        return build.day(year, month, day)
    if m["rel"]:
        return build.month_in_year_of(month, day, _REL_YEAR[m["rel"].lower()])
    return build.yearless(month, day, after_year=w.YEAR_THEN_DATE, then_year=w.DATE_THEN_YEAR)


def _day_range(last: Resolver, first: int) -> Resolver:
    """ "9-11 August", "between 9 and 11 August", "August 9-11": the last day resolved as a date alone, and the
    range from the first day of its month and year to it (TimeML value "2023-08-09/2023-08-11")."""

    def resolve(ctx: Context) -> Resolved | None:
        end = last(ctx)
        if end is None or end.interval is None:
            return None
        begin = end.interval.latest.replace(day=first)
        interval = Interval(begin, end.interval.latest, "range")
        return replace(end, value=f"{begin.isoformat()}/{end.value}", interval=interval)

    return resolve


def _day_month(m: re.Match[str], text: str) -> Candidate | None:
    if not _month_ok(text[m.start("m") : m.end("m")], False, text, m.start("m")):
        return None
    month, day = w.month_of(m["m"]), int(m["d"])
    groups = m.groupdict()
    first, last = (
        (day, int(groups["d2"])) if groups.get("d2") else (int(groups.get("d0") or groups.get("d1") or 0), day)
    )
    if first:
        if not first < last:
            return None
        return span(m, "DATE", _day_range(_day_resolver(m, month, last), first), day_level=True)
    yearless = _stated_year(m) is None and not m["rel"]
    extra = {"month": month, "day": day} if yearless else {}
    return span(m, "DATE", _day_resolver(m, month, day), day_level=True, **extra)


def _names_an_event(text: str, end: int) -> bool:
    """A capitalised word of ``month_name_heads`` right after a month: "the April Rebellion", "the October
    Revolution" name an event of history."""
    return w.named_by_next(text, end, w.MONTH_NAME_HEADS)


def _month(m: re.Match[str], text: str) -> Candidate | None:
    year = _stated_year(m)
    yearless = year is None and not m["rel"]
    start = m.start("part") if m["part"] else m.start("m")
    token = text[m.start("m") : m.end("m")]
    if not _month_ok(token, yearless and not m["part"] and not m["which"], text, start):
        return None
    if yearless and len(w.normal(m["m"]).rstrip(".")) <= 3 and w.normal(m["m"]) != "may":
        return None  # "Dec" alone
    if yearless and not m["part"] and not m["which"] and _names_an_event(text, m.end("m")):
        return None  # "the April Rebellion": an event of history, not the last April
    month = w.month_of(m["m"])
    resolve: Resolver
    if year is not None:
        resolve = build.month(year, month)
    elif m["rel"]:
        resolve = build.month_in_year_of(month, None, _REL_YEAR[m["rel"].lower()])
    elif m["which"]:
        which = m["which"].lower()
        resolve = build.month_in_year_of(month, None, 0) if which == "this" else build.yearless(month, None, which)
    else:
        resolve = build.yearless(month, None, after_year=w.YEAR_THEN_DATE, then_year=w.DATE_THEN_YEAR)
    part = w.PERIOD_PARTS[w.normal(m["part"]).rstrip("-")] if m["part"] else None
    extra = {"month": month} if yearless and not m["which"] else {}
    return span(m, "DATE", build.with_part(resolve, part), **extra)


def _year(m: re.Match[str], text: str) -> Candidate | None:
    start = m.start("y")
    qualified = m["part"] or m["hq"] or m["fiscal"]
    if not qualified and start > 0 and text[start - 1] in "$€£¥₩#/.,:-":
        return None
    following = text[m.end("y") : m.end("y") + 16].split()
    if following and w.normal(following[0]).strip(",.;:") in w.NOT_YEAR_BEFORE:
        return None  # "2000 people"
    preceding = text[max(0, start - 12) : start].split()
    if not qualified and preceding and w.normal(preceding[-1]) in w.NOT_YEAR_AFTER:
        return None  # "No. 2019", "Room 2010"
    year = int(m["y"])
    if m["hq"]:
        half = m["hq"].lower() == "half"
        which = (2 if half else 4) if m["ord"].lower() == "last" else _ORDINALS[m["ord"].lower()]
        if half:
            return None if which > 2 else span(m, "DATE", build.half(year, which))
        return span(m, "DATE", build.quarter(year, which))
    part = w.PERIOD_PARTS[w.normal(m["part"])] if m["part"] else None
    return span(m, "DATE", build.with_part(build.year(year), part))


def _year_in_words(m: re.Match[str], text: str) -> Candidate:
    """ "nineteen ninety-six", "the year two thousand" (spoken transcripts)."""
    return span(m, "DATE", build.year(w.year_in_words(m["y20"] or m["y19"])))


def _century(m: re.Match[str], text: str) -> Candidate | None:
    """ "the 20th century" → TimeML "19" (1900–1999), "the eleventh century" → "10"."""
    word = w.normal(m["n"])
    number = w.ORDINAL_WORDS[word] if word in w.ORDINAL_WORDS else int(word[:-2])
    if not 1 <= number <= 21:
        return None
    return span(m, "DATE", build.century(number))


def _decade(m: re.Match[str], text: str) -> Candidate | None:
    if m["full"]:
        resolve = build.decade(int(m["full"]))
    elif m["short"] or m["word"]:
        if not (m["apos"] or m["the"]):  # "90s" alone: "in their 90s" is an age, not a decade
            return None
        digit = int(m["short"][0]) if m["short"] else w.DECADE_WORDS[w.normal(m["word"])] // 10
        resolve = build.decade_near(digit)
    else:
        return None
    part = {"early": "START", "mid": "MID", "late": "END"}[m["part"].lower()] if m["part"] else None
    return span(m, "DATE", build.with_part(resolve, part))


def _season(m: re.Match[str], text: str) -> Candidate | None:
    code = w.SEASONS[w.normal(m["s"])]
    resolve: Resolver
    year = _stated_year(m)
    if year is not None:
        if m["y2"]:
            second = int(m["y2"]) if len(m["y2"]) == 4 else year - year % 100 + int(m["y2"])
            if code != "WI" or second != year + 1:
                return None
        resolve = build.season(year, code)
    else:
        resolve = build.season_of_year_from_anchor(code, _REL_YEAR[m["rel"].lower()])
    part = {"early": "START", "mid": "MID", "late": "END"}[m["part"].lower()] if m["part"] else None
    return span(m, "DATE", build.with_part(resolve, part))


def _season_near(m: re.Match[str], text: str) -> Candidate:
    which = w.normal(m["which"]).split()[-1]
    which = {"past": "last", "coming": "next"}.get(which, which)
    return span(m, "DATE", build.season_near(w.SEASONS[w.normal(m["s"])], which))


_NAMED_DAY = re.compile(rf"\b(?P<h>{w.alternation(w.NAMED_DAYS)})(?![\w'’])(?:,?\s+(?P<y>(?:1[89]|20)\d\d)\b)?", _I)


def _named_day(m: re.Match[str], text: str) -> Candidate | None:
    """ "on Christmas Eve", "New Year's Day 2019": a day of the year with a name of its own."""
    if not text[m.start("h")].isupper():
        return None
    month, day = w.NAMED_DAYS[w.normal(m["h"])]
    if m["y"]:
        return span(m, "DATE", build.day(int(m["y"]), month, day), day_level=True)
    resolve = build.yearless(month, day, then_year=w.DATE_THEN_YEAR)
    return span(m, "DATE", resolve, day_level=True, month=month, day=day)


def rules() -> list[Rule]:
    return [
        rule(_DMY, _day_month, trigger(w.MONTHS, before=30, after=44)),
        rule(_MDY, _day_month, trigger(w.MONTHS, before=14, after=50)),
        rule(_MONTH, _month, trigger(w.MONTHS, before=22, after=44)),
        rule(_YEAR, _year, trigger(digits=(4, 4), before=26, after=4)),
        rule(_YEAR_IN_WORDS, _year_in_words, trigger(["nineteen", "thousand"], before=20, after=34)),
        rule(_CENTURY, _century, trigger(["century"], before=20, after=8)),
        rule(_DECADE, _decade, trigger(["0s", "0's", "0’s", *w.DECADE_WORDS], before=14, after=12)),
        rule(_SEASON, _season, trigger(w.SEASONS, before=12, after=44)),
        rule(_SEASON_NEAR, _season_near, trigger(w.SEASONS, before=14, after=4)),
        rule(_NAMED_DAY, _named_day, trigger(w.NAMED_DAYS, before=16, after=24)),
    ]

"""English reporting periods: quarters ("the third quarter", "third-quarter", "the fiscal first quarter", "this
year's third quarter", "the latest quarter", "the current quarter") and the same period a year earlier ("the
year-ago quarter", "the year-earlier period", "the 1988 period", "year-earlier results").

A quarter named with its number becomes the text's reporting period: later "the quarter" is that quarter, and
"a year ago" / "a year earlier" (see :mod:`.english_relative`) the same quarter a year before, as business
reports compare it. TimeML extents: "the" belongs to "the third quarter" but not to the adjective in "the
third-quarter loss"; a possessive ("its fourth quarter") is left out.
"""

from __future__ import annotations

import re

from . import build
from .common import Rule, rule
from .scan import trigger
from .types import Candidate, Resolver

_I = re.ASCII  # lower-case regexes, run on the lower-cased text (see common.Rule)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_YEAR = r"(?:1[6-9]|20)\d\d"

_QUARTER = re.compile(
    r"(?:\b(?P<det>the|this|that|its)\s+)?"
    r"(?:(?P<cmp>comparable|corresponding|same)\s+)?"
    rf"(?:(?P<rel>this|last|next)\s+year['’]s\s+|(?P<ago>year[\s-]+(?:ago|earlier))\s+|(?P<y>{_YEAR})\s+"
    r"|(?P<latest>latest|current|most\s+recent|previous|prior|final)\s+)?"
    r"(?:(?P<f1>fiscal)[\s-]+)?"
    r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?P<hy>[\s-]+)(?:fiscal[\s-]+)?)?"
    r"(?P<unit>quarter|period)(?![\w-])(?!\s+of\s+(?:the|a|an|its|their|his|her)\b)"
    rf"(?:\s+of\s+(?P<y2>{_YEAR})\b|\s+(?P<ly>last|this|next)\s+year\b)?",
    _I,
)
_YEAR_AGO = re.compile(r"\b(?P<adj>year[\s-](?:earlier|ago))(?![\w-])", _I)
_REL_YEARS = {"last": -1, "this": 0, "next": 1}


def _quarter(m: re.Match[str], text: str) -> Candidate | None:
    which = _ORDINALS[m["ord"]] if m["ord"] else None
    qualified = any(m[g] for g in ("cmp", "rel", "ago", "y", "latest", "y2", "ly"))
    unit = m["unit"]
    if which is None and not qualified and not (unit == "quarter" and m["det"] in ("the", "this", "that")):
        return None  # "a quarter of the votes", "the period"
    resolve = _resolver(m, which)
    if resolve is None:
        return None
    if which is not None and "-" in m["hy"] and not qualified:
        start = m.start("f1") if m["f1"] else m.start("ord")  # the adjective of "the third-quarter loss"
    elif m["det"] == "its":
        groups = ("cmp", "rel", "ago", "y", "latest", "f1", "ord", "unit")
        start = min(m.start(g) for g in groups if m[g])
    else:
        start = m.start()
    return Candidate(start, m.end(), "DATE", resolve)


def _resolver(m: re.Match[str], which: int | None) -> Resolver | None:
    year = m["y"] or m["y2"]
    if which is not None:
        if year:
            return build.quarter(int(year), which)
        if m["ago"]:
            return build.year_before_period(None, which=which)
        if m["rel"] or m["ly"]:
            return build.quarter_near(which, _REL_YEARS[m["rel"] or m["ly"]])
        return build.quarter_near(which)
    if year:  # "the 1988 quarter", "the 1989 period"
        return build.year_before_period(build.year(int(year)), year_=int(year))
    if m["ago"] or "last" in (m["rel"], m["ly"]):  # "the year-ago quarter", "the same period last year"
        fallback = build.a_year_before(build.the_quarter("reported")) if m["unit"] == "quarter" else None
        return build.year_before_period(fallback)
    latest = " ".join((m["latest"] or "").split())
    if m["unit"] == "period":  # "the latest period": only in a text about a quarter
        return build.the_quarter("reported_only") if latest in ("latest", "most recent", "final") else None
    if latest == "current" or (not latest and m["det"] == "this"):
        return build.the_quarter("current")
    if latest in ("previous", "prior"):
        return build.the_quarter("previous")
    # "the latest quarter" is the last one reported; "the quarter" only in a text about one (not a district)
    return build.the_quarter("reported" if latest else "reported_only")


def _year_ago(m: re.Match[str], text: str) -> Candidate:
    return Candidate(m.start(), m.end(), "DATE", build.year_before_period(build.from_anchor(-1, "year")))


def rules() -> list[Rule]:
    return [
        rule(_QUARTER, _quarter, trigger(["quarter", "period"], before=60, after=24)),
        rule(_YEAR_AGO, _year_ago, trigger(["year"], before=2, after=10)),
    ]

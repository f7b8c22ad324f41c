"""Time expressions → TimeML values and intervals, and ages → birth intervals (English and Korean).

Pure functions, no spaCy. Spans are found by compiled regexes (vocabulary in ``tumen/data/time_words.yaml``);
numeric dates such as "12/05/2019" are read in the document's date order (``date_order``).

- ``find_times(text, anchor, language)``: every time expression, sorted, non-overlapping (the longest
  candidate wins: "December 5, 2019" is one expression). Relative expressions ("16 years ago", "last month",
  "on Monday", "Dec. 5") resolve against ``anchor``, the publication date; chained ones ("two years later",
  "a year earlier", "the following day", "이듬해") against the most recent preceding DATE/TIME in the text
  that has an interval — and stay unresolved (interval None) when there is none. Values follow TimeML
  ("2019-12-05", "2019-12", "2015-FA", "199", "2019-W50", "P2Y", "PAST_REF", "2017-11-13T15:31").
- Resolution conventions: a date without a year ("Dec. 5", "in March") is the most recent one not after the anchor
  when a past-tense verb governs it ("was arrested on Dec. 5", "On Dec. 5, the police raided"; not a verb that
  reports the sentence: "…, the firm said") or in Korean, the next one when its clause speaks of the future ("will",
  "scheduled", "오는" …; not a date a finite "was"/"had" right before governs) or a "would" governs it
  (:mod:`.modal_future`), the year after it in "on March 5 in 2019", and otherwise the nearest one, preferring the
  past unless the next is less than half as far ("payable Dec. 15" in November). "on Monday" is on or before the
  anchor unless the clause speaks of the future. "N units ago/later" is the whole calendar unit: "two years later"
  than 5 March 2008 is 2010, "two weeks ago" an ISO week. Winter 2019 is December 2019 – February 2020
  (meteorological seasons, northern hemisphere). "early/mid/late" are thirds (January–April, May–August,
  September–December; days 1–10, 11–20, 21–end); of a decade they are loose: the early 1990s 1990–1994, the
  mid-1990s 1993–1997, the late 1990s 1995–1999.
- A social-media post quoted in the text, signed "— Name (@account) March 12, 2022" at the end of its line, counts
  its relative times from that date (:mod:`.posts`).
- Reporting periods (:mod:`.english_periods`): "the third quarter" is 1989-Q3 in a text of late 1989; once a
  text names a past quarter, "the quarter" is that quarter and "a year ago", "a year earlier", "the year-ago
  quarter" the same quarter a year before (as business reports compare them).
- Extents follow TimeML (checked on TimeBank/AQUAINT, ``benchmarks/tempeval3.py``): prepositions stay out
  ("in [the past]"), quantity modifiers come in with their mod ("[nearly two years]", mod APPROX), and a
  range ("from 1991 to 1997") is one expression whose ``parts`` are its two ends; a day range within one month
  ("9-11 August", "between 9 and 11 August", "August 9-11") is one expression from its first day to its last.
- Numeric dates: "2019-05-12" and "2019.05.12" are year first; "13/05/2019" and "05/13/2019" read one way
  only. "05/12/2019" is read in the document's ``date_order`` ("DMY", "MDY", "YMD"; by default the one its
  ``language`` tag implies, :func:`date_order_for`: "en-GB" day first, "en-US" month first, "ko" year first
  and so "19/05/12" is 2019-05-12); when the order is unknown (plain "en") it is both days, one interval from
  the earlier to the later, value the year, ``ambiguous="day-month order"`` — never silently month first.
  Dotted dates (05.12.2019) are day first unless the order says otherwise.
- ``find_ages(text)`` and ``birth_interval(age, at)``: see :mod:`tumen.extract.time.ages`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from . import common, engine, english, english_periods, english_relative, so_far
from . import words as w
from .ages import birth_interval, born_within, find_ages
from .common import Rule, date_order_for
from .scan import Literals
from .types import AgeMention, TimeExpression

__all__ = [
    "AgeMention",
    "TimeExpression",
    "birth_interval",
    "born_within",
    "date_order_for",
    "find_ages",
    "find_times",
]


@cache
def _language(key: str) -> tuple[list[Rule], Literals, re.Pattern[str]]:
    """The rules of one language, their trigger words and its future cues, built the first time it is read
    (Korean rules are compiled only in a process that reads Korean)."""
    if key == "ko":
        from . import korean

        rules = common.rules("ko") + korean.rules()
        return rules, Literals(rule.trigger for rule in rules), w.future_cues_ko()
    rules = common.rules("en") + english.rules() + english_periods.rules() + english_relative.rules()
    return rules, Literals(rule.trigger for rule in rules), w.future_cues_en()


_PAST = {"en": w.past_cues_en()}
_MODIFIERS = {
    "en": engine.Modifiers(
        re.compile(rf"(?<![\w-])(?P<m>{w.alternation({**w.MODIFIERS, **w.DAY_MODIFIERS})})\s+$", re.IGNORECASE),
        {**w.MODIFIERS, **w.DAY_MODIFIERS},
        w.DATE_MODIFIERS,
        frozenset(w.DAY_MODIFIERS),
    )
}


def find_times(
    text: str, anchor: date | None, language: str = "en", date_order: str | None = None
) -> list[TimeExpression]:
    """All time expressions in ``text``, sorted by start and non-overlapping, resolved against ``anchor``
    (the document's publication date) — except "N years later/earlier/after that", which resolve against
    the most recent preceding DATE expression in the text when there is one.

    ``language`` "ko" reads Korean; any other value reads English. ``date_order`` ("DMY", "MDY", "YMD") is
    how the document writes numeric dates, when the caller knows it (the outlet's country); otherwise the
    language tag decides ("en-GB", "en-US", "ko"), and plain "en" leaves it unknown.
    """
    key = "ko" if language.lower().startswith("ko") else "en"
    if isinstance(anchor, datetime):
        anchor = anchor.date()
    order = date_order or date_order_for(language)
    rules, literals, cues = _language(key)
    found = engine.run(text, anchor, rules, literals, cues, _MODIFIERS.get(key), _PAST.get(key), order)
    return found if key == "ko" else so_far.to_anchor(text, found, anchor)

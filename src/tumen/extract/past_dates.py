"""A yearless date the parse shows a past-tense verb governs is past (words: ``en.past_governor`` in
``data/time_words.yaml``).

The time engine reads words, not a parse: it knows a past verb only among the few words next to a date. When it
put a date without a year ahead of the publication (the nearest such date, "In February" in December), the verb
that governs the date in the parse — reached from it through its preposition and the nouns it hangs on, wherever
it stands in the clause — decides: a verb told in the past (a simple past, a participle with "was"/"had"/"has")
moves it to the last such date. Not a verb of planning ("set a hearing for February") nor a future or modal one
("will be tried in February"), nor a date after a preposition of a deadline ("postponed to February")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from tumen.extract.time.calendar import day_interval, month_interval
from tumen.extract.time.types import TimeExpression
from tumen.extract.vocab import load, word_sets

_VALUE = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?")
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)  # no weekday
# A date at most this far ahead of the publication is left where it is: told in the past, it says more likely that
# the publication date is a few days off (a wire's date, a crawl's) than that it lies a year back.
NEAR = timedelta(days=14)
_YEAR_WORDS = re.compile(r"\d{4}|'\d\d|\b(?:next|coming|this|upcoming)\b", re.IGNORECASE)


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    words = load("time_words.yaml")["en"]
    prepositions, planning, modals = word_sets(words["past_governor"], ("prepositions", "planning", "modals"))
    return prepositions, planning, modals, frozenset(words["deadline_words"])  # "released until a session in March"


def past_governed(doc: Any, times: list[TimeExpression], anchor: date | None) -> list[TimeExpression]:
    """``times`` with each yearless date ahead of ``anchor`` that a past verb governs moved a year back."""
    if anchor is None:
        return times
    return [_moved(doc, t, anchor) or t for t in times]


def _moved(doc: Any, time: TimeExpression, anchor: date) -> TimeExpression | None:
    interval = time.interval
    found = _VALUE.fullmatch(time.value)
    if (
        time.kind != "DATE"
        or not time.relative
        or time.parts
        or interval is None
        or found is None
        or interval.precision not in ("month", "day")
        or not anchor + NEAR < interval.earliest <= date(anchor.year + 1, anchor.month, 1)
        or _YEAR_WORDS.search(time.text)
        or not _MONTH.search(time.text)
    ):
        return None
    year, month = int(found["year"]) - 1, int(found["month"])
    if found["day"] is None:
        before = month_interval(year, month)
        value = f"{year:04d}-{month:02d}"
    else:
        try:
            day = date(year, month, int(found["day"]))
        except ValueError:  # 29 February
            return None
        before, value = day_interval(day), day.isoformat()
    if before.earliest > anchor or not past_verb_governs(doc, time):
        return None
    return replace(time, value=value, interval=before)


def past_verb_governs(doc: Any, time: TimeExpression) -> bool:
    """Whether a verb told in the past governs the date in the parse ("was arrested on 3 May", "crossed in March")."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    prepositions, planning, modals, deadline = _words()
    token = span.root
    if token.head.pos_ == "ADP" and token.dep_ == "pobj":
        if token.head.lower_ not in prepositions:
            return False
        token = token.head
    while token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i or token.pos_ not in ("ADP", "NOUN", "PROPN", "NUM", "PRON"):
            return False
        if token.pos_ == "ADP" and token.lower_ in deadline:
            return False
        token = token.head
    if token.lemma_.lower() in planning or (token.dep_ in ("amod", "acl") and token.tag_ == "VBN"):
        return False
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in modals or a.tag_ == "MD" for a in auxes):
        return False
    if token.tag_ == "VBD":
        return True
    return token.tag_ == "VBN" and any(a.tag_ == "VBD" or a.lemma_.lower() == "have" for a in auxes)

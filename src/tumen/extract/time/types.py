"""Result types of :mod:`tumen.extract.time` and the internal candidate/context types of its rules."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from tumen.model import Interval

from .modal_future import ModalFuture

KINDS = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class TimeExpression:
    """One time expression: where it is, its TimeML type and value, and what it means as an interval.

    ``interval`` is set for DATE and TIME expressions that could be resolved (None for DURATION, SET,
    PAST_REF/FUTURE_REF and anything that needed a missing anchor). ``duration_days`` is the fewest and most
    days a DURATION can span ("two years" → (730, 731)). ``relative`` is True when the meaning came from the
    publication date or from the previous date in the text. ``mod`` is the TimeML modifier (START, MID, END)
    of expressions such as "early 2016". A range ("between 2010 and 2012", "from Sept. 14 to Thursday") has
    the value "2010/2012" and its two ends as ``parts`` (TimeML annotates the ends, not the range).
    ``ambiguous`` says why the interval covers two readings: "day-month order" for a numeric date such as
    05/12/2019 that reads as 5 December or as 12 May when the document's date order is unknown (the interval
    runs from the earlier reading to the later; the value is the year, which both share).
    """

    start: int
    end: int
    text: str
    kind: str
    value: str
    interval: Interval | None = None
    duration_days: tuple[int, int] | None = None
    relative: bool = False
    mod: str | None = None
    parts: tuple[TimeExpression, ...] = ()
    ambiguous: str | None = None
    chained: bool = False  # resolved from the previous date in the text ("two weeks later"), not the publication


@dataclass(frozen=True)
class AgeMention:
    """A stated age: "48-year-old", "aged 19", "a teenager", "48세", "열다섯 살".

    ``age`` is the stated age (the middle of ``min_age``..``max_age`` when ``approximate``). ``then`` marks an
    age stated for an earlier time ("the then 17-year-old", "당시 17세") rather than at publication.
    """

    start: int
    end: int
    text: str
    age: int
    approximate: bool = False
    min_age: int = 0
    max_age: int = 0
    then: bool = False


@dataclass(frozen=True)
class Resolved:
    """What a candidate means once the anchor and the previous date are known."""

    kind: str
    value: str
    interval: Interval | None = None
    duration_days: tuple[int, int] | None = None
    relative: bool = False
    mod: str | None = None
    period: str | None = None  # names the reporting period ("the third quarter" → "1989-Q3"); "" ends it
    parts: tuple[tuple[int, int, Resolved], ...] = ()  # the ends of a range: (start, end, meaning)
    ambiguous: str | None = None  # why the interval covers two readings ("day-month order")
    chained: bool = False  # moved from the previous date in the text ("two weeks later")


@dataclass
class Context:
    """What resolution depends on: the text, the anchor, the most recent date before the expression, the
    reporting period the text is about (the last quarter it named, for "the quarter" and "a year ago") and
    the order in which the document writes numeric dates ("DMY", "MDY", "YMD"; None when unknown)."""

    text: str
    anchor: date | None
    future_cues: re.Pattern[str]
    past_cues: PastCues | None = None
    previous: Interval | None = None
    previous_end: int = -1  # where the expression that gave ``previous`` ends
    period: str | None = None
    date_order: str | None = None
    start: int = 0
    end: int = 0
    _clauses: dict[int, bool] = field(default_factory=dict)
    _ends: list[tuple[str, list[int]]] = field(default_factory=list)

    def clause(self) -> tuple[int, int]:
        """The clause around the current expression: up to the nearest sentence end, semicolon or quotation
        mark on either side. Where each mark stands is found once per text, so that each expression costs a
        binary search rather than a scan to either end of the text."""
        if not self._ends:
            self._ends.extend((mark, _positions(self.text, mark)) for mark in _CLAUSE_ENDS)
        start, end = self.start, self.end
        left, right = 0, len(self.text)
        for mark, at in self._ends:
            before = bisect_right(at, start - len(mark))  # the last mark that ends at or before ``start``
            if before:
                left = max(left, at[before - 1] + len(mark))
            after = bisect_left(at, end)  # the first mark that begins at or after ``end``
            if after < len(at):
                right = min(right, at[after])
        return left, right

    def year_just_before(self, joiners: frozenset[str]) -> int | None:
        """The year a bare year right before the current expression names, only a comma and one of ``joiners``
        between them ("In 2014, on March 14", "in 2016, May 13"): a yearless date that follows it is in that year."""
        previous = self.previous
        if previous is None or previous.precision != "year" or self.previous_end < 0:
            return None
        between = self.text[self.previous_end : self.start].lower().split()
        if not between or between[0] != "," or len(between) > 2 or not set(between[1:]) <= joiners:
            return None
        return previous.earliest.year

    def year_just_after(self, joiners: frozenset[str]) -> int | None:
        """The year a bare year right after the current expression names, one of ``joiners`` alone between them
        ("arrested on March 5 in 2019", "on Human Rights Day in 2020"): the yearless date is in that year."""
        found = _YEAR_AFTER.match(self.text, self.end)
        if found is None or found["joiner"].lower() not in joiners:
            return None
        return int(found["year"])

    def speaks_of_future(self) -> bool:
        """Whether the clause around the current expression speaks of the future (will, scheduled …) — unless a
        finite past verb right before the expression governs it ("Vos, who was detained in April, is due to be
        released": April is past; not "was planned for March") — or a "would" before the expression governs it
        (:mod:`.modal_future`)."""
        left, right = self.clause()
        cached = self._clauses.get(left)
        if cached is None:
            cached = self.future_cues.search(self.text, left, right) is not None
            self._clauses[left] = cached
        past = self.past_cues
        if past is None:
            return cached
        before = self.text[left : self.start]
        if cached:  # not a date a finite past verb right before governs: "who was detained in April"
            finite = past.finite_before(before)
            return finite < 0 or self.future_cues.search(before, finite) is not None
        if past.modal_future is None:
            return False
        after = self.text[self.end : self.end + 2]
        return past.modal_future.governs(before, self.text[left:right], after, past.is_past, past.verbs)

    def since_before(self) -> bool:
        """Whether "since" opens the phrase of the current expression ("since October", "since the military coup in
        February"): a period that began then and lasts, so the date is past whatever the clause says of the future.
        Only nouns and their modifiers may stand between: no verb, modal or clause word (``since_breaks``)."""
        past = self.past_cues
        if past is None:
            return False
        left, _ = self.clause()
        words = _WORD.findall(self.text[max(left, self.start - 60) : self.start].lower())[-6:]
        if "since" not in words:
            return False
        between = words[len(words) - words[::-1].index("since") :]
        return not any(past.is_past(word) or word in past.since_breaks for word in between)

    def tense(self) -> str | None:
        """ "future" when the clause speaks of the future, else "past" when a past-tense verb right around the
        expression governs it ("was arrested on [Jan. 19]", not "extended to [Nov. 20]"), else None."""
        if self.past_cues is not None and self.since_before():
            return "past"
        if self.speaks_of_future():
            return "future"
        if self.past_cues is not None:
            left, right = self.clause()
            before = self.text[max(left, self.start - 40) : self.start]
            after = self.text[self.end : min(right, self.end + 32)]
            if self.past_cues.governs(before, after):
                return "past"
        return None


@dataclass(frozen=True)
class PastCues:
    """Past-tense verbs: irregular ``verbs`` and any word in -ed except ``not_past``; a ``deadline`` word
    right before an expression ("extended to", "payable") cancels them."""

    verbs: frozenset[str]
    not_past: frozenset[str]
    deadline: frozenset[str]
    reporting: frozenset[str] = frozenset()
    modal_future: ModalFuture | None = None  # "would" governing a date puts it ahead
    finite: frozenset[str] = frozenset()  # finite past forms that keep a date past in a future clause
    since_breaks: frozenset[str] = frozenset()  # words that end the phrase "since" opens (Context.since_before)

    def governs(self, before: str, after: str = "") -> bool:
        """Whether one of the last words of ``before`` (the text right before an expression) or of the first
        words of ``after`` (right after it, when a comma follows: "In September, it announced") is a past
        verb."""
        words = _WORD.findall(before.lower())[-4:]
        if words and words[-1] in self.deadline:
            return False
        if after.lstrip().startswith(","):  # "In June, the police raided": not "June 5, the company said"
            words += [word for word in _WORD.findall(after.lower())[:4] if word not in self.reporting]
        return any(self.is_past(word) for word in words)

    def finite_before(self, before: str) -> int:
        """Where in ``before`` one of its last four words is a finite past form of ``finite`` ("was", "had"),
        or -1."""
        words = list(_WORD.finditer(before.lower()))[-4:]
        return next((word.start() for word in reversed(words) if word.group() in self.finite), -1)

    def is_past(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a past-tense verb."""
        return word in self.verbs or (len(word) > 4 and word.endswith("ed") and word not in self.not_past)


_WORD = re.compile(r"[a-z]+")
_YEAR_AFTER = re.compile(r"[ \t]+(?P<joiner>[A-Za-z]+)[ \t]+(?P<year>(?:1[89]|20)\d\d)(?![\w,.]\d)(?!\w)")


def _positions(text: str, mark: str) -> list[int]:
    """Where ``mark`` begins in ``text``, overlapping occurrences included (as ``str.find`` sees them)."""
    found: list[int] = []
    i = text.find(mark)
    while i >= 0:
        found.append(i)
        i = text.find(mark, i + 1)
    return found


_CLAUSE_ENDS = (". ", ".\n", "\n", "? ", "! ", "; ", "``", "''", '"', "“", "”")


Resolver = Callable[[Context], Resolved | None]


@dataclass(frozen=True)
class Candidate:
    """A span one rule found, with how to resolve it (a closure over the rule's match)."""

    start: int
    end: int
    kind: str
    resolve: Resolver
    priority: int = 0
    day_level: bool = False  # names a single day: a time of day may attach to it
    attach_only: bool = False  # "morning", "오후": kept only when attached to a day
    time_of_day: str | None = None  # for TIME candidates: "T15:31", "TMO" …
    month: int | None = None  # a yearless date ("March", "Dec. 5"): its month and day, for ranges
    day: int | None = None

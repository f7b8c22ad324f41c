"""Result types of :mod:`tumen.extract.time` and the internal candidate/context types of its rules."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from tumen.model import Interval

KINDS = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class TimeExpression:
    """One time expression: where it is, its TimeML type and value, and what it means as an interval.

    ``interval`` is set for DATE and TIME expressions that could be resolved (None for DURATION, SET,
    PAST_REF/FUTURE_REF and anything that needed a missing anchor). ``duration_days`` is the fewest and most
    days a DURATION can span ("two years" → (730, 731)). ``relative`` is True when the meaning came from the
    publication date or from the previous date in the text. ``mod`` is the TimeML modifier (START, MID, END)
    of expressions such as "early 2016".
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


@dataclass
class Context:
    """What resolution depends on: the text, the anchor and the most recent date before the expression."""

    text: str
    anchor: date | None
    future_cues: re.Pattern[str]
    previous: Interval | None = None
    start: int = 0
    end: int = 0
    _sentences: dict[int, bool] = field(default_factory=dict)

    def speaks_of_future(self) -> bool:
        """Whether the sentence around the current expression speaks of the future (will, scheduled …)."""
        text, start = self.text, self.start
        left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start)) + 1
        right_candidates = [i for i in (text.find(". ", self.end), text.find("\n", self.end)) if i >= 0]
        right = min(right_candidates) if right_candidates else len(text)
        cached = self._sentences.get(left)
        if cached is None:
            cached = self.future_cues.search(text, left, right) is not None
            self._sentences[left] = cached
        return cached


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

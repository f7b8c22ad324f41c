"""Core types shared by every stage: plain, frozen, typed.

Only :mod:`tumen.store` turns them into rows; every other stage takes and returns these.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from functools import cached_property
from typing import Any

METADATA_FIELDS = ("title", "outlet", "author", "url", "published", "language")


_PERSON_ID = re.compile(r"P[0-9a-f]{8,16}")


def is_person_id(text: str) -> bool:
    """A person's id as tumen prints it ("P3d184908"; longer ids are accepted too)."""
    return _PERSON_ID.fullmatch(text) is not None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def holds_nul(value: Any) -> bool:
    """Whether a value (a string, or one inside a mapping, list or tuple) holds a NUL character, which neither
    SQLite's text nor PostgreSQL's stores."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(holds_nul(k) or holds_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(holds_nul(v) for v in value)
    return False


def date_text(day: date | None, precision: str | None) -> str | None:
    """A date as precisely as it is known: 2023-11-02, 2023-10 (precision "month") or 2023 ("year")."""
    if day is None:
        return None
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return day.isoformat()[:7]
    return day.isoformat()


@dataclass(frozen=True)
class Metadata:
    """What is known about a document besides its text. Every field may be unknown."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None
    # How precisely the publication date is known: "day" (None means day too), "month" or
    # "year"; ``published`` then holds the first day of that month or year.
    published_precision: str | None = None
    # The language the text was translated from (machine or human translation), e.g. "ko";
    # None: written in its own language. Pronoun gender in a translation is near-worthless evidence.
    translated_from: str | None = None

    def over(self, lower: Metadata) -> Metadata:
        """This metadata, with gaps filled from ``lower`` (which has lower precedence)."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        for name, value in values.items():
            if value is None and name != "published_precision":
                values[name] = getattr(lower, name)
        if self.published is None:  # a date and its precision travel together
            values["published_precision"] = lower.published_precision
        return Metadata(**values)

    def published_text(self) -> str | None:
        """The publication date as precisely as it is known: 2023-11-02, 2023-10 or 2023."""
        return date_text(self.published, self.published_precision)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Extracted:
    """What a reader got out of one input: plain text plus what the file says about itself."""

    text: str
    media_type: str
    meta: Metadata = field(default_factory=Metadata)
    encoding: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class NewDocument:
    """A document ready to be stored: original bytes, stored text, final metadata."""

    content: bytes
    text: str
    meta: Metadata
    media_type: str
    filename: str | None
    ingested_by: str
    encoding: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def sha256(self) -> str:
        """The SHA-256 of ``content``, computed once (``content`` never changes)."""
        return sha256_hex(self.content)

    def with_meta(self, meta: Metadata) -> NewDocument:
        return replace(self, meta=meta)


@dataclass(frozen=True)
class DocumentInfo:
    """A stored document's identity and metadata (without its text)."""

    id: int
    sha256: str
    meta: Metadata
    media_type: str
    filename: str | None
    size: int
    chars: int
    encoding: str | None
    ingested_at: datetime
    ingested_by: str
    extra: dict[str, Any]

    @property
    def title(self) -> str | None:
        return self.meta.title


@dataclass(frozen=True)
class Document(DocumentInfo):
    """A stored document with its immutable text; evidence offsets point into ``text``."""

    text: str = ""


# ---------------------------------------------------------------------------
# Types of the extraction stage and after.

PRECISIONS = ("day", "month", "season", "year", "decade", "range", "ongoing")


@dataclass(frozen=True, slots=True)
class Interval:
    """A time known to lie in ``[earliest, latest]`` (both inclusive).

    ``precision`` says how the interval was stated: ``day``, ``month``, ``season``,
    ``year``, ``decade`` or ``range`` (anything wider or derived, e.g. a birth
    interval from an age); ``ongoing`` marks a state reported as still true on a
    publication date ("is being held"), which later reports do not contradict.
    """

    earliest: date
    latest: date
    precision: str = "range"

    def __post_init__(self) -> None:
        if self.earliest > self.latest:
            raise ValueError(f"interval ends before it starts: {self.earliest} > {self.latest}")

    def intersect(self, other: Interval) -> Interval | None:
        """The part both intervals share, or None when they are disjoint."""
        earliest, latest = max(self.earliest, other.earliest), min(self.latest, other.latest)
        if earliest > latest:
            return None
        if (earliest, latest) == (self.earliest, self.latest):
            return self
        if (earliest, latest) == (other.earliest, other.latest):
            return other
        return Interval(earliest, latest, "range")

    def overlaps(self, other: Interval) -> bool:
        return self.earliest <= other.latest and other.earliest <= self.latest

    def contains(self, day: date) -> bool:
        return self.earliest <= day <= self.latest

    def width(self) -> int:
        """Number of days the interval covers (1 for a single day)."""
        return (self.latest - self.earliest).days + 1

    def as_dict(self) -> dict[str, str]:
        return {"earliest": self.earliest.isoformat(), "latest": self.latest.isoformat(), "precision": self.precision}


class EuroValue(float):
    """An amount in euros that knows the ECB rate it came from.

    ``rate_date`` is the day whose rate was used; ``rate_note`` says why that day differs
    from the one asked for (no date given, or a date outside the rate table), else None.
    Giving one as :attr:`Money.value_eur` fills the Money's ``rate_date`` and ``rate_note``.
    """

    rate_date: date | None
    rate_note: str | None

    def __new__(cls, value: float, rate_date: date | None = None, rate_note: str | None = None) -> EuroValue:
        self = super().__new__(cls, value)
        self.rate_date = rate_date
        self.rate_note = rate_note
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (EuroValue, (float(self), self.rate_date, self.rate_note))


@dataclass(frozen=True)
class Money:
    """An amount as stated, and in euros at the time it refers to when ECB rates allow.

    ``currency`` is an ISO 4217 code (``KRW``, ``USD``, ``KPW`` …), or the currency's lower-case name
    (``dinar``) when it names the currency of several countries and the text none of them. ``value_eur`` is None
    for currencies without ECB reference rates (e.g. KPW). ``approximate`` marks
    "about", "almost", "more than", "around" and the like. ``rate_date`` is the day of the
    ECB rate behind ``value_eur`` (None for euros and for no conversion); ``rate_note``
    discloses a rate of another day than the amount's own (undated, or outside the rate
    table). A :class:`EuroValue` given as ``value_eur`` sets both, so replacing the value
    never leaves the rate date of an older conversion behind.
    """

    value: float
    currency: str
    value_eur: float | None = None
    approximate: bool = False
    rate_date: date | None = None
    rate_note: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.value_eur, EuroValue):
            object.__setattr__(self, "rate_date", self.value_eur.rate_date)
            object.__setattr__(self, "rate_note", self.value_eur.rate_note)
            object.__setattr__(self, "value_eur", float(self.value_eur))
        elif self.value_eur is None:
            object.__setattr__(self, "rate_date", None)
            object.__setattr__(self, "rate_note", None)

"""Facts across documents, their independent sources, conflicts and verdicts.

Rules (also in docs/corroboration.md):

* Events of two documents are the same fact when their type and principal participant
  (the victim, subject or payer, resolved across documents) are the same. Events of one
  document are the same fact only when their times and places are compatible too.
* Within a fact, two statements conflict when their times are disjoint, their places are
  different places of the same kind (two camps, two cities), their amounts differ by
  more than 25 % in euros, or the numbers of people they count differ by more than 10 %.
* Statements are grouped into independent sources: the same witness, the same outlet, a
  near-duplicate text (wire copy) or a relay of another outlet's report are one source.
* Verdict: ``contradicted`` when any conflict stands; else ``corroborated`` with two or
  more independent sources; ``single_witness`` with several reports but one source;
  ``single_source`` with one report.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from typing import Any

from tumen.model import Interval, Money

AMOUNT_TOLERANCE = 0.25
COUNT_TOLERANCE = 0.1
PRINCIPAL_ROLES = ("victim", "subject", "payer")


class Verdict(StrEnum):
    CORROBORATED = "corroborated"
    SINGLE_WITNESS = "single_witness"
    SINGLE_SOURCE = "single_source"
    CONTRADICTED = "contradicted"


@dataclass(frozen=True)
class Support:
    """One statement of a fact: where it stands and who makes it."""

    event: str  # "DOC:eN"
    type: str
    document: int
    outlet: str | None
    witness: str | None  # resolved entity id, or None for the outlet's own narration
    witness_label: str | None
    hearsay: bool
    start: int
    end: int
    quote: str
    time: Interval | None
    place: str | None
    place_kind: str | None
    amount: Money | None
    participants: tuple[tuple[str, str], ...]
    attributes: tuple[tuple[str, Any], ...] = ()
    witness_inferred: bool = False
    published: Interval | None = None  # when the report appeared (a month or a year when only that is known)

    def source_label(self) -> str:
        outlet = self.outlet or f"document {self.document}"
        if self.witness_label:
            return f"{outlet} quoting {self.witness_label}" + (" (hearsay)" if self.hearsay else "")
        return outlet


@dataclass(frozen=True)
class Conflict:
    kind: str  # time | place | amount | count
    left: Support
    right: Support
    detail: str


@dataclass
class Fact:
    id: str
    type: str
    principal: str | None
    supports: list[Support] = field(default_factory=list)
    groups: list[list[Support]] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    verdict: Verdict = Verdict.SINGLE_SOURCE
    explanation: str = ""

    @property
    def independent_sources(self) -> int:
        return len(self.groups)

    @property
    def time(self) -> Interval | None:
        times = [s.time for s in self.supports if s.time is not None and s.time.precision != "ongoing"]
        times = times or [s.time for s in self.supports if s.time is not None]
        if not times:
            return None
        merged: Interval | None = times[0]
        for t in times[1:]:
            merged = merged.intersect(t) if merged else None
        return merged if merged is not None else times[0]

    @property
    def place(self) -> str | None:
        places = Counter(s.place for s in self.supports if s.place)
        return places.most_common(1)[0][0] if places else None

    @property
    def amount(self) -> Money | None:
        return next((s.amount for s in self.supports if s.amount is not None), None)

    def participants(self) -> list[tuple[str, str]]:
        seen: dict[str, str] = {}
        for support in self.supports:
            for entity, role in support.participants:
                seen.setdefault(entity, role)
        return list(seen.items())

    def attributes(self) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for support in self.supports:
            for key, value in support.attributes:
                merged.setdefault(key, value)
        merged["hearsay"] = all(s.hearsay for s in self.supports)
        return merged


def _principal(support: Support) -> str | None:
    for role in PRINCIPAL_ROLES:
        for entity, r in support.participants:
            if r == role:
                return entity
    return None


def _compatible(a: Support, b: Support) -> bool:
    return not _conflicts(a, b)


def _conflicts(a: Support, b: Support) -> list[Conflict]:
    found = []
    ongoing = "ongoing" in (a.time.precision if a.time else "", b.time.precision if b.time else "")
    if a.time is not None and b.time is not None and not ongoing and not a.time.overlaps(b.time):
        found.append(Conflict("time", a, b, f"{_when(a.time)} vs {_when(b.time)}"))
    if a.place and b.place and a.place != b.place and a.place_kind and a.place_kind == b.place_kind:
        plural = {"country": "countries", "city": "cities", "facility": "facilities"}.get(
            a.place_kind, a.place_kind + "s"
        )
        found.append(Conflict("place", a, b, f"different {plural}"))
    counts = dict(a.attributes).get("count"), dict(b.attributes).get("count")
    if counts[0] and counts[1] and abs(counts[0] - counts[1]) > COUNT_TOLERANCE * max(counts[0], counts[1]):
        found.append(Conflict("count", a, b, f"{_counted(a)} vs {_counted(b)} people"))
    if a.amount is not None and b.amount is not None:
        left, right = _comparable(a.amount, b.amount)
        if left is not None and right is not None and abs(left - right) > AMOUNT_TOLERANCE * max(left, right):
            found.append(
                Conflict(
                    "amount",
                    a,
                    b,
                    f"{a.amount.value:,.0f} {a.amount.currency} vs {b.amount.value:,.0f} {b.amount.currency}",
                )
            )
    return found


RECENT_DAYS = 60


def _recent(support: Support) -> Interval | None:
    """When a statement happened; an undated one about a group is taken to report the two
    months before its publication ("China has returned 600 North Koreans")."""
    if support.time is not None:
        return support.time
    if support.published is None:
        return None
    return Interval(support.published.earliest - timedelta(days=RECENT_DAYS), support.published.latest, "range")


def _similar_counts(a: Support, b: Support) -> bool:
    """Counts more than twice apart ("28" and "more than 500") are different events, not a conflict."""
    left, right = dict(a.attributes).get("count"), dict(b.attributes).get("count")
    return not (left and right and max(left, right) > 2 * min(left, right))


def _counted(support: Support) -> str:
    attributes = dict(support.attributes)
    qualifier = attributes.get("count_qualifier")
    return f"{qualifier} {attributes['count']}" if qualifier else str(attributes["count"])


def _comparable(a: Money, b: Money) -> tuple[float | None, float | None]:
    if a.value_eur is not None and b.value_eur is not None:
        return a.value_eur, b.value_eur
    if a.currency == b.currency:
        return a.value, b.value
    return None, None


def _when(interval: Interval) -> str:
    if interval.earliest == interval.latest:
        return interval.earliest.isoformat()
    return f"{interval.earliest.isoformat()}…{interval.latest.isoformat()}"


def group_facts(supports: list[Support]) -> list[Fact]:
    """Facts from statements: same type and principal across documents (see module doc)."""
    buckets: dict[tuple[str, str | None], list[list[Support]]] = defaultdict(list)
    for support in sorted(supports, key=lambda s: (s.document, s.start)):
        key = (support.type, _principal(support))
        for bucket in buckets[key]:
            if key[1] is not None and key[1].startswith("G"):  # a group is not one person: times must meet
                when = _recent(support)
                if when and all(
                    (other := _recent(s)) and other.overlaps(when) and _similar_counts(s, support) for s in bucket
                ):
                    bucket.append(support)
                    break
                continue
            if key[1] is None:  # no one to follow: only the same place and overlapping times
                if all(_compatible(support, s) for s in bucket) and all(
                    s.place is not None and s.place == support.place and s.time and support.time for s in bucket
                ):
                    bucket.append(support)
                    break
                continue
            same_document = [s for s in bucket if s.document == support.document]
            if same_document and not all(_compatible(support, s) for s in same_document):
                continue  # one document telling of two different events
            bucket.append(support)
            break
        else:
            buckets[key].append([support])
    facts = []
    for (event_type, principal), groups in buckets.items():
        for bucket in groups:
            fact_id = "F" + hashlib.sha1("|".join(sorted(s.event for s in bucket)).encode()).hexdigest()[:8]
            facts.append(Fact(fact_id, event_type, principal, supports=bucket))
    return facts

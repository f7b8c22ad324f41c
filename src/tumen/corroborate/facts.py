"""Facts across documents, their independent sources, conflicts and verdicts.

Rules (also in docs/corroboration.md):

* Events of two documents are the same fact when their type and principals (the victims,
  else subjects, else payers, resolved across documents, as a set) are the same, or one
  names part of the other's party (grouping.py). Events of one document are the same fact
  only when their times and places are compatible too. Modalities must be compatible; done
  and failed at the same time are a ``modality`` conflict.
* An event whose principal is anonymous ("a soldier") or missing joins the one fact of a
  named principal in another document with the same type, a compatible time and the same
  place (judged on that fact's own statements: :mod:`tumen.corroborate.grouping`). Reports
  of the same type counting the same distinctive number of people (108, 270: at least 20
  and not a multiple of 100) in different documents are one fact even when their times differ.
* Within a fact, two statements conflict when their times are disjoint, their times of
  day differ by more than 10 minutes, their places are different places of the same kind
  (two camps, two cities; not a place and one inside it: the DMZ and Panmunjom), their
  amounts differ by more than 25 % in euros, the numbers
  of people they count differ by more than 10 %, or the ages of the principal at the
  event differ by more than a year. A sentence that corrects an earlier account ("at
  Camp 18, not Camp 14") states both sides itself: the earlier account is a statement
  of its own, marked ``earlier``, that conflicts with the corrected one. A lasting state
  (detention, disappearance, separation) told in the present ("is now held") is dated only
  by its report: that date never conflicts with another date of the same state.
* Statements are grouped into independent sources: the same witness, the same outlet, an
  organisation quoted by one report and publishing another, a near-duplicate text (wire
  copy) or a relay of another outlet's report are one source.
* Reporting chains group the statements by document origin only (the same report, outlet, a copy, a
  translation or a relay), not by witness: two outlets that each interviewed one witness are two chains
  and one source. The verdict does not use them.
* Verdict: ``contradicted`` when any conflict stands; else ``corroborated`` with two or
  more independent sources; ``single_witness`` with several reports but one source;
  ``single_source`` with one report.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from typing import Any

from tumen.model import Interval, Money
from tumen.resolve.places import nested, within

AMOUNT_TOLERANCE = 0.25
COUNT_TOLERANCE = 0.1
CLOCK_TOLERANCE_MINUTES = 10
AGE_TOLERANCE_YEARS = 1
COUNT_SAME_EVENT = 1.5  # counts further apart than this factor are told of different events
DISTINCTIVE_COUNT = 20  # an exact count from this on (and not a round hundred) identifies an event
# States that last (a person may be held in one camp, then another): their places conflict only at the same time.
DURATIVE = ("detention", "disappearance", "family_separation")
# Events that move people between countries: one report names where from, another where to.
BETWEEN_COUNTRIES = ("border_crossing", "forced_repatriation", "abduction", "trafficking", "resettlement")
PRINCIPAL_ROLES = ("victim", "subject", "payer")


class Verdict(StrEnum):
    CORROBORATED = "corroborated"
    SINGLE_WITNESS = "single_witness"
    SINGLE_SOURCE = "single_source"
    CONTRADICTED = "contradicted"


@dataclass(frozen=True, slots=True)
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
    time: Interval | None = None
    place: str | None = None
    place_kind: str | None = None
    amount: Money | None = None
    participants: tuple[tuple[str, str], ...] = ()
    attributes: tuple[tuple[str, Any], ...] = ()
    witness_inferred: bool = False
    published: Interval | None = None  # when the report appeared (a month or a year when only that is known)
    place_name: str | None = None
    earlier: bool = False  # an earlier account that this sentence reports as corrected

    def source_label(self) -> str:
        outlet = self.outlet or f"document {self.document}"
        if self.witness_label:
            label = f"{outlet} quoting {self.witness_label}" + (" (hearsay)" if self.hearsay else "")
        else:
            label = outlet
        return f"the earlier account reported by {label}" if self.earlier else label

    def attribute(self, key: str) -> Any:
        return dict(self.attributes).get(key)


@dataclass(frozen=True)
class Conflict:
    kind: str  # time | place | amount | count | age | modality
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
    derived_time: Interval | None = None  # from the principal's birth and age at the event, when no one dates it
    dependencies: list[tuple[Support, str]] = field(default_factory=list)  # why a statement is no source of its own
    # Statements grouped by document origin only (copies, translations, relays), not by witness: reporting
    # chains (docs/reliability.md, "Independent sources and reporting chains"). Empty: not computed.
    chains: list[list[Support]] = field(default_factory=list)

    @property
    def independent_sources(self) -> int:
        return len(self.groups)

    @property
    def reporting_chains(self) -> int:
        """Independent reporting chains: never fewer than the independent sources (a fact stored before
        chains were counted has as many as sources)."""
        return max(len(self.chains), len(self.groups))

    def sources_text(self) -> str:
        """ "2 independent sources", or "2 independent sources (3 reporting chains, resting on one witness)"."""
        count = self.independent_sources
        text = f"{count} independent source{'s' if count != 1 else ''}"
        note = self.chains_note()
        return f"{text} ({note})" if note else text

    def chains_note(self) -> str | None:
        """ "3 reporting chains, resting on one witness" when there are more chains than sources, else None."""
        if self.reporting_chains == self.independent_sources:
            return None
        chain_of = {id(s): n for n, chain in enumerate(self.chains) for s in chain}
        shared = [n for group in self.groups if (n := len({chain_of.get(id(s)) for s in group})) > 1]
        if len(shared) == 1 and shared[0] == self.reporting_chains:
            rest = "resting on one witness"
        else:
            rest = "; ".join([f"{shared[0]} resting on one witness"] + [f"{n} on another" for n in shared[1:]])
        return f"{self.reporting_chains} reporting chains, {rest}"

    @property
    def current(self) -> list[Support]:
        """The statements as their sources now tell them (without corrected earlier accounts)."""
        return [s for s in self.supports if not s.earlier]

    def stated_times(self) -> list[Interval]:
        """The times the statements give, but not those a report computed from an age at the event: the case base
        dates those from every source's age and the principal's birth as all reports give it (``derived_time``)."""
        dated = [s for s in self.current if s.time is not None and not dated_from_age(s)]
        times = [s.time for s in dated if s.time is not None and not as_of_report(s)]
        return times or [s.time for s in dated if s.time is not None]

    @property
    def time(self) -> Interval | None:
        times = self.stated_times()
        if not times and self.derived_time is not None:
            return self.derived_time
        times = times or [s.time for s in self.current if s.time is not None]  # dated from an age only
        if not times:
            return None
        merged: Interval | None = times[0]
        for t in times[1:]:
            merged = merged.intersect(t) if merged else None
        return merged if merged is not None else times[0]

    @property
    def place(self) -> str | None:
        places = Counter(s.place for s in self.current if s.place)
        best = places.most_common(1)[0][0] if places else None
        while best is not None and (inner := [p for p, _n in places.most_common() if within(p, best)]):
            best = inner[0]  # the place told most precisely: Panmunjom, not the demilitarised zone around it
        return best

    @property
    def amount(self) -> Money | None:
        return next((s.amount for s in self.current if s.amount is not None), None)

    def ages(self) -> list[int]:
        """The principal's ages at the event, as the sources now tell them."""
        return sorted({a for s in self.current if isinstance(a := s.attribute("victim_age"), int)})

    def participants(self) -> list[tuple[str, str]]:
        seen: dict[str, str] = {}
        for support in self.supports:
            for entity, role in support.participants:
                seen.setdefault(entity, role)
        return list(seen.items())

    def time_basis(self) -> tuple[str, Support | None, tuple[int, int, str] | None] | None:
        """How the fact's time was found — stated | inherited (from its story) | publication | from_age —
        with the statement and the span (start, end, text) that gave it; the best-founded statement first."""
        if self.time is None:
            return None
        if self.derived_time is not None and self.time is self.derived_time:
            return "from_age", None, None
        dated = [s for s in self.current if s.time is not None and not as_of_report(s)]
        dated = dated or [s for s in self.current if s.time is not None]
        if not dated:
            return None
        rank = {"stated": 0, "publication": 1, "inherited": 2, "from_age": 3}
        best = min(dated, key=lambda s: rank.get(str(s.attribute("__time_basis") or "stated"), 0))
        span = best.attribute("__time_evidence")
        evidence = None
        if isinstance(span, str) and span.count(":") >= 2:
            start, end, text = span.split(":", 2)
            evidence = (int(start), int(end), text)
        return str(best.attribute("__time_basis") or "stated"), best, evidence

    def attributes(self) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for support in self.current:
            for key, value in support.attributes:
                merged.setdefault(key, value)
        merged["hearsay"] = all(s.hearsay for s in self.current)
        told = {modality_of(s) for s in self.current}
        if len(told) > 1:  # the most specific account: what failed or was done, not the attempt or the plan
            best = min(told, key=lambda m: MODALITY_RANK.get(m, len(MODALITY_RANK)))
            merged.pop("modality", None)
            if best != "asserted":
                merged["modality"] = best
        return merged


# Which modality a fact told in several takes: what happened (failed, done) before what was tried or planned.
MODALITY_RANK = {"failed": 0, "asserted": 1, "attempted": 2, "planned": 3}


def modality_of(support: Support) -> str:
    return str(support.attribute("modality") or "asserted")


def _principal(support: Support) -> str | None:
    for role in PRINCIPAL_ROLES:
        for entity, r in support.participants:
            if r == role:
                return entity
    return None


def _compatible(a: Support, b: Support) -> bool:
    return not _conflicts(a, b)


def dated_from_age(support: Support) -> bool:
    """A statement its report dated from the principal's age at the event and the birth it gives."""
    return bool(support.attribute("__time_basis") == "from_age")


def as_of_report(support: Support) -> bool:
    """A state told in the present ("is being held", "remains detained", "is now held"): its time is
    only the date of its report, when the state was still true, not when it began."""
    if support.time is None:
        return False
    if support.time.precision == "ongoing":
        return True
    published = support.published
    return (
        support.type in DURATIVE
        and published is not None
        and (support.time.earliest, support.time.latest) == (published.earliest, published.latest)
    )


def _conflicts(a: Support, b: Support) -> list[Conflict]:
    found = []
    # A state that lasts holds over an interval: a date on which a report found it still true does not
    # conflict with another report's date of it (its end would be another event, a release).
    ongoing = as_of_report(a) or as_of_report(b)
    if a.time is not None and b.time is not None and not ongoing and not a.time.overlaps(b.time):
        found.append(Conflict("time", a, b, f"{_when(a.time)} vs {_when(b.time)}"))
    elif (minutes := _clock_gap(a, b)) is not None and minutes > CLOCK_TOLERANCE_MINUTES:
        found.append(Conflict("time", a, b, f"{_clock(a)} vs {_clock(b)} ({minutes} minutes apart)"))
    crossing = a.type in BETWEEN_COUNTRIES and a.place_kind == "country"  # from China, to North Korea
    moved = a.type in DURATIVE and not (a.time and b.time and a.time.overlaps(b.time))  # Camp 14, then Camp 18
    if (
        a.place
        and b.place
        and not nested(a.place, b.place)  # a place and one inside it are one place told less precisely
        and a.place_kind
        and a.place_kind == b.place_kind
        and not (crossing or moved)
    ):
        plural = {"country": "countries", "city": "cities", "facility": "facilities"}.get(
            a.place_kind, a.place_kind + "s"
        )
        names = f"{a.place_name or a.place} vs {b.place_name or b.place}: "
        found.append(Conflict("place", a, b, f"{names}different {plural}"))
    if {modality_of(a), modality_of(b)} == {"asserted", "failed"}:  # done in one account, failed in the other
        done, failed = (a, b) if modality_of(a) == "asserted" else (b, a)
        found.append(Conflict("modality", a, b, f"{_told(done)} done vs {_told(failed)} failed"))
    counts = a.attribute("count"), b.attribute("count")
    if counts[0] and counts[1] and abs(counts[0] - counts[1]) > COUNT_TOLERANCE * max(counts[0], counts[1]):
        found.append(Conflict("count", a, b, f"{_counted(a)} vs {_counted(b)} people"))
    ages = a.attribute("victim_age"), b.attribute("victim_age")
    if ages[0] is not None and ages[1] is not None and abs(ages[0] - ages[1]) > AGE_TOLERANCE_YEARS:
        found.append(Conflict("age", a, b, f"aged {ages[0]} vs aged {ages[1]}"))
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


def _told(support: Support) -> str:
    return support.outlet or f"document {support.document}"


def _minutes(support: Support) -> int | None:
    clock = support.attribute("clock")
    if not isinstance(clock, str) or ":" not in clock:
        return None
    hours, minutes = clock.split(":", 1)
    return int(hours) * 60 + int(minutes)


def _clock_gap(a: Support, b: Support) -> int | None:
    """Minutes between two times of day told of the same event, or None when either has none."""
    left, right = _minutes(a), _minutes(b)
    return None if left is None or right is None else abs(left - right)


def _clock(support: Support) -> str:
    return ("about " if support.attribute("clock_approximate") else "") + str(support.attribute("clock"))


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
    """Counts more than half as large again ("28" and "more than 500", "270" and "500") are different
    events, not a conflict; so are two different exact tallies (212 and 270 people)."""
    left, right = a.attribute("count"), b.attribute("count")
    if not (left and right):
        return True
    if _distinctive(a) and _distinctive(b) and left != right:
        return False
    return bool(max(left, right) <= COUNT_SAME_EVENT * min(left, right))


def _same_granularity(a: Interval, b: Interval) -> bool:
    """A year's tally ("270 in 2023") and one day's mass return ("500 on 9 October") are different events."""
    return (a.precision == "year") == (b.precision == "year")


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


def _distinctive(support: Support) -> int | None:
    count = support.attribute("count")
    if not isinstance(count, int) or count < DISTINCTIVE_COUNT or count % 100 == 0:
        return None
    return count

"""Who is at risk: the rules of ``data/protection.yaml`` and the analysts' flags, evaluated on plain objects.

A person is at risk when an analyst flagged them (``tumen protect``) or when a rule matches: a status that
puts them in the regime's hands (detained, disappeared, repatriated, sentenced), a last known place in North
Korea, or being (possibly) a minor at the time of the last report that names them. An analyst's flag decides
over the rules both ways: ``tumen unprotect --reason`` lifts a rule's verdict and the reason is kept.

Pure: persons, their last known places and the flags in; decisions out. The API loads them from the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from tumen.extract.vocab import load

if TYPE_CHECKING:
    from tumen.corroborate.facts import Fact
    from tumen.resolve.persons import Person

PRINCIPAL = ("victim", "subject")


@dataclass(frozen=True)
class Flag:
    """An analyst's decision in force for one person: protect (True) or not (False), with the reason."""

    person: str
    protected: bool
    reason: str | None
    by: str
    at: str | None = None


def flags_from(stored: Mapping[str, Mapping[str, Any]]) -> dict[str, Flag]:
    """Flags from the store's rows in force (person id -> ``{"protected", "reason", "by", "at"}``)."""
    return {
        pid: Flag(pid, bool(f["protected"]), f.get("reason"), str(f["by"]), f.get("at")) for pid, f in stored.items()
    }


@dataclass(frozen=True)
class Decision:
    """Whether one person is at risk, and why: the rules that matched and the analyst's flag, if any."""

    person: str
    at_risk: bool
    reasons: tuple[str, ...]
    flag: Flag | None = None


@dataclass(frozen=True)
class Rules:
    """``data/protection.yaml`` as typed values."""

    statuses: frozenset[str]
    countries: frozenset[str]
    place_names: frozenset[str]
    minor_below: int
    possibly_minor: bool

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Rules:
        place = data.get("last_known_place") or {}
        minor = data.get("minor") or {}
        uncertain = str(minor.get("when_uncertain", "possibly"))
        if uncertain not in ("possibly", "certainly"):
            raise ValueError(f"protection.yaml minor.when_uncertain: expected possibly or certainly, not {uncertain!r}")
        return cls(
            statuses=frozenset(str(s) for s in data.get("statuses") or ()),
            countries=frozenset(str(c).upper() for c in place.get("countries") or ()),
            place_names=frozenset(str(n).casefold() for n in place.get("names") or ()),
            minor_below=int(minor.get("age_below", 18)),
            possibly_minor=uncertain == "possibly",
        )


@cache
def default_rules() -> Rules:
    return Rules.from_data(load("protection.yaml"))


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def minor_at_last_report(person: Person, rules: Rules) -> bool:
    """Was the person (possibly, or certainly, as the rules say) under age when last reported on?"""
    if person.birth is None or person.last_report is None:
        return False
    born = person.birth.latest if rules.possibly_minor else person.birth.earliest
    return person.last_report < _years_later(born, rules.minor_below)


def in_north_korea(place_name: str | None, rules: Rules) -> bool:
    """Is the place one the rules name, or does the gazetteer file it under one of the rules' countries?"""
    if not place_name:
        return False
    if place_name.strip().casefold() in rules.place_names:
        return True
    from tumen.extract.places import country_code, country_of

    country = country_of(place_name) or country_code(place_name)
    return country is not None and country.upper() in rules.countries


def rule_reasons(person: Person, last_place: str | None, rules: Rules | None = None) -> tuple[str, ...]:
    """The rules that put ``person`` at risk (empty: none). ``last_place`` is the name of their last known place."""
    rules = rules or default_rules()
    reasons: list[str] = []
    if person.status in rules.statuses:
        reasons.append(f"status {person.status}")
    if in_north_korea(last_place, rules):
        reasons.append(f"last known place {last_place} is in North Korea")
    if minor_at_last_report(person, rules):
        reasons.append(f"a minor when last reported ({person.last_report.isoformat() if person.last_report else ''})")
    return tuple(reasons)


def decide(person: Person, last_place: str | None, flag: Flag | None, rules: Rules | None = None) -> Decision:
    """The rules' verdict, unless an analyst decided otherwise (their flag wins, either way)."""
    reasons = rule_reasons(person, last_place, rules)
    if flag is not None:
        why = f"analyst {flag.by}: " + ("protected" if flag.protected else "unprotected")
        why += f" ({flag.reason})" if flag.reason else ""
        return Decision(person.id, flag.protected, (why, *reasons), flag)
    return Decision(person.id, bool(reasons), reasons)


def decide_all(
    persons: Iterable[Person],
    last_places: Mapping[str, str],
    flags: Mapping[str, Flag],
    rules: Rules | None = None,
) -> dict[str, Decision]:
    """A decision for every person (``last_places``: person id -> place name; ``flags``: person id -> flag)."""
    return {p.id: decide(p, last_places.get(p.id), flags.get(p.id), rules) for p in persons}


def last_place_ids(facts: Iterable[Fact]) -> dict[str, str]:
    """Person id -> the place id of the latest dated, placed fact in which they are victim or subject."""
    latest: dict[str, tuple[date, date, str]] = {}
    for fact in facts:
        if not fact.place or fact.time is None:
            continue
        when = (fact.time.latest, fact.time.earliest, fact.place)
        for entity, role in fact.participants():
            if role in PRINCIPAL and (entity not in latest or when[:2] > latest[entity][:2]):
                latest[entity] = when
    return {person: found[2] for person, found in latest.items()}

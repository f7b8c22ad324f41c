"""Status of a person of concern, from the latest event that happened to them.

Event types map to statuses through ``data/status.yaml``; the latest dated fact wins (undated
facts count as of their report's publication date). A person is *at risk* while detained,
disappeared or repatriated, and when a minor's status is unknown.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from tumen.extract.vocab import load

if TYPE_CHECKING:
    from tumen.corroborate.facts import Fact
    from tumen.resolve.persons import Person

AT_RISK = ("detained", "disappeared", "repatriated")


@cache
def _table() -> dict[str, str]:
    table: dict[str, str] = load("status.yaml")["by_event"]
    return table


def status_of(person: Person, facts: list[Fact]) -> None:
    latest: tuple[date, int, str] | None = None
    for fact in facts:
        status = _table().get(fact.type)
        if status is None or not any(e == person.id and r in ("victim", "subject") for e, r in fact.participants()):
            continue
        when = fact.time.earliest if fact.time else None  # a year-precise fact must not outrank a dated one
        if when is None:
            when = max((s.published.earliest for s in fact.supports if s.published), default=None)
        if when is None:
            continue
        rank = list(_table()).index(fact.type)  # ties: later in the table is later in a life story
        if latest is None or (when, rank) > (latest[0], latest[1]):
            latest = (when, rank, status)
    person.status, person.status_date = "unknown", None
    if latest is not None:
        person.status, person.status_date = latest[2], latest[0]
    person.at_risk = person.status in AT_RISK

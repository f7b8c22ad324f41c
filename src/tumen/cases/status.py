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
from tumen.model import DocumentInfo

if TYPE_CHECKING:
    from tumen.cases.casebase import Person
    from tumen.corroborate.facts import Fact

AT_RISK = ("detained", "disappeared", "repatriated")


@cache
def _table() -> dict[str, str]:
    table: dict[str, str] = load("status.yaml")["by_event"]
    return table


def status_of(person: Person, facts: list[Fact], documents: dict[int, DocumentInfo]) -> None:
    latest: tuple[date, int, str] | None = None
    for fact in facts:
        status = _table().get(fact.type)
        if status is None or not any(e == person.id and r in ("victim", "subject") for e, r in fact.participants()):
            continue
        when = fact.time.earliest if fact.time else None  # a year-precise fact must not outrank a dated one
        if when is None:
            published = [documents[s.document].meta.published for s in fact.supports]
            when = max((p for p in published if p), default=None)
        if when is None:
            continue
        rank = list(_table()).index(fact.type)  # ties: later in the table is later in a life story
        if latest is None or (when, rank) > (latest[0], latest[1]):
            latest = (when, rank, status)
    if latest is not None:
        person.status, person.status_date = latest[2], latest[0]
    person.at_risk = person.status in AT_RISK

"""Pattern context: who else went through the same place in the same period.

For an event of a person (a detention at a camp, a repatriation through a crossing), the other persons
with an event of the same type, in the same role, at the same place, whose own stated time overlaps — the
other detainees of a camp, the others sent back through one crossing. A query on the stored statements
(indexed by type and place, with each statement's own window ``lo``/``hi``) and the persons their facts
involve; nothing is rebuilt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tumen.store import case_schema as t

ROLES_NOT_SHARED = frozenset({"witness"})  # telling of an event is not going through it


@dataclass(frozen=True)
class Occasion:
    """One of a person's dated events at one place, in one role: what pattern context is asked about."""

    fact_id: str
    type: str
    role: str
    place: str
    earliest: date
    latest: date


@dataclass(frozen=True)
class Fellow:
    """Another person with an event of the same type at the same place in an overlapping period."""

    person_id: str
    name: str
    status: str
    fact_id: str
    earliest: date
    latest: date


@dataclass
class PatternContext:
    occasion: Occasion
    place_name: str
    others: list[Fellow] = field(default_factory=list)


def pattern_context(conn: Connection, person_id: str, occasions: Iterable[Occasion]) -> list[PatternContext]:
    """For each occasion, the other persons (never ``person_id`` itself) whose dated statements of the same
    event type put them, in the same role, at the same place at a time overlapping the occasion's. Persons
    are listed once per occasion with the union of their matching statements' windows, earliest first."""
    s, fe, p = t.statements, t.fact_entities, t.persons
    found: list[PatternContext] = []
    wanted = [o for o in occasions if o.role not in ROLES_NOT_SHARED]
    names = _place_names(conn, {o.place for o in wanted})
    for occasion in wanted:
        query = (
            sa.select(fe.c.entity, p.c.name, p.c.status, s.c.fact_id, s.c.lo, s.c.hi)
            .join(fe, fe.c.fact_id == s.c.fact_id)
            .join(p, p.c.id == fe.c.entity)
            .where(
                s.c.type == occasion.type,
                s.c.place == occasion.place,
                s.c.dated.is_(True),
                s.c.lo <= occasion.latest,
                s.c.hi >= occasion.earliest,
                s.c.fact_id != occasion.fact_id,
                fe.c.role == occasion.role,
                fe.c.entity != person_id,
            )
        )
        windows: dict[tuple[str, str], tuple[str, str, date, date]] = {}
        for entity, name, status, fact_id, lo, hi in conn.execute(query):
            key = (str(entity), str(fact_id))
            if key in windows:
                _n, _s, old_lo, old_hi = windows[key]
                lo, hi = min(lo, old_lo), max(hi, old_hi)
            windows[key] = (str(name), str(status), lo, hi)
        others = [
            Fellow(entity, name, status, fact_id, lo, hi)
            for (entity, fact_id), (name, status, lo, hi) in windows.items()
        ]
        others.sort(key=lambda f: (f.earliest, f.name, f.person_id, f.fact_id))
        found.append(PatternContext(occasion, names.get(occasion.place, occasion.place), others))
    return found


def _place_names(conn: Connection, places: set[str]) -> dict[str, str]:
    n = t.named
    if not places:
        return {}
    rows = conn.execute(sa.select(n.c.id, n.c.name).where(n.c.id.in_(sorted(places)))).all()
    return {str(r[0]): str(r[1]) for r in rows}

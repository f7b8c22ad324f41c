"""Reads the REST API needs that the case-file reads do not have: pages of persons and facts after a cursor.

Each page is in a total order, so a page that starts after the last item of the one before never skips or
repeats an item (keyset pagination, not offsets):

- persons: most mentioned first, then by id — the order of ``tumen persons``;
- facts: dated before undated, then by earliest day, type and id — the order of the JSON export's events.

Every function takes the :class:`~tumen.store.Store` the API holds (``tumen.store``) and opens its own connection.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from tumen.store import case_schema as t
from tumen.store.schema import documents

if TYPE_CHECKING:
    from tumen.store import Store

# Facts read from the database per round while a filter the database cannot apply (place, period) drops some.
FACT_BATCH = 200


@dataclass(frozen=True)
class PersonKey:
    """Where a person stands in the persons' order: more mentions first, then the id."""

    mentions: int
    id: str


@dataclass(frozen=True)
class FactKey:
    """Where a fact stands in the export's order: dated first, by earliest day, then type and id."""

    earliest: date | None
    type: str
    id: str


@dataclass(frozen=True)
class FactFilter:
    """What the database can narrow facts by (place and period are checked again on the decoded fact)."""

    person: str | None = None
    type: str | None = None
    verdict: str | None = None
    places: tuple[str, ...] = ()  # facts whose statements name one of these places (the caller checks the fact's own)
    dated_until: date | None = None  # only dated facts whose earliest day is on or before this one
    reaching: date | None = None  # facts that may be dated on or after this day (a superset: the caller checks)
    dated: bool = False  # only dated facts


def live_id(store: Store, entity_id: str) -> str:
    """The id an id stands for now: itself, or the surviving id it was merged into (``redirects``)."""
    r = t.redirects
    with store.engine.connect() as conn:
        target = conn.execute(sa.select(r.c.target).where(r.c.id == entity_id)).scalar()
    return str(target) if target else entity_id


def person_data(store: Store, person_id: str) -> dict[str, Any] | None:
    """One stored person (codec data), or None."""
    p = t.persons
    with store.engine.connect() as conn:
        found = conn.execute(sa.select(p.c.data).where(p.c.id == person_id)).scalar()
    return dict(found) if found is not None else None


def persons_page(
    store: Store,
    *,
    status: str | None = None,
    at_risk: bool | None = None,
    after: PersonKey | None = None,
    limit: int = 50,
) -> list[tuple[PersonKey, dict[str, Any]]]:
    """Up to ``limit`` persons (codec data) after ``after`` in the persons' order, with their keys."""
    p = t.persons
    query = sa.select(p.c.mentions, p.c.id, p.c.data).order_by(p.c.mentions.desc(), p.c.id).limit(limit)
    if status is not None:
        query = query.where(p.c.status == status)
    if at_risk is not None:
        query = query.where(p.c.at_risk.is_(at_risk))
    if after is not None:
        query = query.where(
            sa.or_(p.c.mentions < after.mentions, sa.and_(p.c.mentions == after.mentions, p.c.id > after.id))
        )
    with store.engine.connect() as conn:
        return [(PersonKey(int(m), str(i)), dict(d)) for m, i, d in conn.execute(query)]


def _after_fact(key: FactKey) -> sa.ColumnElement[bool]:
    f = t.facts
    same_day = f.c.earliest.is_(None) if key.earliest is None else f.c.earliest == key.earliest
    later_in_day = sa.and_(same_day, sa.or_(f.c.type > key.type, sa.and_(f.c.type == key.type, f.c.id > key.id)))
    if key.earliest is None:
        return later_in_day
    return sa.or_(f.c.earliest.is_(None), f.c.earliest > key.earliest, later_in_day)


def _fact_query(wanted: FactFilter) -> sa.Select[Any]:
    f, fe, s = t.facts, t.fact_entities, t.statements
    query = sa.select(f.c.earliest, f.c.type, f.c.id, f.c.data)
    if wanted.person is not None:
        query = query.where(f.c.id.in_(sa.select(fe.c.fact_id).where(fe.c.entity == wanted.person)))
    if wanted.type is not None:
        query = query.where(f.c.type == wanted.type)
    if wanted.verdict is not None:
        query = query.where(f.c.verdict == wanted.verdict)
    if wanted.places:
        query = query.where(f.c.id.in_(sa.select(s.c.fact_id).where(s.c.place.in_(list(wanted.places)))))
    dated = wanted.dated or wanted.dated_until is not None or wanted.reaching is not None
    if dated:
        query = query.where(f.c.earliest.is_not(None))
    if wanted.dated_until is not None:
        query = query.where(f.c.earliest <= wanted.dated_until)
    if wanted.reaching is not None:
        query = query.where(_may_reach(wanted.reaching))
    if dated:  # every row has a first day: the order of ix_facts_period (earliest, type, id, latest), read from it
        return query.order_by(f.c.earliest, f.c.type, f.c.id)
    return query.order_by(f.c.earliest.is_(None), f.c.earliest, f.c.type, f.c.id)


def _may_reach(day: date) -> sa.ColumnElement[bool]:
    """Facts whose time may end on or after ``day``, by the stored last day (``facts.latest``: written by the
    pipeline, computed from the stored JSON by migration 0012 for older facts). A fact written without it (NULL
    while it has a first day: a writer older than the column) is a candidate. The caller checks each decoded
    fact."""
    f = t.facts
    return sa.or_(f.c.latest >= day, f.c.latest.is_(None))


def facts_after(
    store: Store, wanted: FactFilter, after: FactKey | None = None, batch: int = FACT_BATCH
) -> Iterator[tuple[FactKey, dict[str, Any]]]:
    """Facts (codec data) matching ``wanted``, in the export's order, starting after ``after``; read ``batch``
    at a time, so a caller that stops early reads little."""
    query = _fact_query(wanted)
    position = after
    while True:
        page = query if position is None else query.where(_after_fact(position))
        with store.engine.connect() as conn:
            rows = conn.execute(page.limit(batch)).all()
        for earliest, kind, fact_id, data in rows:
            position = FactKey(earliest, str(kind), str(fact_id))
            yield position, dict(data)
        if len(rows) < batch:
            return


def place_ids(store: Store, name_or_id: str) -> list[str]:
    """Places (ids) answering to an id or a name or alias (case ignored), in id order."""
    n = t.named
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(n.c.id, n.c.name, n.c.aliases).where(n.c.kind == "place")).all()
    wanted = name_or_id.casefold()
    return sorted(
        str(i)
        for i, name, aliases in rows
        if i == name_or_id or wanted in {str(x).casefold() for x in [name, *(aliases or [])]}
    )


def document_ids(store: Store, ref: str) -> list[int]:
    """Documents a reference names: an id, or a SHA-256 prefix of at least 6 hex digits (at most two returned,
    enough to tell a unique prefix from an ambiguous one)."""
    text = ref.strip().lower()
    with store.engine.connect() as conn:
        if text.isdigit() and len(text) <= 18:
            found = conn.execute(sa.select(documents.c.id).where(documents.c.id == int(text))).scalar()
            if found is not None:
                return [int(found)]
        if 6 <= len(text) <= 64 and all(c in "0123456789abcdef" for c in text):
            query = sa.select(documents.c.id).where(documents.c.sha256.like(text + "%")).order_by(documents.c.id)
            return [int(i) for i in conn.execute(query.limit(2)).scalars()]
    return []

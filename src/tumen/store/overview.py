"""What the workbench's pages read besides a case file: the dashboard's counts, statuses, open
contradictions and recent documents, the statuses a listing can filter by, a person id's live form, and
the dependencies between a set of documents. Each is one query or a few on the stored tables."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tumen.store import case_schema as t
from tumen.store import crypto
from tumen.store.schema import documents
from tumen.store.tables import chunks


@dataclass(frozen=True)
class Counts:
    documents: int
    persons: int
    events: int
    sources: int  # distinct outlets that published the documents
    review: int  # uncertain "same person?" pairs waiting for an analyst
    contradicted: int


@dataclass(frozen=True)
class StatusCount:
    status: str
    persons: int
    at_risk: int


@dataclass(frozen=True)
class RecentDocument:
    id: int
    title: str | None
    outlet: str | None
    published: date | None
    published_precision: str | None
    language: str | None
    ingested_at: datetime


def _count(conn: Connection, query: Any) -> int:
    return int(conn.execute(query).scalar() or 0)


def counts(conn: Connection) -> Counts:
    f = t.facts
    return Counts(
        documents=_count(conn, sa.select(sa.func.count()).select_from(documents)),
        persons=_count(conn, sa.select(sa.func.count()).select_from(t.persons)),
        events=_count(conn, sa.select(sa.func.count()).select_from(f)),
        sources=_count(conn, sa.select(sa.func.count(sa.distinct(documents.c.outlet)))),
        review=_count(conn, sa.select(sa.func.count()).select_from(t.review_pairs)),
        contradicted=_count(conn, sa.select(sa.func.count()).select_from(f).where(f.c.verdict == "contradicted")),
    )


def statuses(conn: Connection) -> list[StatusCount]:
    """Every status as stored, with how many persons have it and how many of them are at risk; most first."""
    p = t.persons
    at_risk = sa.func.sum(sa.case((p.c.at_risk.is_(True), 1), else_=0))
    query = (
        sa.select(p.c.status, sa.func.count(), at_risk)
        .group_by(p.c.status)
        .order_by(sa.func.count().desc(), p.c.status)
    )
    return [StatusCount(str(r[0]), int(r[1]), int(r[2] or 0)) for r in conn.execute(query)]


def contradicted_facts(conn: Connection, limit: int = 50) -> list[dict[str, Any]]:
    """The stored data of facts whose sources contradict each other, earliest first (undated last)."""
    f = t.facts
    query = (
        sa.select(f.c.data)
        .where(f.c.verdict == "contradicted")
        .order_by(f.c.earliest.is_(None), f.c.earliest, f.c.type, f.c.id)
        .limit(limit)
    )
    return [dict(d) for d in conn.execute(query).scalars()]


def _opened_title(sealer: crypto.Sealer | None, row: Any) -> list[Any]:
    """A row (id, title, …, sha256) of documents without its last column, the title opened when the store is
    encrypted."""
    values = list(row)
    sha = values.pop()
    if sealer is not None and values[1] is not None:
        values[1] = sealer.open_text(values[1], crypto.document_ad("title", sha))
    return values


def recent_documents(conn: Connection, limit: int = 10) -> list[RecentDocument]:
    d = documents.c
    query = (
        sa.select(d.id, d.title, d.outlet, d.published, d.published_precision, d.language, d.ingested_at, d.sha256)
        .order_by(d.ingested_at.desc(), d.id.desc())
        .limit(limit)
    )
    sealer = crypto.sealer_of(conn.engine)
    return [RecentDocument(*_opened_title(sealer, row)) for row in conn.execute(query)]


def live_person(conn: Connection, person_id: str) -> tuple[str, bool]:
    """(the id to show, whether it names a stored person): a retired id gives the id it was merged into."""
    r, p = t.redirects, t.persons
    target = conn.execute(sa.select(r.c.target).where(r.c.id == person_id)).scalar()
    live = str(target) if target else person_id
    exists = conn.execute(sa.select(p.c.id).where(p.c.id == live)).scalar() is not None
    return live, exists


def dependencies_among(conn: Connection, docs: Iterable[int]) -> list[tuple[int, int, str]]:
    """(document, the document it depends on, why) for every stored dependency within ``docs``."""
    d = t.dependencies
    wanted = set(docs)
    rows: list[tuple[int, int, str]] = []
    for chunk in chunks(wanted):
        query = sa.select(d.c.document_id, d.c.depends_on, d.c.why).where(d.c.document_id.in_(chunk))
        rows += [(int(a), int(b), str(w)) for a, b, w in conn.execute(query) if int(b) in wanted]
    return sorted(rows)


def document_infos(conn: Connection, ids: Iterable[int]) -> dict[int, tuple[str | None, str | None, date | None]]:
    """(title, outlet, published) of each document still stored (a withdrawn one is absent)."""
    d = documents.c
    sealer = crypto.sealer_of(conn.engine)
    found: dict[int, tuple[str | None, str | None, date | None]] = {}
    for chunk in chunks(set(ids)):
        for row in conn.execute(sa.select(d.id, d.title, d.outlet, d.published, d.sha256).where(d.id.in_(chunk))):
            found[int(row[0])] = (_opened_title(sealer, row)[1], row[2], row[3])
    return found

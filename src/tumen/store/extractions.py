"""Storing what extraction found: one row per document, replaced atomically (an upsert)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine

from tumen.store import crypto
from tumen.store.chain import PATIENCE_MS, record_extraction
from tumen.store.schema import documents, extractions


def pending(engine: Engine, version: str, force: bool = False) -> list[int]:
    """Documents never processed, or processed by another extractor version (all with ``force``)."""
    query = sa.select(documents.c.id).order_by(documents.c.id)
    if not force:
        query = query.outerjoin(extractions, extractions.c.document_id == documents.c.id).where(
            sa.or_(extractions.c.document_id.is_(None), extractions.c.version != version)
        )
    with engine.connect() as conn:
        return [int(i) for i in conn.execute(query).scalars()]


Saved = tuple[int, dict[str, Any], int, int]  # (document, extraction as JSON, persons, events)


def save(engine: Engine, document_id: int, version: str, data: dict[str, Any], persons: int, events: int) -> None:
    """Store (or replace) one document's extraction: an upsert, so two processes saving the same
    document at once both succeed (the later one wins), each with its entry in the evidence chain."""
    save_many(engine, version, [(document_id, data, persons, events)])


def save_many(engine: Engine, version: str, saved: list[Saved]) -> None:
    """Store (or replace) several documents' extractions in one transaction: one upsert statement for all, then
    each one's entry in the evidence chain, in the order given."""
    if not saved:
        return
    sealer = crypto.sealer_of(engine)
    now = datetime.now(UTC)
    rows = [
        {
            "document_id": document_id,
            "version": version,
            "processed_at": now,
            "persons": persons,
            "events": events,
            "data": crypto.seal_json(sealer, document_id, data),  # sealed whole in an encrypted store
        }
        for document_id, data, persons, events in saved
    ]
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA busy_timeout={PATIENCE_MS}")
        crypto.require_current(conn, sealer)
        conn.execute(_upsert(conn.dialect.name), rows)
        for document_id, _data, _persons, _events in saved:
            record_extraction(conn, document_id)


@cache
def _upsert(dialect: str) -> Any:
    """The upsert of one extraction row, built once per dialect (its parameters bound at execution)."""
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(extractions)
    changed = [c.name for c in extractions.c if c.name != "document_id"]
    return insert.on_conflict_do_update(
        index_elements=[extractions.c.document_id], set_={name: insert.excluded[name] for name in changed}
    )


def get(engine: Engine, document_id: int) -> dict[str, Any] | None:
    sealer = crypto.sealer_of(engine)
    with engine.connect() as conn:
        found = conn.execute(sa.select(extractions.c.data).where(extractions.c.document_id == document_id)).scalar()
    return dict(crypto.open_json(sealer, document_id, found)) if found is not None else None


def every(engine: Engine) -> Iterator[tuple[int, dict[str, Any]]]:
    sealer = crypto.sealer_of(engine)
    with engine.connect() as conn:
        query = sa.select(extractions.c.document_id, extractions.c.data).order_by(extractions.c.document_id)
        for document_id, data in conn.execute(query).yield_per(100):
            yield int(document_id), dict(crypto.open_json(sealer, int(document_id), data))

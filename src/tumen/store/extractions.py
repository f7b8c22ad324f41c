"""Storing what extraction found: one row per document, replaced atomically."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

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


def save(engine: Engine, document_id: int, version: str, data: dict[str, Any], persons: int, events: int) -> None:
    with engine.begin() as conn:
        conn.execute(extractions.delete().where(extractions.c.document_id == document_id))
        conn.execute(
            extractions.insert().values(
                document_id=document_id,
                version=version,
                processed_at=datetime.now(UTC),
                persons=persons,
                events=events,
                data=data,
            )
        )


def get(engine: Engine, document_id: int) -> dict[str, Any] | None:
    with engine.connect() as conn:
        found = conn.execute(sa.select(extractions.c.data).where(extractions.c.document_id == document_id)).scalar()
    return dict(found) if found is not None else None


def every(engine: Engine) -> Iterator[tuple[int, dict[str, Any]]]:
    with engine.connect() as conn:
        query = sa.select(extractions.c.document_id, extractions.c.data).order_by(extractions.c.document_id)
        for document_id, data in conn.execute(query).yield_per(100):
            yield int(document_id), dict(data)

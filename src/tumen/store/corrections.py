"""Analysts' corrections of the case base's editable fields, kept beside the extracted facts.

A correction never rewrites what was extracted: it is a row saying "field F of person (or
event) X is V, decided by whom, when, from which file". Rows are only added; the latest one
for a subject and field is in force, and one without a value clears the field. Which fields may
be corrected, and their values, are checked by :mod:`tumen.export.csv_import` before anything
is written here. Created by migration ``0008_corrections``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from tumen.store import case_schema as t
from tumen.store import crypto
from tumen.store.crypto_columns import SealedText
from tumen.store.schema import metadata

corrections = sa.Table(
    "corrections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("subject_kind", sa.String(16), nullable=False),  # "person" or "event"
    sa.Column("subject_id", sa.String(128), nullable=False),
    sa.Column("field", sa.String(32), nullable=False),
    sa.Column("value", SealedText("corrections.value")),  # None: the correction is withdrawn, the extracted one stands
    sa.Column("decided_by", sa.Text, nullable=False),
    sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("source", SealedText("corrections.source")),  # the file it came from
)
sa.Index("ix_corrections_subject", corrections.c.subject_kind, corrections.c.subject_id)


@dataclass(frozen=True)
class Change:
    """One field of one subject set to ``value`` (None clears it)."""

    subject_kind: str
    subject_id: str
    field: str
    value: str | None


def _in_force(rows: Iterable[Any]) -> list[dict[str, Any]]:
    """The latest value per subject and field from rows oldest first (a row without value clears it)."""
    current: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in rows:
        subject = str(row.target or row.subject_id)
        key = (row.subject_kind, subject, row.field)
        if row.value is None:
            current.pop(key, None)
            continue
        current[key] = {
            "subject": row.subject_kind,
            "id": subject,
            "field": row.field,
            "value": row.value,
            "by": row.decided_by,
            "at": row.decided_at.isoformat() if row.decided_at else None,
        }
    return list(current.values())


def _query() -> sa.Select[Any]:
    c, r = corrections, t.redirects
    return sa.select(c, r.c.target).outerjoin(r, r.c.id == c.c.subject_id).order_by(c.c.decided_at, c.c.id)


def latest(conn: Connection) -> list[dict[str, Any]]:
    """The corrections in force, ``{"subject", "id", "field", "value", "by", "at"}``, oldest first.

    An id that was merged into another is followed, so a person's corrections stay with the person
    they joined; when both ids carry the same field, the later decision wins. Corrections are few
    (one per field an analyst changed), so they are read at once."""
    return _in_force(conn.execute(_query()).all())


def of_subjects(conn: Connection, kind: str, ids: Iterable[str]) -> dict[str, dict[str, str]]:
    """The corrections in force for some persons (or events), ids followed: id -> field -> value.
    For one case file: ``of_subjects(conn, "person", [person.id])``."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, dict[str, str]] = {}
    c, r = corrections, t.redirects
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        retired = sa.select(r.c.id).where(r.c.target.in_(chunk))
        query = _query().where(c.c.subject_kind == kind, sa.or_(c.c.subject_id.in_(chunk), c.c.subject_id.in_(retired)))
        for item in _in_force(conn.execute(query).all()):
            found.setdefault(item["id"], {})[item["field"]] = item["value"]
    return found


def record(engine: Engine, changes: Iterable[Change], by: str, source: str | None = None) -> int:
    """Store every change in one transaction (all or nothing); returns how many were stored."""
    now = datetime.now(UTC)
    rows = [
        {
            "subject_kind": ch.subject_kind,
            "subject_id": ch.subject_id,
            "field": ch.field,
            "value": ch.value,
            "decided_by": by,
            "decided_at": now,
            "source": source,
        }
        for ch in changes
    ]
    if rows:
        with engine.begin() as conn:
            crypto.require_current(conn, crypto.sealer_of(engine))
            conn.execute(corrections.insert(), rows)
    return len(rows)

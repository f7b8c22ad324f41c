"""Analysts' protection flags: ``tumen protect PERSON`` and ``tumen unprotect PERSON --reason``.

One row per decision, never updated: the latest row for a person is the flag in force (protected or not),
and it decides over the rules of ``data/protection.yaml``. An id merged into another is followed, so a flag
stays with the person it was set on. Created by migration ``0010_protection``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from tumen.store import case_schema as t
from tumen.store import crypto
from tumen.store.crypto_columns import SealedText
from tumen.store.schema import metadata

protection_flags = sa.Table(
    "protection_flags",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("person_id", sa.String(16), nullable=False, index=True),
    sa.Column("protected", sa.Boolean, nullable=False),
    sa.Column("reason", SealedText("protection_flags.reason")),  # sealed in an encrypted store
    sa.Column("decided_by", sa.Text, nullable=False),
    sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
)


def record(engine: Engine, person_id: str, protected: bool, reason: str | None, by: str) -> None:
    """Store one analyst's decision about one person."""
    with engine.begin() as conn:
        protection_flags.create(conn, checkfirst=True)  # a store made while migration 0010 was still empty
        crypto.require_current(conn, crypto.sealer_of(engine))
        conn.execute(
            protection_flags.insert().values(
                person_id=person_id,
                protected=protected,
                reason=reason,
                decided_by=by,
                decided_at=datetime.now(UTC),
            )
        )


def in_force(conn: Connection) -> dict[str, dict[str, Any]]:
    """Person id (merged ids followed) -> the latest decision: ``{"protected", "reason", "by", "at"}``."""
    if not sa.inspect(conn).has_table(protection_flags.name):
        return {}  # a store made while migration 0010 was still empty: no flags yet
    f, r = protection_flags, t.redirects
    query = sa.select(f, r.c.target).outerjoin(r, r.c.id == f.c.person_id).order_by(f.c.decided_at, f.c.id)
    found: dict[str, dict[str, Any]] = {}
    for row in conn.execute(query):
        person = str(row.target or row.person_id)
        found[person] = {
            "protected": bool(row.protected),
            "reason": row.reason,
            "by": row.decided_by,
            "at": row.decided_at.isoformat() if row.decided_at else None,
        }
    return found

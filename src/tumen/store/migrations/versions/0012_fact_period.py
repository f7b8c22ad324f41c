"""fact_period: the last day of each fact's time, and indexes for the events' period filter and order

``GET /api/events?from=&to=`` keeps the events whose time overlaps the period. Until now only the first day of a
fact's time was a column (``facts.earliest``); whether it reaches the period's start was decided by decoding every
candidate fact. ``facts.latest`` is the last day: the pipeline writes it with ``earliest``
(:mod:`tumen.pipeline.refact`), so the filter is an indexed comparison.

Facts stored before this revision get an upper bound computed here from their stored JSON: the latest day of any
of their statements' times and of a time derived from an age. A fact's time is the overlap of (some of) its
statements' times, one of them, or the derived time, so it never ends later than that. The reads treat the
column as "the fact's time ends on or before this day" and check the decoded fact, so an upper bound is correct
(only a little slower) until the pipeline next rewrites the fact with its exact day.

Also ``ix_facts_period`` on (earliest, type, id), the export's order of dated facts, so a page of the period
filter is read in order from the index rather than sorted, and ``ix_facts_latest``.

Revision ID: 0012_fact_period
Revises: 0011_audit
Create Date: 2026-12-03
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0012_fact_period"
down_revision = "0011_audit"
branch_labels = None
depends_on = None

_BATCH = 2000


def upper_bound(data: Any) -> date | None:
    """The latest day any time stored in a fact's JSON reaches (None: the fact has no time at all)."""
    if isinstance(data, str):
        data = json.loads(data)
    days = [s["time"]["latest"] for s in data.get("supports") or [] if s.get("time")]
    if data.get("derived_time"):
        days.append(data["derived_time"]["latest"])
    return max(date.fromisoformat(d) for d in days) if days else None


def upgrade() -> None:
    op.add_column("facts", sa.Column("latest", sa.Date))
    facts = sa.table(
        "facts", sa.column("id", sa.String), sa.column("earliest", sa.Date), sa.column("latest", sa.Date),
        sa.column("data", sa.JSON),
    )  # fmt: skip
    conn = op.get_bind()
    update = facts.update().where(facts.c.id == sa.bindparam("fid")).values(latest=sa.bindparam("day"))
    position = ""
    while True:
        rows = conn.execute(
            sa.select(facts.c.id, facts.c.data)
            .where(facts.c.earliest.is_not(None), facts.c.id > position)
            .order_by(facts.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        changes = [{"fid": fid, "day": upper_bound(data)} for fid, data in rows]
        dated = [c for c in changes if c["day"] is not None]
        if dated:
            conn.execute(update, dated)
        position = rows[-1][0]
    op.create_index("ix_facts_latest", "facts", ["latest"])
    op.create_index("ix_facts_period", "facts", ["earliest", "type", "id"])


def downgrade() -> None:
    op.drop_index("ix_facts_period", "facts")
    op.drop_index("ix_facts_latest", "facts")
    op.drop_column("facts", "latest")

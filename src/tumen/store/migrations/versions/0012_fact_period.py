"""fact_period: the last day of each fact's time, and indexes for the events' period filter and order

``GET /api/events?from=&to=`` keeps the events whose time overlaps the period. Until now only the first day of a
fact's time was a column (``facts.earliest``); whether it reaches the period's start was decided by decoding every
candidate fact. ``facts.latest`` is the last day: the pipeline writes it with ``earliest``
(:mod:`tumen.pipeline.refact`), so the filter is an indexed comparison.

Facts stored before this revision get the day computed here from their stored JSON, by a copy of the rule of
``tumen.corroborate.facts.Fact.time`` as it stands at this revision (the store may not import the analysis; a
test compares the two on a processed store): the overlap of the current statements' own times (a state told
as of its report only when nothing else dates it), else the time derived from an age. The pipeline writes the
exact day again whenever it rewrites a fact.

Also ``ix_facts_period`` on (earliest, type, id, latest): the export's order of dated facts with the last day beside
it, so a page of the period filter is read in order from the index and a fact's row (its JSON, the column added
after it) is read only when its period matches; and ``ix_facts_latest``.

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


_DURATIVE = ("detention", "disappearance", "family_separation")  # tumen.corroborate.facts.DURATIVE


def _as_of_report(support: dict[str, Any]) -> bool:
    time, published = support.get("time"), support.get("published")
    if not time:
        return False
    if time.get("precision") == "ongoing":
        return True
    if support.get("type") not in _DURATIVE or not published:
        return False
    return bool((time["earliest"], time["latest"]) == (published["earliest"], published["latest"]))


def _from_age(support: dict[str, Any]) -> bool:
    return any(pair[0] == "__time_basis" and pair[1] == "from_age" for pair in support.get("attributes") or [])


def fact_latest(data: Any) -> date | None:
    """The last day of a stored fact's time (None: undated), as ``Fact.time`` computes it from the same JSON."""
    if isinstance(data, str):
        data = json.loads(data)
    current = [s for s in data.get("supports") or [] if not s.get("earlier")]
    stated = [s for s in current if s.get("time") and not _from_age(s)]  # a report's dating from an age yields
    times = [s["time"] for s in stated if not _as_of_report(s)] or [s["time"] for s in stated]
    derived = data.get("derived_time")
    if not times and derived:
        return date.fromisoformat(derived["latest"])
    times = times or [s["time"] for s in current if s.get("time")]
    if not times:
        return None
    merged: tuple[str, str] | None = (times[0]["earliest"], times[0]["latest"])
    for time in times[1:]:
        if merged is not None:
            earliest, latest = max(merged[0], time["earliest"]), min(merged[1], time["latest"])
            merged = (earliest, latest) if earliest <= latest else None
    return date.fromisoformat(merged[1] if merged is not None else times[0]["latest"])


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
        changes = [{"fid": fid, "day": fact_latest(data)} for fid, data in rows]
        dated = [c for c in changes if c["day"] is not None]
        if dated:
            conn.execute(update, dated)
        position = rows[-1][0]
    op.create_index("ix_facts_latest", "facts", ["latest"])
    op.create_index("ix_facts_period", "facts", ["earliest", "type", "id", "latest"])


def downgrade() -> None:
    op.drop_index("ix_facts_period", "facts")
    op.drop_index("ix_facts_latest", "facts")
    op.drop_column("facts", "latest")

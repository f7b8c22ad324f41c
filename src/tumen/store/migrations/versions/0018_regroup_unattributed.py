"""regroup_unattributed: statements told of no one are one event across reports only on the same day

Until now two reports of "an arrest in <town> in 2019" without anyone named were one fact, although a busy
border town sees many arrests in a year; such facts gathered the statements of every report of that place and
year, counted them as corroboration, and made every update near them read all of them. Across documents such
statements are now one fact only on exactly the same day (corroborate/grouping.py). This migration marks the
documents holding a statement told of no one at a place in a period longer than a day as not yet absorbed, so
the next ``tumen process`` regroups the facts near them (their extractions are kept; nothing is re-extracted).

Revision ID: 0018_regroup_unattributed
Revises: 0017_withdrawal_reasons
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_regroup_unattributed"
down_revision = "0017_withdrawal_reasons"
branch_labels = None
depends_on = None

STALE = "regroup-unattributed"  # never an extractor version: the document is absorbed again


def upgrade() -> None:
    statements = sa.table(
        "statements",
        sa.column("document_id", sa.Integer),
        sa.column("principal", sa.String),
        sa.column("place", sa.String),
        sa.column("dated", sa.Boolean),
        sa.column("lo", sa.Date),
        sa.column("hi", sa.Date),
    )
    documents = sa.table("case_documents", sa.column("document_id", sa.Integer), sa.column("version", sa.String))
    affected = sa.select(statements.c.document_id).where(
        statements.c.principal.is_(None),
        statements.c.place.is_not(None),
        statements.c.dated.is_(True),
        statements.c.lo != statements.c.hi,
    )
    op.execute(documents.update().where(documents.c.document_id.in_(affected)).values(version=STALE))


def downgrade() -> None:
    """Nothing to undo: the documents were absorbed again under the rule of their time."""

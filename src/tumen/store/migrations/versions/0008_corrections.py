"""corrections: analysts' corrections of the case base's editable fields (tumen import-csv)

One row per changed field, never updated: the latest row for a subject and field is the
correction in force (a row with no value clears it). Extracted facts are never rewritten.

Revision ID: 0008_corrections
Revises: 0007_chain
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_corrections"
down_revision = "0007_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("subject_kind", sa.String(16), nullable=False),
        sa.Column("subject_id", sa.String(128), nullable=False),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("value", sa.Text),
        sa.Column("decided_by", sa.Text, nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.Text),
    )
    op.create_index("ix_corrections_subject", "corrections", ["subject_kind", "subject_id"])


def downgrade() -> None:
    op.drop_index("ix_corrections_subject", "corrections")
    op.drop_table("corrections")

"""protection: analysts' at-risk flags (tumen protect / tumen unprotect, issue 13)

One row per decision, never updated; the latest row for a person is in force.

Revision ID: 0010_protection
Revises: 0009_accounts
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_protection"
down_revision = "0009_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "protection_flags",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("person_id", sa.String(16), nullable=False),
        sa.Column("protected", sa.Boolean, nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("decided_by", sa.Text, nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_protection_flags_person_id", "protection_flags", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_protection_flags_person_id", "protection_flags")
    op.drop_table("protection_flags")

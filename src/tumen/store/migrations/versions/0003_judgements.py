"""judgements: analysts' merge / distinct decisions about person records

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "judgements",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("left_record", sa.String(64), nullable=False),
        sa.Column("right_record", sa.String(64), nullable=False),
        sa.Column("judgement", sa.String(16), nullable=False),
        sa.Column("decided_by", sa.Text, nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_judgements_pair", "judgements", ["left_record", "right_record"])


def downgrade() -> None:
    op.drop_table("judgements")

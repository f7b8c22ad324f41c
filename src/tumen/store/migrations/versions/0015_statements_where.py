"""statements_where: an index of statements by place, type and time

Updating the case base asks, for each statement of a changed document, which statements of its type are at its
place at an overlapping or the same time (the reports that may be one occasion). With an index on the place alone
each such look-up read every statement ever told at a busy place, so the cost of adding a document grew with the
base; the composite index reads just the statements of that type there in that period.

Revision ID: 0015_statements_where
Revises: 0014_encryption
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0015_statements_where"
down_revision = "0014_encryption"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_statements_where", "statements", ["place", "type", "lo", "hi"])


def downgrade() -> None:
    op.drop_index("ix_statements_where", table_name="statements")

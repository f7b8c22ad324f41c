"""audit: the append-only, hash-chained audit log (issue 13)

Revision ID: 0011_audit
Revises: 0010_protection
Create Date: 2026-12-03
"""

from __future__ import annotations

revision = "0011_audit"
down_revision = "0010_protection"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # the tables come with the change that uses them


def downgrade() -> None:
    pass

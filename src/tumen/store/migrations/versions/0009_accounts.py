"""accounts: users with roles, password hashes, sessions and API tokens (issue 13)

Revision ID: 0009_accounts
Revises: 0008_corrections
Create Date: 2026-12-03
"""

from __future__ import annotations

revision = "0009_accounts"
down_revision = "0008_corrections"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # the tables come with the change that uses them


def downgrade() -> None:
    pass

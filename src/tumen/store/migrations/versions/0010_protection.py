"""protection: analysts' at-risk flags and the pseudonym key's identity (issue 13)

Revision ID: 0010_protection
Revises: 0009_accounts
Create Date: 2026-12-03
"""

from __future__ import annotations

revision = "0010_protection"
down_revision = "0009_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # the tables come with the change that uses them


def downgrade() -> None:
    pass

"""search: full-text index over documents' titles and text

Revision ID: 0004_search
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

revision = "0004_search"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

"""translated: documents record the language a machine or human translation was made from

Revision ID: 0006_translated
Revises: 0005_casebase
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0006_translated"
down_revision = "0005_casebase"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table rebuild): the immutability triggers on documents stay as they are.
    op.execute("ALTER TABLE documents ADD COLUMN translated_from VARCHAR(16)")


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("translated_from")

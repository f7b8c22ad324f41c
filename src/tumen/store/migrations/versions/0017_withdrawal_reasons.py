"""withdrawal reasons: in an encrypted store, why a document was withdrawn is kept sealed here, not in the chain

The evidence chain cannot be re-sealed when the key rotates (its entries are hashed), so an encrypted store's
withdrawal entry holds a salted hash of the reason and the reason itself lives in this table, sealed and re-sealed
like the case base. A plaintext store keeps the reason in the chain as before.

Revision ID: 0017_withdrawal_reasons
Revises: 0016_search_terms
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_withdrawal_reasons"
down_revision = "0016_search_terms"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "withdrawal_reasons",
        sa.Column("document_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("salt", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("withdrawal_reasons")

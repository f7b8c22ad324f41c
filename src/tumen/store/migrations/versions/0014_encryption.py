"""encryption: the marker of an encrypted store and its blind search index (issue 13)

Creates ``encryption`` (one row once ``tumen keys init`` has encrypted the store: the cipher and the data key's
check value, never the key) and ``search_tokens`` (keyed tokens of an encrypted store's words, declared in
:mod:`tumen.store.crypto`). Nothing is encrypted by this revision: a store stays plaintext until
``tumen keys init``.

Revision ID: 0014_encryption
Revises: 0013_persons_version
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_encryption"
down_revision = "0013_persons_version"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "encryption",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("cipher", sa.String(32), nullable=False),
        sa.Column("check_value", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rotated_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "search_tokens",
        sa.Column("token", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        ),
        sqlite_with_rowid=False,
    )
    # Withdrawing a document deletes its tokens through the foreign key; this finds them.
    op.create_index("ix_search_tokens_document", "search_tokens", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_search_tokens_document", "search_tokens")
    op.drop_table("search_tokens")
    op.drop_table("encryption")

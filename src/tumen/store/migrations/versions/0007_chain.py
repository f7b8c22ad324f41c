"""chain: the append-only evidence chain over documents, extractions, judgements and withdrawals

Creates the ``chain`` table with triggers that refuse UPDATE and DELETE (and TRUNCATE on
PostgreSQL) of its entries, then chains everything already stored, in id order.

Revision ID: 0007_chain
Revises: 0006_translated
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_chain"
down_revision = "0006_translated"
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = (
    """
    CREATE TRIGGER chain_no_update BEFORE UPDATE ON chain
    BEGIN SELECT RAISE(ABORT, 'the evidence chain is append-only'); END
    """,
    """
    CREATE TRIGGER chain_no_delete BEFORE DELETE ON chain
    BEGIN SELECT RAISE(ABORT, 'the evidence chain is append-only'); END
    """,
)

_PG_STATEMENTS = (
    """
    CREATE FUNCTION tumen_chain_append_only() RETURNS trigger AS $$
    BEGIN
        RAISE EXCEPTION 'the evidence chain is append-only';
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER chain_append_only BEFORE UPDATE OR DELETE ON chain
    FOR EACH ROW EXECUTE FUNCTION tumen_chain_append_only()
    """,
    """
    CREATE TRIGGER chain_no_truncate BEFORE TRUNCATE ON chain
    FOR EACH STATEMENT EXECUTE FUNCTION tumen_chain_append_only()
    """,
)


def upgrade() -> None:
    from tumen.store.chain import record_everything

    op.create_table(
        "chain",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("payload", sa.String(64), nullable=False),
        sa.Column("prev", sa.String(64), nullable=False),
        sa.Column("head", sa.String(64), nullable=False),
    )
    op.create_index("ix_chain_subject", "chain", ["subject"])
    bind = op.get_bind()
    for statement in _PG_STATEMENTS if bind.dialect.name == "postgresql" else _SQLITE_TRIGGERS:
        op.execute(statement)
    record_everything(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS chain_no_truncate ON chain")
        op.execute("DROP TRIGGER IF EXISTS chain_append_only ON chain")
        op.execute("DROP FUNCTION IF EXISTS tumen_chain_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS chain_no_update")
        op.execute("DROP TRIGGER IF EXISTS chain_no_delete")
    op.drop_index("ix_chain_subject", "chain")
    op.drop_table("chain")

"""persons_version: a counter the database bumps whenever the persons table changes

The readers' view redacts every at-risk person's names (:mod:`tumen.protect.redact`); building that redaction
reads and compiles every person, too slow to do on each request. The web app keeps it while
``case_versions.version`` (row ``persons``) stays the same. Triggers bump it in the transaction of any insert,
update or delete of ``persons`` — whatever writes them: a processed document (new names, aliases, mentions),
a merge, a withdrawal, ``tumen protect``/``unprotect`` (the stored at-risk flag) — so no writer can forget it, and
a cached redaction is never used after the persons it was built from changed.

SQLite runs the trigger once per changed row, PostgreSQL once per statement (also on TRUNCATE). The bump is an
upsert of one row: it commits or rolls back with the change, and concurrent writers of persons (already serialised
by the case base's lock) take their turn.

Revision ID: 0013_persons_version
Revises: 0012_fact_period
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_persons_version"
down_revision = "0012_fact_period"
branch_labels = None
depends_on = None

# An upsert, not a row made here: a store's tables copied row by row into a fresh one (benchmarks/casebase.py) bring
# their counter along. No row yet reads as 0.
_BUMP = (
    "INSERT INTO case_versions (name, version) VALUES ('persons', 1) "
    "ON CONFLICT (name) DO UPDATE SET version = case_versions.version + 1"
)
_SQLITE = tuple(
    f"CREATE TRIGGER persons_version_{event.lower()} AFTER {event} ON persons BEGIN {_BUMP}; END"
    for event in ("INSERT", "UPDATE", "DELETE")
)
_PG = (
    f"""
    CREATE FUNCTION tumen_persons_version() RETURNS trigger AS $$
    BEGIN
        {_BUMP};
        RETURN NULL;
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER persons_version AFTER INSERT OR UPDATE OR DELETE ON persons
    FOR EACH STATEMENT EXECUTE FUNCTION tumen_persons_version()
    """,
    """
    CREATE TRIGGER persons_version_truncate AFTER TRUNCATE ON persons
    FOR EACH STATEMENT EXECUTE FUNCTION tumen_persons_version()
    """,
)


def upgrade() -> None:
    op.create_table(
        "case_versions",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("version", sa.BigInteger, nullable=False),
    )
    for statement in _PG if op.get_bind().dialect.name == "postgresql" else _SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS persons_version_truncate ON persons")
        op.execute("DROP TRIGGER IF EXISTS persons_version ON persons")
        op.execute("DROP FUNCTION IF EXISTS tumen_persons_version()")
    else:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS persons_version_{event}")
    op.drop_table("case_versions")

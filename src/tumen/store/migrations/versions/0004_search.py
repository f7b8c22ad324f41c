"""search: full-text index over documents' titles and text

SQLite: an FTS5 table with the ``trigram`` tokenizer (case-insensitive substrings, so Korean words
with particles attached are found), kept in step with ``documents`` by triggers in the same
transaction as every insert. PostgreSQL: a trigram GIN index (``pg_trgm``) over title and text,
which PostgreSQL maintains itself; without the extension, search still works, by scanning.
Both are filled with the documents already stored when this migration runs.

Revision ID: 0004_search
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_search"
down_revision = "0003"
branch_labels = None
depends_on = None

# The indexed expression; tumen.store.search builds the identical one so the planner uses the index.
_PG_DOCUMENT = "(coalesce(title, '') || ' ' || \"text\")"

_SQLITE_STATEMENTS = (
    """
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='id', tokenize='trigram'
    )
    """,
    """
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END
    """,
    """
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END
    """,
    """
    CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END
    """,
    # Backfill: index every document stored before this revision.
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
)


def _pg_trgm_available(bind: sa.engine.Connection) -> bool:
    """Create pg_trgm if we may; a server without it (or without the right) still gets search."""
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        return False
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        if _pg_trgm_available(bind):
            op.execute(f"CREATE INDEX ix_documents_search ON documents USING gin ({_PG_DOCUMENT} gin_trgm_ops)")
        return
    for statement in _SQLITE_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_documents_search")
        return
    for trigger in ("documents_fts_insert", "documents_fts_delete", "documents_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS documents_fts")

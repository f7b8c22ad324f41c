"""search_terms: a word index with counts, so that search ranks common words without reading every match's text

Creates ``search_terms`` (one row per word and document: its count in the text and in the title, and the text's
length) and ``search_pending`` (documents not indexed yet), declared in :mod:`tumen.store.search_terms`, and:

- a trigger that puts every document stored afterwards on the pending list (none while the store is encrypted);
- a trigger that empties both tables when the store is encrypted (``tumen keys init`` writes ``encryption``);
- foreign keys that delete a withdrawn document's rows with it.

A plaintext store's documents are indexed here, with the same rule as ``tumen.store.search_terms.word_counts``
(kept in this file so the revision does not change when the module does); an encrypted store's are not.

Revision ID: 0016_search_terms
Revises: 0015_statements_where
Create Date: 2026-12-04
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0016_search_terms"
down_revision = "0015_statements_where"
branch_labels = None
depends_on = None

_MAX_WORD = 64
_WORD = re.compile(r"\w+")

_SQLITE = (
    """
    CREATE TRIGGER documents_search_pending AFTER INSERT ON documents
    WHEN NOT EXISTS (SELECT 1 FROM encryption)
    BEGIN
        INSERT INTO search_pending (document_id) VALUES (new.id);
    END
    """,
    """
    CREATE TRIGGER encryption_search_terms AFTER INSERT ON encryption
    BEGIN
        DELETE FROM search_terms;
        DELETE FROM search_pending;
    END
    """,
)
_PG = (
    """
    CREATE FUNCTION tumen_search_pending() RETURNS trigger AS $$
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM encryption) THEN
            INSERT INTO search_pending (document_id) SELECT id FROM added;
        END IF;
        RETURN NULL;
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER documents_search_pending AFTER INSERT ON documents
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION tumen_search_pending()
    """,
    """
    CREATE FUNCTION tumen_search_terms_sealed() RETURNS trigger AS $$
    BEGIN
        TRUNCATE search_terms, search_pending;
        RETURN NULL;
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER encryption_search_terms AFTER INSERT ON encryption
    FOR EACH STATEMENT EXECUTE FUNCTION tumen_search_terms_sealed()
    """,
)


def _counts(value: str | None) -> Counter[str]:
    return Counter(word[:_MAX_WORD] for word in _WORD.findall(value.lower())) if value else Counter()


def _backfill(bind: sa.engine.Connection) -> None:
    """Index every document of a plaintext store (an encrypted one's are not: the index would hold its words)."""
    if bind.exec_driver_sql("SELECT 1 FROM encryption LIMIT 1").first() is not None:
        return
    terms = sa.table(
        "search_terms",
        *(sa.column(c) for c in ("word", "document_id", "in_text", "in_title", "chars")),
    )
    documents = sa.table("documents", *(sa.column(c) for c in ("id", "title", "text", "chars")))
    last = 0
    while True:
        query = sa.select(*documents.c).where(documents.c.id > last).order_by(documents.c.id).limit(200)
        found = bind.execute(query).all()
        if not found:
            return
        rows: list[dict[str, Any]] = []
        for doc_id, title, text, chars in found:
            in_text, in_title = _counts(text), _counts(title)
            rows += [
                {"word": w, "document_id": doc_id, "in_text": in_text[w], "in_title": in_title[w], "chars": chars}
                for w in sorted(in_text.keys() | in_title.keys())
            ]
        if bind.dialect.name == "postgresql":  # one statement per batch, not one per row
            columns = ("word", "document_id", "in_text", "in_title", "chars")
            kinds = ("text", "integer", "integer", "integer", "integer")
            arrays = ", ".join(f"CAST(:{c} AS {k}[])" for c, k in zip(columns, kinds, strict=True))
            bind.execute(
                sa.text(f"INSERT INTO search_terms ({', '.join(columns)}) SELECT * FROM unnest({arrays})"),
                {c: [row[c] for row in rows] for c in columns},
            )
        elif rows:
            bind.execute(terms.insert(), rows)
        last = int(found[-1][0])


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    op.create_table(
        "search_terms",
        # PostgreSQL: byte order, so that the words starting with a term are one range of the key.
        sa.Column("word", sa.Text(collation="C") if postgres else sa.Text, nullable=False),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("in_text", sa.Integer, nullable=False),
        sa.Column("in_title", sa.Integer, nullable=False),
        sa.Column("chars", sa.Integer, nullable=False),
        # The counts ride in the key's index (PostgreSQL INCLUDE; SQLite stores the table in its key's order):
        # ranking reads the index alone.
        sa.PrimaryKeyConstraint(
            "word", "document_id", name="pk_search_terms", postgresql_include=["in_text", "in_title", "chars"]
        ),
        sqlite_with_rowid=False,
    )
    # A withdrawn document's rows are found by its id (the foreign key's cascade), and so are a re-indexed one's.
    op.create_index("ix_search_terms_document", "search_terms", ["document_id"])
    op.create_table(
        "search_pending",
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        ),
        sqlite_with_rowid=False,
    )
    if postgres:
        # No statistics of the words: PostgreSQL's keep sample values (pg_statistic), which would outlive the rows
        # when the store is sealed. tumen.store.search plans the ranking without them.
        op.execute("ALTER TABLE search_terms ALTER COLUMN word SET STATISTICS 0")
    for statement in _PG if postgres else _SQLITE:
        op.execute(statement)
    _backfill(bind)
    if postgres:
        op.execute("ANALYZE search_terms")  # the table's size and its ids' statistics, now


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS encryption_search_terms ON encryption")
        op.execute("DROP TRIGGER IF EXISTS documents_search_pending ON documents")
        op.execute("DROP FUNCTION IF EXISTS tumen_search_terms_sealed()")
        op.execute("DROP FUNCTION IF EXISTS tumen_search_pending()")
    else:
        op.execute("DROP TRIGGER IF EXISTS encryption_search_terms")
        op.execute("DROP TRIGGER IF EXISTS documents_search_pending")
    op.drop_table("search_pending")
    op.drop_index("ix_search_terms_document", "search_terms")
    op.drop_table("search_terms")

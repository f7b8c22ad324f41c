"""The evidence store's tables, declared once for SQLite and PostgreSQL.

Alembic migrations in ``migrations/versions`` create them; this module is what the
code queries against. Keep the two in step (a test compares them).
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    # Identity of the evidence: SHA-256 of the original bytes, never stored twice.
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("content", sa.LargeBinary, nullable=False),
    # The extracted plain text; every evidence offset refers to it, so it never changes.
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("text_sha256", sa.String(64), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("published_precision", sa.String(8)),
    sa.Column("language", sa.String(16)),
    # The language a translated document was translated from (None: written in its own language).
    sa.Column("translated_from", sa.String(16)),
    sa.Column("media_type", sa.String(128), nullable=False),
    sa.Column("filename", sa.Text),
    sa.Column("encoding", sa.String(32)),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("chars", sa.Integer, nullable=False),
    sa.Column("extra", sa.JSON, nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("ingested_by", sa.Text, nullable=False),
    sa.UniqueConstraint("sha256", name="uq_documents_sha256"),
)

sa.Index("ix_documents_published", documents.c.published)
sa.Index("ix_documents_outlet", documents.c.outlet)

# What extraction found in a document; replaced whenever the extractor version changes.
extractions = sa.Table(
    "extractions",
    metadata,
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("version", sa.String(32), nullable=False),
    sa.Column("processed_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("persons", sa.Integer, nullable=False),
    sa.Column("events", sa.Integer, nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
)
sa.Index("ix_extractions_version", extractions.c.version)

# Analysts' decisions about person records ("DOC:LOCAL_ID"); the latest for a pair wins.
judgements = sa.Table(
    "judgements",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("left_record", sa.String(64), nullable=False),
    sa.Column("right_record", sa.String(64), nullable=False),
    sa.Column("judgement", sa.String(16), nullable=False),
    sa.Column("decided_by", sa.Text, nullable=False),
    sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
)
sa.Index("ix_judgements_pair", judgements.c.left_record, judgements.c.right_record)

# The evidence chain (tumen.store.chain): append-only; each entry's head hashes the one before it.
chain = sa.Table(
    "chain",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("subject", sa.String(64), nullable=False),
    sa.Column("detail", sa.Text, nullable=False),
    sa.Column("payload", sa.String(64), nullable=False),
    sa.Column("prev", sa.String(64), nullable=False),
    sa.Column("head", sa.String(64), nullable=False),
)
sa.Index("ix_chain_subject", chain.c.subject)

# Columns that make a document what it is as evidence: no UPDATE may touch them.
IMMUTABLE_COLUMNS = ("sha256", "content", "text", "text_sha256")

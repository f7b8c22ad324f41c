"""documents: the immutable evidence table

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_SQLITE_TRIGGER = """
CREATE TRIGGER documents_immutable BEFORE UPDATE OF sha256, content, text, text_sha256 ON documents
BEGIN
    SELECT RAISE(ABORT, 'documents are immutable evidence: sha256, content and text cannot change');
END
"""

_PG_FUNCTION = """
CREATE FUNCTION tumen_documents_immutable() RETURNS trigger AS $$
BEGIN
    IF NEW.sha256 IS DISTINCT FROM OLD.sha256 OR NEW.content IS DISTINCT FROM OLD.content
       OR NEW.text IS DISTINCT FROM OLD.text OR NEW.text_sha256 IS DISTINCT FROM OLD.text_sha256 THEN
        RAISE EXCEPTION 'documents are immutable evidence: sha256, content and text cannot change';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql
"""

_PG_TRIGGER = """
CREATE TRIGGER documents_immutable BEFORE UPDATE ON documents
FOR EACH ROW EXECUTE FUNCTION tumen_documents_immutable()
"""


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("published_precision", sa.String(8)),
        sa.Column("language", sa.String(16)),
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
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_outlet", "documents", ["outlet"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
        op.execute(_PG_TRIGGER)
    else:
        op.execute(_SQLITE_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS documents_immutable ON documents")
        op.execute("DROP FUNCTION IF EXISTS tumen_documents_immutable()")
    else:
        op.execute("DROP TRIGGER IF EXISTS documents_immutable")
    op.drop_table("documents")

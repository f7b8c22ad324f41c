"""Withdrawing a document: its text and bytes leave every table and index; a tombstone stays.

:func:`remove` runs inside the caller's case-base transaction (so the case base can be re-derived
in the same transaction); :func:`scrub` runs after the commit and makes the deleted bytes
unreadable in the database files themselves where the engine allows it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from tumen.errors import NotFoundError
from tumen.store import case_schema as t
from tumen.store.chain import record_withdrawal
from tumen.store.schema import documents, extractions
from tumen.store.search_terms import search_terms

log = logging.getLogger(__name__)

# Tables whose rows may hold a document's words (quotes, contexts, names): PostgreSQL vacuums them.
_WORDY = (
    documents,
    extractions,
    t.case_records,
    t.statements,
    t.named_mentions,
    t.relation_statements,
    t.persons,
    t.facts,
    t.relations,
    t.review_pairs,
    search_terms,
)


@dataclass(frozen=True)
class Withdrawn:
    document_id: int
    sha256: str
    head: str  # the chain's head after the tombstone


def remove(conn: Connection, doc_id: int, reason: str, by: str) -> Withdrawn:
    """Delete the document's row (bytes, text, metadata), its extraction and its full-text entry,
    and chain a tombstone: its hashes, who, when and why."""
    row = conn.execute(sa.select(documents.c.sha256, documents.c.text_sha256).where(documents.c.id == doc_id)).first()
    if row is None:
        raise NotFoundError(f"no document {doc_id}")
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA secure_delete=ON")  # freed pages are zeroed, not left readable
    conn.execute(extractions.delete().where(extractions.c.document_id == doc_id))
    conn.execute(documents.delete().where(documents.c.id == doc_id))  # the FTS5 trigger drops its entry
    head = record_withdrawal(conn, doc_id, str(row[0]), str(row[1]), by, reason)
    return Withdrawn(doc_id, str(row[0]), head)


def scrub(engine: Engine) -> None:
    """After a withdrawal: SQLite merges the full-text index (dropping deleted entries), rebuilds
    the file and empties the write-ahead log; PostgreSQL vacuums the tables that held words."""
    if engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'documents_fts'").first():
                conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')")
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for table in _WORDY:
                conn.exec_driver_sql(f'VACUUM "{table.name}"')
    except sa.exc.DBAPIError as exc:  # not the owner, or busy: the rows are gone all the same
        log.warning("after the withdrawal, VACUUM did not run: %s", type(exc.orig).__name__)

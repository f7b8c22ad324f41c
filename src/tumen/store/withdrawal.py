"""Withdrawing a document: its text and bytes leave every table and index; a tombstone stays.

:func:`remove` runs inside the caller's case-base transaction (so the case base can be re-derived
in the same transaction); :func:`scrub` runs after the commit and makes the deleted bytes
unreadable in the database files themselves where the engine allows it.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from tumen.errors import NotFoundError
from tumen.store import case_schema as t
from tumen.store import crypto
from tumen.store.chain import record_withdrawal
from tumen.store.crypto_columns import SealedText
from tumen.store.schema import documents, extractions, metadata
from tumen.store.search_terms import search_terms

log = logging.getLogger(__name__)

# An encrypted store's withdrawal reasons (migration 0017): sealed and re-sealed with the case base; the chain
# holds only sha256(salt + reason), the salt sealed too, so a guessed reason cannot be confirmed without the key.
withdrawal_reasons = sa.Table(
    "withdrawal_reasons",
    metadata,
    sa.Column("document_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("salt", SealedText("withdrawal_reasons.salt"), nullable=False),
    sa.Column("reason", SealedText("withdrawal_reasons.reason"), nullable=False),
)

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
    withdrawal_reasons,
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
    told: dict[str, str] = {"reason": reason}
    if crypto.sealer_of(conn.engine) is not None:  # encrypted: the reason sealed here, its salted hash chained
        salt = secrets.token_hex(16)
        conn.execute(withdrawal_reasons.insert().values(document_id=doc_id, salt=salt, reason=reason))
        told = {"reason_sha256": hashlib.sha256((salt + reason).encode("utf-8")).hexdigest()}
    head = record_withdrawal(conn, doc_id, str(row[0]), str(row[1]), by, told)
    return Withdrawn(doc_id, str(row[0]), head)


def reason_of(conn: Connection, doc_id: int) -> str | None:
    """An encrypted store's reason for withdrawing the document (opened), None when it has none here."""
    row = conn.execute(sa.select(withdrawal_reasons.c.reason).where(withdrawal_reasons.c.document_id == doc_id)).first()
    return None if row is None else str(row[0])


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

"""``tumen keys init`` and ``tumen keys rotate``: sealing a store in place, and re-sealing it under a new key.

Each is one transaction over every document (its bytes, its text, its sealed metadata — title, author, URL, file
name —, its blind-index tokens and its stored extraction), every sealed column of the case base, the analysts'
corrections and protection flags (:mod:`tumen.store.crypto_columns`) and the store's ``encryption`` row: an
interruption leaves the store as it was, under the old key (or in plaintext). The immutability trigger of
``documents`` is set aside inside that transaction only, and comes back before it commits; the documents' hashes,
the evidence chain and every offset stay what they were, since they are of the plaintext. Afterwards, SQLite's
file is rebuilt (``VACUUM``) with freed pages zeroed, so the plaintext that was there does not stay readable in
the file; PostgreSQL rewrites those tables (``VACUUM FULL``).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from tumen.errors import StoreError
from tumen.store import case_schema as _case_schema  # noqa: F401  (declares the sealed case-base tables)
from tumen.store import corrections as _corrections  # noqa: F401  (declares the corrections' sealed columns)
from tumen.store import crypto, crypto_columns
from tumen.store import protection as _protection  # noqa: F401  (declares the protection flags' sealed column)
from tumen.store import withdrawal as _withdrawal  # noqa: F401  (declares the withdrawal reasons' sealed columns)
from tumen.store.chain import PATIENCE_MS
from tumen.store.crypto import DataKey, Sealer
from tumen.store.documents import index_document, open_content, open_text
from tumen.store.schema import documents, extractions
from tumen.store.schema import metadata as tables_metadata

log = logging.getLogger(__name__)

# The immutability trigger of migration 0001, as it is recreated after sealing.
_SQLITE_TRIGGER = """
CREATE TRIGGER documents_immutable BEFORE UPDATE OF sha256, content, text, text_sha256 ON documents
BEGIN
    SELECT RAISE(ABORT, 'documents are immutable evidence: sha256, content and text cannot change');
END
"""
_PG_TRIGGER = """
CREATE TRIGGER documents_immutable BEFORE UPDATE ON documents
FOR EACH ROW EXECUTE FUNCTION tumen_documents_immutable()
"""
# PostgreSQL tables rewritten after sealing: the documents, their extractions and every table with sealed columns.
_SCRUBBED = ("documents", "extractions", *(table.name for table, _c in crypto_columns.sealed_columns(tables_metadata)))
_SQLITE_FTS = ("documents_fts_insert", "documents_fts_delete", "documents_fts_update")


def _begin(conn: Connection) -> None:
    """Take the store for writing: no document is added while it is (re)sealed."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("LOCK TABLE documents IN SHARE ROW EXCLUSIVE MODE")
    else:
        conn.exec_driver_sql(f"PRAGMA busy_timeout={PATIENCE_MS}")
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        conn.exec_driver_sql("PRAGMA secure_delete=ON")


def _reseal(conn: Connection, opened_by: Sealer | None, sealer: Sealer) -> int:
    """Every document's bytes and text sealed by ``sealer`` (opened by ``opened_by``, None: plaintext), and
    its blind-index tokens made anew. Returns how many documents."""
    postgres = conn.dialect.name == "postgresql"
    conn.exec_driver_sql("DROP TRIGGER documents_immutable" + (" ON documents" if postgres else ""))
    conn.execute(crypto.search_tokens.delete())
    d = documents
    ids = [int(i) for i in conn.execute(sa.select(d.c.id).order_by(d.c.id)).scalars()]
    fields = [d.c[name] for name in (*crypto.SEALED_FIELDS, "extra")]
    for doc_id in ids:
        row = conn.execute(sa.select(d.c.sha256, d.c.content, d.c.text, *fields).where(d.c.id == doc_id)).one()
        sha = str(row.sha256)
        content = open_content(opened_by, sha, bytes(row.content))
        text = open_text(opened_by, sha, str(row.text))
        metadata = crypto.open_row(opened_by, row._mapping)
        conn.execute(
            d.update()
            .where(d.c.id == doc_id)
            .values(
                content=sealer.seal(content, crypto.document_ad("content", sha)),
                text=sealer.seal_text(text, crypto.document_ad("text", sha)),
                **crypto.seal_fields(sealer, sha, metadata),
            )
        )
        index_document(conn, sealer, doc_id, metadata["title"], text)
    conn.exec_driver_sql(_PG_TRIGGER if postgres else _SQLITE_TRIGGER)
    e = extractions
    for doc_id in [int(i) for i in conn.execute(sa.select(e.c.document_id).order_by(e.c.document_id)).scalars()]:
        stored = conn.execute(sa.select(e.c.data).where(e.c.document_id == doc_id)).scalar_one()
        data = crypto.open_json(opened_by, doc_id, stored)
        conn.execute(e.update().where(e.c.document_id == doc_id).values(data=crypto.seal_json(sealer, doc_id, data)))
    if opened_by is None:  # sealed names are found by their words (tumen.store.crypto_columns)
        crypto_columns.add_name_parts(conn)
    crypto_columns.reseal_tables(conn, tables_metadata, opened_by, sealer)
    return len(ids)


def _drop_word_index(conn: Connection) -> None:
    """The plaintext full-text index goes: an encrypted store searches its blind index."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_documents_search")
        return
    for trigger in _SQLITE_FTS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS documents_fts")


def _scrub(engine: Engine) -> None:
    """Rewrite the storage so that the plaintext the rows held is not left in freed pages, nor in the planner's
    statistics (which may keep sample values of a column: SQLite's ``sqlite_stat4``, PostgreSQL's ``pg_statistic``):
    they are computed again where they existed (SQLite) or for every rewritten table (PostgreSQL)."""
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA secure_delete=ON")
                if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
                    conn.exec_driver_sql("ANALYZE")
                conn.exec_driver_sql("VACUUM")
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            else:
                for table in _SCRUBBED:
                    conn.exec_driver_sql(f'VACUUM (FULL, ANALYZE) "{table}"')
    except sa.exc.DBAPIError as exc:  # busy, or not the owner: the rows are sealed all the same
        log.warning("after sealing, the storage was not rewritten: %s", type(exc.orig).__name__)


def seal_store(engine: Engine, key: DataKey) -> int:
    """Encrypt a plaintext store in place under ``key``. Returns the number of documents sealed."""
    sealer = Sealer(key)
    crypto.forget(engine)
    with engine.begin() as conn:
        _begin(conn)
        if crypto.read_check(conn) is not None:
            raise StoreError("the store is already encrypted: `tumen keys rotate` changes its key")
        _drop_word_index(conn)
        count = _reseal(conn, None, sealer)
        conn.execute(
            crypto.encryption.insert().values(
                id=1, cipher=crypto.CIPHER, check_value=sealer.check_value(), created_at=datetime.now(UTC)
            )
        )
    crypto.remember(engine, sealer)
    _scrub(engine)
    return count


def rotate_store(engine: Engine, old: Sealer, key: DataKey) -> int:
    """Re-seal an encrypted store, opened by ``old``, under ``key``. Returns the number of documents."""
    sealer = Sealer(key)
    with engine.begin() as conn:
        _begin(conn)
        check = crypto.read_check(conn)
        if check is None:
            raise StoreError("the store is not encrypted: `tumen keys init` encrypts it")
        if not old.opens(check):
            raise crypto.DataKeyError("the store's key changed while it was open: open it again")
        if sealer.opens(check):
            raise StoreError("the new key is the store's current key: rotation needs a different key")
        count = _reseal(conn, old, sealer)
        conn.execute(
            crypto.encryption.update()
            .where(crypto.encryption.c.id == 1)
            .values(check_value=sealer.check_value(), rotated_at=datetime.now(UTC))
        )
    crypto.remember(engine, sealer)
    _scrub(engine)
    return count


def status(engine: Engine) -> dict[str, object]:
    """Whether the store is encrypted, since when, and how many tokens its blind index holds."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(crypto.encryption).where(crypto.encryption.c.id == 1)).first()
        if row is None:
            return {"encrypted": False}
        tokens = conn.execute(sa.select(sa.func.count()).select_from(crypto.search_tokens)).scalar_one()
    return {
        "encrypted": True,
        "cipher": row.cipher,
        "since": row.created_at,
        "rotated": row.rotated_at,
        "index_tokens": int(tokens),
    }

"""Storing documents a group per transaction: a batch of a million records is not a million commits.

Each document is written inside a SAVEPOINT of the group's transaction, with its evidence-chain entry and (when
an actor is given) its audit-log entry: a document the database refuses is rolled back alone, with its entries,
and the group goes on. The group is committed after ``size`` documents or ``seconds`` seconds, whichever comes
first; a process killed before that loses the open group only, which the next run stores again (it finds nothing of
it: every document of a group, with its entries, commits or none does).

Within the group's transaction the chain's and the audit log's locks are taken once (PostgreSQL: advisory locks;
SQLite: the write lock, taken at BEGIN IMMEDIATE) and their heads are read once and then followed in memory: both
stay hash chains, entry after entry, exactly as if each document had been appended on its own.
"""

from __future__ import annotations

import time

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from tumen.errors import StoreError
from tumen.model import NewDocument
from tumen.store import audit, chain, crypto
from tumen.store.documents import index_document, row_values
from tumen.store.schema import documents

# Built once: an insert with its values as parameters compiles once (a statement with ``.values(**row)`` is a new
# statement per document, whose cache key alone costs more than the insert).
_INSERT = documents.insert().returning(documents.c.id)
_BY_SHA = sa.select(documents.c.id).where(documents.c.sha256 == sa.bindparam("sha"))

GROUP_SIZE = 200  # documents per transaction
GROUP_SECONDS = 2.0  # at most this long a group holds the store's write lock (slow inputs: PDFs, long files)


class DocumentWriter:
    """Adds documents to one store, a group per transaction. Call :meth:`commit` when :meth:`due`, and at the end;
    :meth:`close` without a commit rolls the open group back."""

    def __init__(
        self, engine: Engine, audit_by: str | None = None, size: int = GROUP_SIZE, seconds: float = GROUP_SECONDS
    ) -> None:
        self.engine = engine
        self.audit_by = audit_by
        self.size = size
        self.seconds = seconds
        self.sealer = crypto.sealer_of(engine)
        self.added: list[int] = []  # ids of the documents stored in the open group
        self._conn: Connection | None = None
        self._started = 0.0
        self._checked = False  # the store's sealing checked in this transaction
        self._has_chain: bool | None = None
        self._chain: tuple[int, str] | None = None  # (seq, head) after this transaction's last entry, once read
        self._audit: tuple[int, str] | None = None

    def _open(self) -> Connection:
        if self._conn is not None:
            return self._conn
        conn = self.engine.connect()
        try:
            conn.begin()
            if conn.dialect.name == "sqlite":  # the write lock now: what is looked up stays current until the commit
                conn.exec_driver_sql(f"PRAGMA busy_timeout={chain.PATIENCE_MS}")
                conn.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            conn.close()
            raise
        self._conn, self._started, self.added = conn, time.monotonic(), []
        self._checked, self._has_chain, self._chain, self._audit = False, None, None, None
        return conn

    def find(self, sha: str) -> int | None:
        """The id of the document with these original bytes (stored before, or earlier in this group), or None."""
        found = self._open().execute(_BY_SHA, {"sha": sha}).scalar()
        return int(found) if found is not None else None

    def add(self, doc: NewDocument) -> tuple[int, bool]:
        """Store ``doc`` in the open group (looked up before with :meth:`find`: not looked up again). Returns
        ``(id, duplicate)``; a document the database refuses raises :class:`StoreError` and leaves nothing behind."""
        values = row_values(doc, self.sealer)
        conn = self._open()
        try:
            with conn.begin_nested():
                doc_id = int(conn.execute(_INSERT, values).scalar_one())
                if not self._checked:  # after an insert, which waits for a concurrent `tumen keys` to finish
                    crypto.require_current(conn, self.sealer)
                if self.sealer is not None:
                    index_document(conn, self.sealer, doc_id, doc.meta.title, doc.text)
                chain_head = self._chain_entry(conn, doc_id)
                audit_head = self._audit_entry(conn, doc_id)
        except sa.exc.IntegrityError:
            # Another process stored the same bytes since our look-up (PostgreSQL; SQLite holds the write lock).
            existing = self.find(doc.sha256)
            if existing is None:
                raise StoreError("the database refused the document (IntegrityError)") from None
            return existing, True
        except sa.exc.DBAPIError as exc:  # told without the SQL or its parameters (the document's text)
            raise StoreError(f"the database refused the document ({type(exc.orig or exc).__name__})") from None
        # Only now, the savepoint released: a rolled-back savepoint also releases the locks taken inside it.
        self._checked, self._chain, self._audit = True, chain_head, audit_head
        self.added.append(doc_id)
        return doc_id, False

    def _chain_entry(self, conn: Connection, doc_id: int) -> tuple[int, str] | None:
        if self._has_chain is None:
            self._has_chain = chain.exists(conn)
        if not self._has_chain:  # a store whose schema predates the chain (its migration chains the rows)
            return None
        after = self._chain
        if after is None:
            chain.lock(conn, chain.CHAIN_LOCK)
            after = chain.last(conn)
        detail = chain.stored_document_detail(conn, doc_id)
        return chain.write_entry(conn, after, "document", f"document:{doc_id}", detail)

    def _audit_entry(self, conn: Connection, doc_id: int) -> tuple[int, str] | None:
        if self.audit_by is None:
            return None
        after = self._audit
        if after is None:
            audit.write_lock(conn)
            after = audit.last(conn)
        return audit.write_entry(conn, after, self.audit_by, audit.INGEST, f"document:{doc_id}", None)

    def due(self) -> bool:
        """Whether the open group is full or old enough to commit."""
        if self._conn is None:
            return False
        return len(self.added) >= self.size or time.monotonic() - self._started >= self.seconds

    def commit(self) -> None:
        """Commit the open group (nothing when none is open). On failure nothing of the group is stored: the error
        is raised, :attr:`added` still names its documents, and the next document opens a new group."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.commit()
        except sa.exc.DBAPIError as exc:
            raise StoreError(f"the database refused to commit the group ({type(exc.orig or exc).__name__})") from None
        finally:
            conn.close()
        self.added = []

    def close(self) -> None:
        """Roll the open group back (when not committed) and let go of the connection."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

"""The evidence store: the only part of tumen that talks SQL.

One schema for SQLite (the default, a single file) and PostgreSQL (for teams).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import Engine

from tumen.errors import StoreError
from tumen.model import Document, DocumentInfo, NewDocument
from tumen.store import accounts as _accounts  # noqa: F401  (declares the accounts' tables)
from tumen.store import audit as _audit  # noqa: F401  (declares the audit log's table)
from tumen.store import case_schema as _case_schema  # noqa: F401  (declares the case base's tables)
from tumen.store import chain as _chain
from tumen.store import corrections as _corrections  # noqa: F401  (declares the corrections table)
from tumen.store import crypto as _crypto  # declares the encryption marker and the blind index
from tumen.store import documents as _documents
from tumen.store import extractions as _extractions
from tumen.store import grouped as _grouped
from tumen.store import integrity as _integrity
from tumen.store import migrate as _migrate
from tumen.store import protection as _protection  # noqa: F401  (declares the protection_flags table)
from tumen.store import search as _search
from tumen.store import withdrawal as _withdrawal
from tumen.store.casebase import CaseTables
from tumen.store.casereads import CaseReader
from tumen.store.engine import create_engine, describe
from tumen.store.search import SearchHit
from tumen.store.withdrawal import Withdrawn


class Store:
    """A connection to one evidence store."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Store:
        return cls(create_engine(url))

    @property
    def name(self) -> str:
        return describe(self.engine)

    def init(self) -> bool:
        """Create or upgrade the schema. Returns True when something was done."""
        before = _migrate.current_revision(self.engine)
        try:
            _migrate.upgrade(self.engine)
        except Exception as exc:
            raise StoreError(f"cannot initialise {self.name}: {exc}") from exc
        finally:
            _crypto.forget(self.engine)  # read again from the schema as it is now
        return before != _migrate.head_revision()

    def revision(self) -> str | None:
        return _migrate.current_revision(self.engine)

    def ensure_ready(self) -> None:
        """Fail with a clear message unless the schema exists and is current."""
        try:
            current = self.revision()
        except Exception as exc:
            raise StoreError(f"cannot open {self.name}: {exc}") from exc
        if current is None:
            raise StoreError(f"{self.name} is not a tumen store yet: run `tumen init` first")
        if current != _migrate.head_revision():
            raise StoreError(f"{self.name} has an older schema ({current}): run `tumen init` to upgrade it")
        _crypto.sealer_of(self.engine)  # an encrypted store without its data key is refused here, at open

    def add(self, doc: NewDocument) -> tuple[int, bool]:
        """Store ``doc`` in its own transaction (a group of one) with its evidence-chain entry. Returns ``(id,
        duplicate)``: the same bytes already stored write nothing and give the existing id."""
        writer = self.writer(size=1)
        try:
            existing = writer.find(doc.sha256)
            if existing is not None:
                return existing, True
            added = writer.add(doc)
            writer.commit()
            return added
        finally:
            writer.close()

    def writer(self, audit_by: str | None = None, size: int = _grouped.GROUP_SIZE) -> _grouped.DocumentWriter:
        """A writer adding documents a group of ``size`` per transaction, each with its evidence-chain entry and,
        given ``audit_by``, its audit-log entry in the same transaction (see store/grouped.py)."""
        return _grouped.DocumentWriter(self.engine, audit_by=audit_by, size=size)

    def find_sha256(self, sha: str) -> int | None:
        return _documents.find_by_sha256(self.engine, sha)

    def resolve(self, ref: str | int) -> int:
        return _documents.resolve(self.engine, ref)

    def document(self, ref: str | int) -> Document:
        return _documents.get(self.engine, self.resolve(ref))

    def documents_by_id(self, ids: list[int]) -> list[Document]:
        """The stored documents with these ids, in that order, read in one query."""
        return _documents.get_many(self.engine, ids)

    def original(self, ref: str | int) -> bytes:
        return _documents.original(self.engine, self.resolve(ref))

    def documents(self) -> list[DocumentInfo]:
        return _documents.list_info(self.engine)

    def count(self) -> int:
        return _documents.count(self.engine)

    def pending_extraction(self, version: str, force: bool = False) -> list[int]:
        return _extractions.pending(self.engine, version, force)

    def save_extraction(self, document_id: int, version: str, data: dict[str, Any], persons: int, events: int) -> None:
        _extractions.save(self.engine, document_id, version, data, persons, events)

    def save_extractions(self, version: str, saved: list[tuple[int, dict[str, Any], int, int]]) -> None:
        """Several documents' extractions, ``(document, data, persons, events)`` each, saved in one transaction."""
        _extractions.save_many(self.engine, version, saved)

    def extraction(self, ref: str | int) -> dict[str, Any] | None:
        return _extractions.get(self.engine, self.resolve(ref))

    def extractions(self) -> Iterator[tuple[int, dict[str, Any]]]:
        return _extractions.every(self.engine)

    def judge(self, left: str, right: str, judgement: str, by: str) -> None:
        """Record an analyst's decision about two person records (kept forever; latest wins)."""
        from datetime import UTC, datetime

        from tumen.store.schema import judgements

        left, right = sorted((left, right))
        with self.engine.begin() as conn:
            found = conn.execute(
                judgements.insert()
                .values(
                    left_record=left,
                    right_record=right,
                    judgement=judgement,
                    decided_by=by,
                    decided_at=datetime.now(UTC),
                )
                .returning(judgements.c.id)
            )
            _chain.record_judgement(conn, int(found.scalar_one()))  # the evidence chain, same transaction

    def judgements(self) -> list[tuple[str, str, str, str]]:
        """The latest decision for every judged pair: (left, right, judgement, by)."""
        import sqlalchemy as sa

        from tumen.store.schema import judgements

        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(judgements).order_by(judgements.c.id)).all()
        latest: dict[tuple[str, str], tuple[str, str, str, str]] = {}
        for row in rows:
            m = row._mapping
            latest[(m["left_record"], m["right_record"])] = (
                m["left_record"],
                m["right_record"],
                m["judgement"],
                m["decided_by"],
            )
        return list(latest.values())

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Documents whose title or text contain every term of ``query``, best first (see store/search.py)."""
        return _search.search(self.engine, query, limit=limit, offset=offset)

    @contextmanager
    def writing(self) -> Iterator[CaseTables]:
        """The case base's tables in one transaction (committed when the block ends without error)."""
        with self.engine.begin() as conn:
            yield CaseTables(conn)

    @contextmanager
    def reading(self) -> Iterator[CaseReader]:
        """The case base's tables for reading (one connection)."""
        with self.engine.connect() as conn:
            yield CaseReader(conn)

    def check(self) -> list[str]:
        return _integrity.check(self.engine)

    @contextmanager
    def updating(self) -> Iterator[CaseTables]:
        """Like :meth:`writing`, with the case base locked for the whole transaction: PostgreSQL takes
        an advisory lock, SQLite an immediate write transaction; concurrent updates wait their turn."""
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                _chain.lock(conn, _chain.CASEBASE_LOCK)
            else:
                conn.exec_driver_sql(f"PRAGMA busy_timeout={_chain.PATIENCE_MS}")  # another run's batch may be long
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            yield CaseTables(conn)

    def chain_head(self) -> str:
        """The evidence chain's head, ``SEQ:SHA256``: save it outside the database."""
        with self.engine.connect() as conn:
            return _chain.head(conn)

    def check_against(self, head: str) -> list[str]:
        """Problems unless the chain as stored now extends ``head`` (saved earlier from :meth:`chain_head`)."""
        with self.engine.connect() as conn:
            return _chain.against(conn, head)

    def remove_document(self, tables: CaseTables, ref: str | int, reason: str, by: str) -> Withdrawn:
        """Inside :meth:`updating`: delete a document's text, bytes, extraction and index entry, and
        chain its tombstone. The caller re-derives the case base in the same transaction."""
        return _withdrawal.remove(tables.conn, self.resolve(ref), reason, by)

    def scrub(self) -> None:
        """After a withdrawal is committed: make the deleted bytes unreadable in the files too."""
        _withdrawal.scrub(self.engine)

    def close(self) -> None:
        self.engine.dispose()


__all__ = ["SearchHit", "Store", "Withdrawn"]

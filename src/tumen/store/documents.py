"""Reading and writing documents: one transaction per document, never an update."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, Row

from tumen.errors import StoreError
from tumen.model import Document, DocumentInfo, Metadata, NewDocument, holds_nul, sha256_hex
from tumen.store import crypto
from tumen.store.crypto import Sealer
from tumen.store.schema import documents

_INFO_COLUMNS = [c for c in documents.c if c.name not in ("content", "text", "text_sha256")]


def _info_kwargs(row: Row[Any], sealer: Sealer | None = None) -> dict[str, Any]:
    m = crypto.open_row(sealer, row._mapping)
    ingested_at = m["ingested_at"]
    if ingested_at.tzinfo is None:  # SQLite hands back naive datetimes; we store UTC
        ingested_at = ingested_at.replace(tzinfo=UTC)
    return {
        "id": m["id"],
        "sha256": m["sha256"],
        "meta": Metadata(
            title=m["title"],
            outlet=m["outlet"],
            author=m["author"],
            url=m["url"],
            published=m["published"],
            language=m["language"],
            published_precision=m["published_precision"],
            translated_from=m["translated_from"],
        ),
        "media_type": m["media_type"],
        "filename": m["filename"],
        "size": m["size"],
        "chars": m["chars"],
        "encoding": m["encoding"],
        "ingested_at": ingested_at,
        "ingested_by": m["ingested_by"],
        "extra": dict(m["extra"] or {}),
    }


def row_values(doc: NewDocument, sealer: Sealer | None) -> dict[str, Any]:
    """The ``documents`` row of ``doc`` as written (sealed when the store is encrypted). A NUL character in any
    text is refused (:class:`StoreError`) before anything is written."""
    sha, meta = doc.sha256, doc.meta
    values = {
        "sha256": sha,
        "content": doc.content,
        "text": doc.text,
        "text_sha256": sha256_hex(doc.text.encode("utf-8")),
        "title": meta.title,
        "outlet": meta.outlet,
        "author": meta.author,
        "url": meta.url,
        "published": meta.published,
        "language": meta.language,
        "published_precision": meta.published_precision,
        "media_type": doc.media_type,
        "filename": doc.filename,
        "encoding": doc.encoding,
        "size": len(doc.content),
        "chars": len(doc.text),
        "extra": doc.extra,
        "ingested_at": datetime.now(UTC),
        "ingested_by": doc.ingested_by,
    }
    if meta.translated_from is not None:  # only named when set: a store before 0006 still takes documents
        values["translated_from"] = meta.translated_from
    _refuse_nul(values)
    if sealer is not None:  # encrypted at rest: only sealed bytes and text reach the database
        values["content"] = sealer.seal(doc.content, crypto.document_ad("content", sha))
        values["text"] = sealer.seal_text(doc.text, crypto.document_ad("text", sha))
        values.update(crypto.seal_fields(sealer, sha, values))
    return values


def index_document(conn: Connection, sealer: Sealer, doc_id: int, title: str | None, text: str) -> None:
    """The blind index's tokens of one document of an encrypted store (its title and text)."""
    tokens = sorted(sealer.tokens(crypto.index_items(title or "") | crypto.index_items(text)))
    if not tokens:
        return
    if conn.dialect.name == "postgresql":  # one statement: psycopg would send an executemany row by row
        conn.execute(
            sa.text(
                "INSERT INTO search_tokens (token, document_id) SELECT unnest(CAST(:tokens AS bigint[])), :document_id"
            ),
            {"tokens": tokens, "document_id": doc_id},
        )
        return
    conn.execute(crypto.search_tokens.insert(), [{"token": t, "document_id": doc_id} for t in tokens])


def open_text(sealer: Sealer | None, sha: str, value: str) -> str:
    """A stored text as written: opened when the store is encrypted."""
    if sealer is not None:
        return sealer.open_text(value, crypto.document_ad("text", sha))
    if value.startswith(crypto.TEXT_PREFIX):
        raise StoreError("the store was encrypted since it was opened: open it again")
    return value


def open_title(sealer: Sealer | None, sha: str, value: str | None) -> str | None:
    """A stored title as written: opened when the store is encrypted."""
    return crypto.open_row(sealer, {"sha256": sha, "title": value})["title"]  # type: ignore[no-any-return]


def open_content(sealer: Sealer | None, sha: str, value: bytes) -> bytes:
    """Stored original bytes as ingested: opened when the store is encrypted."""
    if sealer is not None:
        return sealer.open(value, crypto.document_ad("content", sha))
    return value


def _refuse_nul(values: dict[str, Any]) -> None:
    """PostgreSQL cannot store a NUL character in text; SQLite could: both refuse it, alike, by column."""
    for column, value in values.items():
        if column != "content" and holds_nul(value):
            raise StoreError(f"document refused: its {column} contains a NUL character")


def find_by_sha256(engine: Engine, sha: str) -> int | None:
    with engine.connect() as conn:
        found = conn.execute(sa.select(documents.c.id).where(documents.c.sha256 == sha)).scalar()
    return int(found) if found is not None else None


def resolve(engine: Engine, ref: str | int) -> int:
    """A document id from a number or a unique SHA-256 prefix (at least 6 hex digits)."""
    text = str(ref).strip().lower()
    with engine.connect() as conn:
        if text.isdigit():
            found = conn.execute(sa.select(documents.c.id).where(documents.c.id == int(text))).scalar()
            if found is not None:
                return int(found)
        if len(text) >= 6 and all(c in "0123456789abcdef" for c in text):
            ids = (
                conn.execute(sa.select(documents.c.id).where(documents.c.sha256.like(text + "%")).limit(2))
                .scalars()
                .all()
            )
            if len(ids) == 1:
                return int(ids[0])
            if len(ids) > 1:
                raise StoreError(f"document {ref!r} is ambiguous: give more digits of its SHA-256")
    raise StoreError(f"no document {ref!r} (give its id or the first digits of its SHA-256)")


def get(engine: Engine, doc_id: int) -> Document:
    return get_many(engine, [doc_id])[0]


def get_many(engine: Engine, doc_ids: list[int]) -> list[Document]:
    """Several documents in one query, in the order asked (a batch for extraction)."""
    sealer = crypto.sealer_of(engine)
    with engine.connect() as conn:
        rows = conn.execute(sa.select(*_INFO_COLUMNS, documents.c.text).where(documents.c.id.in_(doc_ids))).all()
    found = {int(row._mapping["id"]): row for row in rows}
    missing = [i for i in doc_ids if i not in found]
    if missing:
        raise StoreError(f"no document {missing[0]}")
    return [
        Document(**_info_kwargs(row, sealer), text=open_text(sealer, row._mapping["sha256"], row._mapping["text"]))
        for row in (found[i] for i in doc_ids)
    ]


def original(engine: Engine, doc_id: int) -> bytes:
    sealer = crypto.sealer_of(engine)
    with engine.connect() as conn:
        row = conn.execute(sa.select(documents.c.sha256, documents.c.content).where(documents.c.id == doc_id)).first()
    if row is None:
        raise StoreError(f"no document {doc_id}")
    return open_content(sealer, str(row[0]), bytes(row[1]))


def list_info(engine: Engine) -> list[DocumentInfo]:
    sealer = crypto.sealer_of(engine)
    with engine.connect() as conn:
        rows = conn.execute(sa.select(*_INFO_COLUMNS).order_by(documents.c.id)).all()
    return [DocumentInfo(**_info_kwargs(row, sealer)) for row in rows]


def count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one())

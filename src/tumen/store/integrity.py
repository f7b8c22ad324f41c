"""Integrity checks: the database's own, every document's hashes and completeness, then the
evidence chain against what is stored (:mod:`tumen.store.chain`)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tumen.errors import StoreError
from tumen.model import sha256_hex
from tumen.store import crypto
from tumen.store.chain import verify
from tumen.store.documents import open_content, open_text
from tumen.store.schema import documents


def check(engine: Engine) -> list[str]:
    """Problems found, one line each; an empty list means the store is sound."""
    problems: list[str] = []
    sealer = crypto.sealer_of(engine)  # an encrypted store's values are checked as opened
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            for (line,) in conn.exec_driver_sql("PRAGMA integrity_check").all():
                if line != "ok":
                    problems.append(f"sqlite integrity_check: {line}")
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
                problems.append(f"sqlite foreign_key_check: {tuple(row)}")
        query = sa.select(
            documents.c.id,
            documents.c.sha256,
            documents.c.content,
            documents.c.text,
            documents.c.text_sha256,
            documents.c.size,
            documents.c.chars,
        ).order_by(documents.c.id)
        for row in conn.execute(query).yield_per(200):
            doc_id, sha, content, text, text_sha, size, chars = row
            try:
                content = open_content(sealer, sha, bytes(content or b""))
                text = open_text(sealer, sha, text or "")
            except StoreError as exc:
                problems.append(f"document {doc_id}: {exc}")
                continue
            if not content or sha256_hex(content) != sha:
                problems.append(f"document {doc_id}: original bytes do not match their SHA-256")
            if size != len(content):
                problems.append(f"document {doc_id}: size {size} but {len(content)} bytes stored")
            if not text or sha256_hex(text.encode("utf-8")) != text_sha:
                problems.append(f"document {doc_id}: stored text does not match its SHA-256 (it changed)")
            elif chars != len(text):
                problems.append(f"document {doc_id}: chars {chars} but text has {len(text)}")
        problems += verify(conn)
    return problems

"""The evidence chain: an append-only hash chain over everything tumen holds as evidence.

Every document at ingest (its two hashes and a digest of each metadata field), every stored
extraction (its version and the SHA-256 of its canonical JSON), every analyst judgement and every
withdrawal adds one entry: ``seq, kind, subject, detail`` (canonical JSON), ``payload`` (SHA-256 of
the detail), ``prev`` (the head before) and ``head`` = SHA-256 of ``prev, seq, kind, subject,
payload``. The entry is written in the same transaction as what it records.

:func:`verify` walks the chain, recomputes every head and compares the latest entry of every
subject with the row as it is now, naming what differs. Someone with write access to the database
can still rebuild the whole chain, or cut its end together with the rows it records; the head
(``tumen check --head``), saved outside the database, catches that: :func:`against` fails unless
the current chain extends the saved head.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tumen.store import crypto
from tumen.store.schema import chain, documents, extractions, judgements

GENESIS = "0" * 64
# PostgreSQL advisory lock keys: appending to the chain, and updating the case base.
CHAIN_LOCK = 0x74756D656E01
CASEBASE_LOCK = 0x74756D656E02
# How long a SQLite writer waits for another process's transaction (a case-base batch may be long).
PATIENCE_MS = 600_000

# The columns of a document whose values the chain records as digests (the hashes themselves in full).
DOCUMENT_FIELDS = (
    "title",
    "outlet",
    "author",
    "url",
    "published",
    "published_precision",
    "language",
    "translated_from",
    "media_type",
    "filename",
    "encoding",
    "size",
    "chars",
    "extra",
    "ingested_at",
    "ingested_by",
)
_DOCUMENT_COLUMNS = [documents.c.id, documents.c.sha256, documents.c.text_sha256] + [
    documents.c[name] for name in DOCUMENT_FIELDS
]
_EXTRACTION_COLUMNS = [
    extractions.c.document_id,
    extractions.c.version,
    extractions.c.processed_at,
    extractions.c.persons,
    extractions.c.events,
    extractions.c.data,
]
_INSERT_ENTRY = chain.insert()
_DOCUMENT_BY_ID = sa.select(*_DOCUMENT_COLUMNS).where(documents.c.id == sa.bindparam("id"))
# built once, as the two above: each extraction saved reads the chain's last entry and the row it chains
_EXTRACTION_BY_ID = sa.select(*_EXTRACTION_COLUMNS).where(extractions.c.document_id == sa.bindparam("id"))
_LAST = sa.select(chain.c.seq, chain.c.head).order_by(chain.c.seq.desc()).limit(1)
_HEAD = re.compile(r"^(\d+):([0-9a-f]{64})$")


# -- canonical forms ------------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    """A value in a form both engines give back alike: datetimes in UTC without zone, dates in ISO."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return hashlib.sha256(bytes(value)).hexdigest()
    return value


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_plain)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def digest(value: Any) -> str:
    return sha256(canonical(_plain(value)))


def head_of(prev: str, seq: int, kind: str, subject: str, payload: str) -> str:
    return sha256(f"{prev}\n{seq}\n{kind}\n{subject}\n{payload}")


# -- what an entry records ------------------------------------------------------------------------
def document_detail(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {
        "sha256": row["sha256"],
        "text_sha256": row["text_sha256"],
        "fields": {name: digest(row[name]) for name in DOCUMENT_FIELDS},
    }


def extraction_detail(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {
        "version": row["version"],
        "data_sha256": sha256(canonical(row["data"])),
        "processed_at": digest(row["processed_at"]),
        "persons": row["persons"],
        "events": row["events"],
    }


def judgement_detail(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {
        "left": row["left_record"],
        "right": row["right_record"],
        "judgement": row["judgement"],
        "by": row["decided_by"],
        "at": _plain(row["decided_at"]),
    }


# -- appending ------------------------------------------------------------------------------------
def lock(conn: Connection, key: int) -> None:
    """Serialise writers on PostgreSQL until the transaction ends (SQLite has one writer at a time)."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def last(conn: Connection) -> tuple[int, str]:
    row = conn.execute(_LAST).first()
    return (int(row[0]), str(row[1])) if row is not None else (0, GENESIS)


def exists(conn: Connection) -> bool:
    """Whether the store has its chain (a store at a schema before 0007_chain has not; upgrading it
    chains everything stored until then, and :func:`verify` reports a chain that went missing)."""
    if conn.dialect.name == "postgresql":
        return conn.execute(sa.text("SELECT to_regclass('chain') IS NOT NULL")).scalar() is True
    found = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'chain'").first()
    return found is not None


def append(conn: Connection, kind: str, subject: str, detail: dict[str, Any]) -> str:
    """Add one entry in the caller's transaction; returns the new head ``SEQ:HASH`` (empty when the
    store's schema predates the chain)."""
    if not exists(conn):
        return ""
    lock(conn, CHAIN_LOCK)
    seq, head = write_entry(conn, last(conn), kind, subject, detail)
    return f"{seq}:{head}"


def write_entry(
    conn: Connection, after: tuple[int, str], kind: str, subject: str, detail: dict[str, Any]
) -> tuple[int, str]:
    """Write the entry that follows ``after`` (the chain's ``(seq, head)``, read under the chain's lock in this
    transaction); returns its ``(seq, head)``."""
    seq, prev = after
    seq += 1
    text = canonical(detail)
    payload = sha256(text)
    head = head_of(prev, seq, kind, subject, payload)
    entry = {
        "seq": seq,
        "kind": kind,
        "subject": subject,
        "detail": text,
        "payload": payload,
        "prev": prev,
        "head": head,
    }
    conn.execute(_INSERT_ENTRY, entry)
    return seq, head


def _mapping(conn: Connection, query: Any) -> dict[str, Any]:
    return dict(conn.execute(query).one()._mapping)


def record_document(conn: Connection, doc_id: int) -> str:
    if not exists(conn):  # a store whose schema predates the chain (its migration chains the rows)
        return ""
    return append(conn, "document", f"document:{doc_id}", stored_document_detail(conn, doc_id))


def stored_document_detail(conn: Connection, doc_id: int) -> dict[str, Any]:
    """What the chain records of a document, read back as stored (and opened: the chain holds what was written,
    not its seal)."""
    row = dict(conn.execute(_DOCUMENT_BY_ID, {"id": doc_id}).one()._mapping)
    return document_detail(crypto.open_row(crypto.sealer_of(conn.engine), row))


def record_extraction(conn: Connection, doc_id: int) -> str:
    if not exists(conn):  # a store whose schema predates the chain (its migration chains the rows)
        return ""
    row = dict(conn.execute(_EXTRACTION_BY_ID, {"id": doc_id}).one()._mapping)
    row["data"] = crypto.open_json(crypto.sealer_of(conn.engine), doc_id, row["data"])  # as saved, not sealed
    return append(conn, "extraction", f"extraction:{doc_id}", extraction_detail(row))


def record_judgement(conn: Connection, judgement_id: int) -> str:
    if not exists(conn):  # a store whose schema predates the chain (its migration chains the rows)
        return ""
    row = _mapping(conn, sa.select(judgements).where(judgements.c.id == judgement_id))
    return append(conn, "judgement", f"judgement:{judgement_id}", judgement_detail(row))


def record_withdrawal(conn: Connection, doc_id: int, sha: str, text_sha: str, by: str, told: dict[str, str]) -> str:
    """The tombstone: the document's hashes, who and when, and ``told`` — its reason (``{"reason": …}``), or in an
    encrypted store only the reason's salted hash (``{"reason_sha256": …}``, see :mod:`tumen.store.withdrawal`)."""
    detail = {"sha256": sha, "text_sha256": text_sha, "by": by, "at": _plain(datetime.now(UTC)), **told}
    return append(conn, "withdrawal", f"document:{doc_id}", detail)


def record_everything(conn: Connection) -> None:
    """Chain every document, extraction and judgement already stored (a store made before the chain)."""
    for (doc_id,) in conn.execute(sa.select(documents.c.id).order_by(documents.c.id)).all():
        record_document(conn, int(doc_id))
    for (doc_id,) in conn.execute(sa.select(extractions.c.document_id).order_by(extractions.c.document_id)).all():
        record_extraction(conn, int(doc_id))
    for (judgement_id,) in conn.execute(sa.select(judgements.c.id).order_by(judgements.c.id)).all():
        record_judgement(conn, int(judgement_id))


# -- verifying ------------------------------------------------------------------------------------
@dataclass
class Walk:
    """The chain as walked: its problems, its head, and the latest entry of every subject."""

    problems: list[str] = field(default_factory=list)
    seq: int = 0
    head: str = GENESIS
    latest: dict[str, tuple[int, str, dict[str, Any]]] = field(default_factory=dict)
    withdrawn: dict[int, int] = field(default_factory=dict)  # document id -> seq of its withdrawal
    heads: dict[int, str] = field(default_factory=dict)

    @property
    def token(self) -> str:
        return f"{self.seq}:{self.head}"


def walk(conn: Connection, keep_heads: bool = False) -> Walk:
    found = Walk()
    query = sa.select(chain).order_by(chain.c.seq)
    for row in conn.execute(query).yield_per(1000):
        m = row._mapping
        seq = int(m["seq"])
        if seq != found.seq + 1:
            found.problems.append(f"chain: entry {found.seq + 1} is missing (entries were removed)")
        if m["prev"] != found.head:
            found.problems.append(f"chain: entry {seq} does not follow the entry before it (the chain was cut)")
        if (
            sha256(m["detail"]) != m["payload"]
            or head_of(m["prev"], seq, m["kind"], m["subject"], m["payload"]) != m["head"]
        ):
            found.problems.append(f"chain: entry {seq} does not match its hash (the entry was edited)")
        found.seq, found.head = seq, str(m["head"])
        if keep_heads:
            found.heads[seq] = found.head
        detail = json.loads(m["detail"])
        found.latest[m["subject"]] = (seq, m["kind"], detail)
        if m["kind"] == "withdrawal":
            found.withdrawn[int(m["subject"].split(":")[1])] = seq
    return found


def _document_problems(doc_id: int, detail: dict[str, Any], row: Mapping[Any, Any]) -> list[str]:
    problems = []
    if row["sha256"] != detail["sha256"]:
        problems.append(f"document {doc_id}: the SHA-256 of its original bytes differs from the chain")
    if row["text_sha256"] != detail["text_sha256"]:
        problems.append(f"document {doc_id}: the SHA-256 of its text differs from the chain")
    now = document_detail(row)["fields"]
    changed = [name for name in DOCUMENT_FIELDS if now[name] != detail["fields"].get(name)]
    if changed:
        problems.append(f"document {doc_id}: {', '.join(changed)} differ(s) from the chain")
    return problems


def verify(conn: Connection) -> list[str]:
    """Problems between the chain and the stored documents, extractions and judgements."""
    if not exists(conn):
        return ["the evidence chain is missing (its table was dropped)"]
    found = walk(conn)
    problems = found.problems
    latest = found.latest

    sealer = crypto.sealer_of(conn.engine)
    for row in conn.execute(sa.select(*_DOCUMENT_COLUMNS).order_by(documents.c.id)).yield_per(500):
        doc = crypto.open_row(sealer, row._mapping, strict=False)  # a seal that does not open differs
        entry = latest.pop(f"document:{doc['id']}", None)
        if entry is None:
            problems.append(f"document {doc['id']} is not in the chain (stored outside tumen)")
        elif entry[1] == "withdrawal":
            problems.append(f"document {doc['id']} was withdrawn but is stored again outside tumen")
        else:
            problems += _document_problems(int(doc["id"]), entry[2], doc)
    for subject, (_seq, kind, _detail) in latest.items():
        if kind == "document":
            problems.append(f"{subject.replace(':', ' ')} is in the chain but missing from the store (deleted)")

    for row in conn.execute(sa.select(*_EXTRACTION_COLUMNS).order_by(extractions.c.document_id)).yield_per(200):
        stored = dict(row._mapping)
        doc_id = int(stored["document_id"])
        stored["data"] = crypto.open_json(sealer, doc_id, stored["data"], strict=False)  # a bad seal differs
        entry = latest.pop(f"extraction:{doc_id}", None)
        if entry is None or entry[0] < found.withdrawn.get(doc_id, 0):
            problems.append(f"extraction of document {doc_id} is not in the chain (stored outside tumen)")
            continue
        now = extraction_detail(stored)
        changed = [key for key, value in entry[2].items() if now.get(key) != value]
        if changed:
            problems.append(f"extraction of document {doc_id}: {', '.join(changed)} differ(s) from the chain")
    for subject, (seq, kind, _detail) in latest.items():
        if kind == "extraction" and seq > found.withdrawn.get(int(subject.split(":")[1]), 0):
            problems.append(f"extraction of document {subject.split(':')[1]} is in the chain but missing (deleted)")

    for row in conn.execute(sa.select(judgements).order_by(judgements.c.id)).yield_per(500):
        m = row._mapping
        entry = latest.pop(f"judgement:{m['id']}", None)
        if entry is None:
            problems.append(f"judgement {m['id']} is not in the chain (stored outside tumen)")
        elif entry[2] != judgement_detail(m):
            problems.append(f"judgement {m['id']} differs from the chain")
    for subject, (_seq, kind, _detail) in latest.items():
        if kind == "judgement":
            problems.append(f"{subject.replace(':', ' ')} is in the chain but missing (deleted)")
    return problems


def parse_head(token: str) -> tuple[int, str] | None:
    match = _HEAD.match(token.strip().lower())
    return (int(match.group(1)), match.group(2)) if match else None


def against(conn: Connection, token: str) -> list[str]:
    """Problems unless the chain as stored now extends the head ``SEQ:HASH`` saved earlier."""
    saved = parse_head(token)
    if saved is None:
        return [f"not a chain head: {token!r} (expected SEQ:SHA256, as printed by `tumen check --head`)"]
    seq, head = saved
    if seq == 0:
        return [] if head == GENESIS else ["the saved head 0 is not the empty chain's head"]
    row = conn.execute(sa.select(chain.c.head).where(chain.c.seq == seq)).first()
    if row is None:
        now_seq, _ = last(conn)
        return [f"the chain has {now_seq} entries and no entry {seq}: it does not extend the saved head"]
    if row[0] != head:
        return [f"chain entry {seq} is not the saved head: the history was rewritten since it was saved"]
    return []


def head(conn: Connection) -> str:
    seq, value = last(conn)
    return f"{seq}:{value}"

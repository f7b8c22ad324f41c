"""The audit log: an append-only, hash-chained record of who did what, when.

The evidence chain (:mod:`tumen.store.chain`) proves that the evidence is what was stored; the
audit log says who touched it and how: ingesting, processing, merging and splitting persons,
protecting them, exporting, writing reports, reading an at-risk person's case file, failed logins,
withdrawals and imported corrections. One row per action: ``seq``, ``at`` (UTC), ``actor``,
``action``, ``subject`` (an id such as ``document:12`` or ``P1a2b3c4d``, never a name from a
document), ``details`` (canonical JSON of a few short values — never document text),
``prev_hash`` (the hash of the entry before, or 64 zeros) and ``hash`` = SHA-256 of the canonical
JSON of the entry's fields and ``prev_hash``.

The number ``seq`` is a position only; the order is fixed by each entry naming the hash of the one
before it. So :func:`verify` can tell an edited entry (its hash no longer matches its content)
from a deleted one (a gap, or a link to an entry no longer in the log), an inserted one (the entry
after it links past it) and a reordering (an entry links to one that comes after it), and names
the first bad ``seq``. Appends are serialised — PostgreSQL takes an advisory lock, SQLite holds
the write lock before reading the head — so concurrent writers cannot fork the log. Database
triggers refuse UPDATE and DELETE (created by migration ``0011_audit``); someone who can bypass
them can still rewrite the whole log consistently, or cut its end: the head (:func:`head`), kept
outside the database, catches that through :func:`against`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from tumen.store.chain import GENESIS, PATIENCE_MS, canonical, lock, parse_head, sha256
from tumen.store.schema import metadata

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("actor", sa.Text, nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("subject", sa.Text, nullable=False),
    sa.Column("details", sa.Text, nullable=False),  # canonical JSON, hashed as stored
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
)
sa.Index("ix_audit_log_hash", audit_log.c.hash)
sa.Index("ix_audit_log_action", audit_log.c.action)

_INSERT_ENTRY = audit_log.insert()
AUDIT_LOCK = 0x74756D656E03  # PostgreSQL advisory lock key (the chain's are ...01 and ...02)

# The actions tumen records (callers may add others of the same shape).
INGEST = "ingest"
PROCESS = "process"
MERGE = "merge"
DISTINCT = "distinct"
UNSURE = "unsure"
SPLIT = "split"
PROTECT = "protect"
UNPROTECT = "unprotect"
EXPORT = "export"
REPORT = "report"
VIEW_CASE_FILE = "view_case_file"
LOGIN_FAILED = "login_failed"
WITHDRAW = "withdraw"
IMPORT_CSV = "import_csv"

_ACTION = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
MAX_TEXT = 200  # actor, subject and every string in details: ids and short words, never a document's text
MAX_LIST = 50


class AuditError(ValueError):
    """An entry that the audit log refuses (malformed action, overlong or nested values)."""


@dataclass(frozen=True)
class Entry:
    """One audit log entry as stored."""

    seq: int
    at: datetime
    actor: str
    action: str
    subject: str
    details: dict[str, Any]
    prev_hash: str
    hash: str

    def as_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": _utc_text(self.at) + "Z",
            "actor": self.actor,
            "action": self.action,
            "subject": self.subject,
            "details": self.details,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


@dataclass(frozen=True)
class Verdict:
    """What :func:`verify` found: the entries walked, the head, and the first problem (if any)."""

    entries: int
    head: str
    bad_seq: int | None = None
    problem: str | None = None

    @property
    def intact(self) -> bool:
        return self.problem is None


# -- canonical form -------------------------------------------------------------------------------
def _utc_text(at: datetime) -> str:
    """A time as both engines give it back alike: UTC, without zone, ISO 8601."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat()


def entry_hash(prev_hash: str, at: datetime, actor: str, action: str, subject: str, details: str) -> str:
    """SHA-256 over the canonical JSON of an entry's fields (``details`` as stored) and ``prev_hash``."""
    fields = {
        "prev_hash": prev_hash,
        "at": _utc_text(at),
        "actor": actor,
        "action": action,
        "subject": subject,
        "details": details,
    }
    return sha256(canonical(fields))


def _checked_value(key: str, value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise AuditError(f"audit details {key!r}: longer than {MAX_TEXT} characters (ids and words only)")
        return value
    if isinstance(value, list | tuple):
        if len(value) > MAX_LIST:
            raise AuditError(f"audit details {key!r}: more than {MAX_LIST} values")
        if any(isinstance(v, list | tuple | dict) for v in value):
            raise AuditError(f"audit details {key!r}: nested values are not allowed")
        return [_checked_value(key, v) for v in value]
    raise AuditError(f"audit details {key!r}: {type(value).__name__} is not allowed (strings, numbers, lists)")


def details_text(details: Mapping[str, Any] | None) -> str:
    """``details`` as the canonical JSON that is stored and hashed, after checking it holds only
    short scalar values (so no caller can put a document's text into the permanent log)."""
    checked = {str(k): _checked_value(str(k), v) for k, v in (details or {}).items()}
    return canonical(checked)


def _short(value: str, what: str) -> str:
    if len(value) > MAX_TEXT:
        raise AuditError(f"audit {what}: longer than {MAX_TEXT} characters")
    return value


# -- appending ------------------------------------------------------------------------------------
def write_lock(conn: Connection) -> None:
    """Hold the log's write lock before reading its head, so two writers cannot both extend it."""
    if conn.dialect.name == "postgresql":
        lock(conn, AUDIT_LOCK)
    else:  # a no-op write makes SQLite take its write lock now (waiting for another writer's commit)
        conn.execute(audit_log.update().where(sa.false()).values(seq=audit_log.c.seq))


def last(conn: Connection) -> tuple[int, str]:
    """The last entry's ``(seq, hash)``, or ``(0, GENESIS)`` for an empty log."""
    row = conn.execute(sa.select(audit_log.c.seq, audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)).first()
    return (int(row[0]), str(row[1])) if row is not None else (0, GENESIS)


def record(
    conn: Connection,
    actor: str,
    action: str,
    subject: str = "",
    details: Mapping[str, Any] | None = None,
) -> str:
    """Append one entry in the caller's transaction (so it commits or rolls back with what it
    records); returns the new head ``SEQ:HASH``. ``details`` holds ids, counts and short words
    only — never a document's text, a title or a name from a document."""
    write_lock(conn)
    seq, digest = write_entry(conn, last(conn), actor, action, subject, details)
    return f"{seq}:{digest}"


def write_entry(
    conn: Connection, after: tuple[int, str], actor: str, action: str, subject: str, details: Mapping[str, Any] | None
) -> tuple[int, str]:
    """Write the entry that follows ``after`` (the log's ``(seq, hash)``, read under :func:`write_lock` in this
    transaction); returns its ``(seq, hash)``."""
    if not _ACTION.match(action):
        raise AuditError(f"audit action {action!r}: lower-case letters, digits and '_', at most 32")
    actor, subject, text = _short(actor, "actor"), _short(subject, "subject"), details_text(details)
    seq, prev = after
    seq += 1
    at = datetime.now(UTC)
    digest = entry_hash(prev, at, actor, action, subject, text)
    entry = {"at": at, "actor": actor, "action": action, "subject": subject, "details": text}
    conn.execute(_INSERT_ENTRY, {"seq": seq, **entry, "prev_hash": prev, "hash": digest})
    return seq, digest


def append(
    engine: Engine,
    actor: str,
    action: str,
    subject: str = "",
    details: Mapping[str, Any] | None = None,
) -> str:
    """Append one entry in a transaction of its own; returns the new head ``SEQ:HASH``."""
    return append_many(engine, [(actor, action, subject, details)])


def append_many(engine: Engine, entries: Iterable[tuple[str, str, str, Mapping[str, Any] | None]]) -> str:
    """Append ``(actor, action, subject, details)`` entries in one transaction of their own, in order."""
    wanted = list(entries)
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":  # wait for a long case-base batch rather than fail
            conn.exec_driver_sql(f"PRAGMA busy_timeout={PATIENCE_MS}")
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        token = head(conn)
        for actor, action, subject, details in wanted:
            token = record(conn, actor, action, subject, details)
    return token


def failed_login(engine: Engine, username: str, client: str | None, reason: str = "wrong password") -> str:
    """Record a failed login: ``actor`` is the client's address, ``subject`` the user name tried
    (cut to a bounded length — it is whatever the client typed), ``details`` the reason."""
    tried = username if len(username) <= 64 else username[:63] + "…"
    return append(
        engine,
        _short(f"client:{client or 'unknown'}"[:MAX_TEXT], "actor"),
        LOGIN_FAILED,
        f"user:{tried}",
        {"reason": reason[:MAX_TEXT]},
    )


# -- reading --------------------------------------------------------------------------------------
def _entry(row: Any) -> Entry:
    m = row._mapping
    return Entry(
        seq=int(m["seq"]),
        at=m["at"],
        actor=m["actor"],
        action=m["action"],
        subject=m["subject"],
        details=json.loads(m["details"]),
        prev_hash=m["prev_hash"],
        hash=m["hash"],
    )


def entries(conn: Connection, limit: int | None = None, action: str | None = None) -> list[Entry]:
    """The latest ``limit`` entries (all with None), oldest first; only ``action`` when given."""
    query = sa.select(audit_log).order_by(audit_log.c.seq.desc())
    if action is not None:
        query = query.where(audit_log.c.action == action)
    if limit is not None:
        query = query.limit(limit)
    return [_entry(row) for row in reversed(conn.execute(query).all())]


def head(conn: Connection) -> str:
    """The log's head ``SEQ:HASH`` (``0:000…`` when empty): save it outside the database."""
    seq, value = last(conn)
    return f"{seq}:{value}"


# -- verifying ------------------------------------------------------------------------------------
def _seq_of_hash(conn: Connection, value: str) -> int | None:
    row = conn.execute(
        sa.select(audit_log.c.seq).where(audit_log.c.hash == value).order_by(audit_log.c.seq).limit(1)
    ).first()
    return int(row[0]) if row is not None else None


def _link_problem(conn: Connection, seq: int, linked: str, before: int, before_before: int | None) -> tuple[int, str]:
    """Why entry ``seq`` does not link to entry ``before`` (the one stored before it): which
    entry is bad and what happened to it."""
    where = _seq_of_hash(conn, linked) if linked != GENESIS else 0
    if where is None:
        return seq, (
            f"entry {seq} follows an entry that is no longer in the log: an entry before it was deleted "
            f"(or entry {before} was rewritten with a new hash)"
        )
    if where > seq:
        return seq, f"entry {seq} is out of order: it follows entry {where}, which comes after it (entries reordered)"
    if where == 0:
        return seq, f"entry {seq} claims to be the first entry, but entries 1-{before} come before it (inserted)"
    if where == before_before:
        return before, f"entry {before} was inserted: entry {seq} follows entry {where}, directly before it"
    return where + 1, f"entries {where + 1}-{before} were inserted or moved: entry {seq} follows entry {where}"


def matches_hash(row: Mapping[Any, Any]) -> bool:
    """Whether a stored entry's content and link still give its stored hash."""
    found = entry_hash(row["prev_hash"], row["at"], row["actor"], row["action"], row["subject"], row["details"])
    return found == str(row["hash"])


def verify(conn: Connection) -> Verdict:
    """Walk the whole log in ``seq`` order, recompute every hash and check every link; stop at the
    first problem and name the entry: edited, deleted, inserted or reordered."""
    expected_seq, expected_prev = 1, GENESIS
    before: int = 0
    before_before: int | None = None
    count = 0
    for row in conn.execute(sa.select(audit_log).order_by(audit_log.c.seq)).yield_per(1000):
        m = row._mapping
        seq = int(m["seq"])
        token = f"{before}:{expected_prev}"
        if seq != expected_seq:
            missing = f"entry {expected_seq} is" if seq == expected_seq + 1 else f"entries {expected_seq}-{seq - 1} are"
            return Verdict(count, token, expected_seq, f"{missing} missing (deleted)")
        if not matches_hash(m):
            return Verdict(count, token, seq, f"entry {seq} was edited: its content no longer matches its hash")
        if m["prev_hash"] != expected_prev:
            bad, why = _link_problem(conn, seq, str(m["prev_hash"]), before, before_before)
            return Verdict(count, token, bad, why)
        count += 1
        before_before, before = before, seq
        expected_seq, expected_prev = seq + 1, str(m["hash"])
    return Verdict(count, f"{before}:{expected_prev}")


def against(conn: Connection, token: str) -> str | None:
    """Why the log as stored now does not extend the head ``SEQ:HASH`` saved earlier (None when it does)."""
    saved = parse_head(token)
    if saved is None:
        return f"not an audit log head: {token!r} (expected SEQ:SHA256, as printed by `tumen audit head`)"
    seq, value = saved
    if seq == 0:
        return None if value == GENESIS else "the saved head 0 is not the empty log's head"
    row = conn.execute(sa.select(audit_log.c.hash).where(audit_log.c.seq == seq)).first()
    if row is None:
        now, _ = last(conn)
        return f"no entry {seq} (the log has {now}): entries were removed since the head was saved"
    if row[0] != value:
        return f"entry {seq} is not the saved head: the log was rewritten since it was saved"
    return None

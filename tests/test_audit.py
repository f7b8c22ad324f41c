"""The audit log resists tampering: what an attacker with database access does, and `tumen audit
verify` finding it and saying where.

Each test runs on a SQLite file and on PostgreSQL. The attacker bypasses the append-only triggers
(PostgreSQL: triggers off for the session; SQLite: triggers dropped) and knows the hash function,
so forged entries carry well-formed hashes: only the chain of links exposes them.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

import tumen.cli.audit  # noqa: F401  (registers `tumen audit` until cli/app.py imports it)
from tumen import Tumen
from tumen.cli.app import main
from tumen.store import audit
from tumen.store.audit import audit_log

ACTORS = ("ann", "bob", "carol", "dan", "erin", "fay")


@pytest.fixture
def logged(db_url: str) -> Iterator[Tumen]:
    """A store whose audit log holds six entries by six actors."""
    store = Tumen.init(db_url)
    for number, actor in enumerate(ACTORS, start=1):
        audit.append(store.store.engine, actor, audit.EXPORT, "case base", {"format": "json", "n": number})
    yield store
    store.close()


def _raw(tumen: Tumen, *statements: str | sa.Executable, params: dict[str, object] | None = None) -> None:
    """Run SQL as an attacker with the append-only triggers out of the way."""
    with tumen.store.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        else:
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
        for statement in statements:
            conn.execute(sa.text(statement) if isinstance(statement, str) else statement, params or {})


def _verdict(tumen: Tumen) -> audit.Verdict:
    with tumen.store.engine.connect() as conn:
        return audit.verify(conn)


def _cli(tumen: Tumen, *args: str) -> tuple[int, str]:
    url = tumen.store.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(main, ["--db", url, "audit", *args])
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes else "")


def _hash_of(tumen: Tumen, seq: int) -> str:
    with tumen.store.engine.connect() as conn:
        return str(conn.execute(sa.select(audit_log.c.hash).where(audit_log.c.seq == seq)).scalar_one())


def _head(tumen: Tumen) -> str:
    with tumen.store.engine.connect() as conn:
        return audit.head(conn)


def test_an_intact_log_verifies_and_lists_who_did_what(logged: Tumen) -> None:
    verdict = _verdict(logged)
    assert verdict.intact and verdict.entries == 6 and verdict.head == _head(logged)
    code, out = _cli(logged, "verify")
    assert code == 0 and f"audit log intact: 6 entries, head {_head(logged)}" in out
    code, out = _cli(logged, "head")
    assert code == 0 and out.strip() == _head(logged) and out.startswith("6:")
    with logged.store.engine.connect() as conn:
        listed = audit.entries(conn)
    assert [e.actor for e in listed] == list(ACTORS) and [e.seq for e in listed] == [1, 2, 3, 4, 5, 6]
    assert listed[0].prev_hash == audit.GENESIS and listed[1].prev_hash == listed[0].hash
    code, out = _cli(logged, "log", "--limit", "2")
    assert code == 0 and [line.split()[3] for line in out.splitlines()] == ["erin", "fay"]


def test_the_database_refuses_to_edit_or_delete_entries(logged: Tumen) -> None:
    for statement in ("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2", "DELETE FROM audit_log WHERE seq = 2"):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), logged.store.engine.begin() as conn:
            conn.execute(sa.text(statement))
    assert _verdict(logged).intact


def test_an_edited_detail_is_found_and_named(logged: Tumen) -> None:
    _raw(logged, "UPDATE audit_log SET details = :d WHERE seq = 3", params={"d": '{"format":"json","n":33}'})
    verdict = _verdict(logged)
    assert verdict.bad_seq == 3 and verdict.problem is not None and "edited" in verdict.problem
    code, out = _cli(logged, "verify")
    assert code == 1 and "audit log entry 3" in out and "edited" in out


def test_an_edited_actor_is_found(logged: Tumen) -> None:
    _raw(logged, "UPDATE audit_log SET actor = 'mallory' WHERE seq = 5")
    verdict = _verdict(logged)
    assert verdict.bad_seq == 5 and "edited" in str(verdict.problem)


def test_disabling_the_hash_comparison_lets_the_edit_through(logged: Tumen, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check the edit test relies on is the hash comparison: without it the edit goes unseen."""
    _raw(logged, "UPDATE audit_log SET details = :d WHERE seq = 3", params={"d": '{"format":"json","n":33}'})
    monkeypatch.setattr(audit, "matches_hash", lambda row: True)
    assert _verdict(logged).intact
    monkeypatch.undo()
    assert _verdict(logged).bad_seq == 3


def test_a_deleted_entry_is_found_and_named(logged: Tumen) -> None:
    _raw(logged, "DELETE FROM audit_log WHERE seq = 4")
    verdict = _verdict(logged)
    assert verdict.bad_seq == 4 and "missing (deleted)" in str(verdict.problem)
    code, out = _cli(logged, "verify")
    assert code == 1 and "audit log entry 4" in out and "deleted" in out


def test_a_deleted_entry_is_found_when_the_rest_is_renumbered(logged: Tumen) -> None:
    _raw(
        logged,
        "DELETE FROM audit_log WHERE seq = 4",
        "UPDATE audit_log SET seq = seq + 1000 WHERE seq > 4",
        "UPDATE audit_log SET seq = seq - 1001 WHERE seq > 1000",
    )
    verdict = _verdict(logged)
    assert verdict.bad_seq == 4 and "deleted" in str(verdict.problem)


def test_an_inserted_entry_is_found_and_named(logged: Tumen) -> None:
    """A forged entry put between entries 3 and 4, linked to 3 and hashed as tumen would."""
    prev, at = _hash_of(logged, 3), datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    details = audit.details_text({"format": "json", "n": 99})
    forged = audit.entry_hash(prev, at, "mallory", audit.EXPORT, "case base", details)
    _raw(
        logged,
        "UPDATE audit_log SET seq = seq + 1000 WHERE seq > 3",
        "UPDATE audit_log SET seq = seq - 999 WHERE seq > 1000",
        audit_log.insert().values(
            seq=4,
            at=at,
            actor="mallory",
            action="export",
            subject="case base",
            details=details,
            prev_hash=prev,
            hash=forged,
        ),
    )
    verdict = _verdict(logged)
    assert verdict.bad_seq == 4 and "inserted" in str(verdict.problem), verdict
    code, out = _cli(logged, "verify")
    assert code == 1 and "audit log entry 4" in out and "inserted" in out


def test_two_swapped_entries_are_found_and_named(logged: Tumen) -> None:
    _raw(
        logged,
        "UPDATE audit_log SET seq = -3 WHERE seq = 3",
        "UPDATE audit_log SET seq = 3 WHERE seq = 4",
        "UPDATE audit_log SET seq = 4 WHERE seq = -3",
    )
    verdict = _verdict(logged)
    assert verdict.bad_seq == 3 and "reordered" in str(verdict.problem), verdict
    code, out = _cli(logged, "verify")
    assert code == 1 and "audit log entry 3" in out and "reordered" in out


def test_a_cut_end_is_found_against_the_saved_head(logged: Tumen, tmp_path: Path) -> None:
    saved = tmp_path / "audit-head.txt"
    saved.write_text(_head(logged) + "\n", encoding="utf-8")
    assert _cli(logged, "verify", "--against", str(saved))[0] == 0
    _raw(logged, "DELETE FROM audit_log WHERE seq = 6")
    assert _verdict(logged).intact  # what is left is a sound chain ...
    code, out = _cli(logged, "verify", "--against", str(saved))
    assert code == 1 and "no entry 6" in out  # ... but it no longer reaches the saved head


def test_a_log_rewritten_whole_is_found_against_the_saved_head(logged: Tumen) -> None:
    saved = _head(logged)
    with logged.store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sa.select(audit_log).order_by(audit_log.c.seq))]
    _raw(logged, "DELETE FROM audit_log")
    prev = audit.GENESIS
    for row in rows:  # the attacker drops Bob's entry and re-chains the rest, hashes and all
        if row["actor"] == "bob":
            continue
        row.update(seq=len([r for r in rows if r["seq"] <= row["seq"] and r["actor"] != "bob"]), prev_hash=prev)
        row["hash"] = prev = audit.entry_hash(
            prev, row["at"], row["actor"], row["action"], row["subject"], row["details"]
        )
        _raw(logged, audit_log.insert().values(**row))
    assert _verdict(logged).intact and _verdict(logged).entries == 5
    code, out = _cli(logged, "verify", "--against", saved)
    assert code == 1 and "no entry 6" in out


def _append_many(url: str, who: str, count: int) -> list[str]:
    """A writer in a process of its own: ``count`` entries, each in its own transaction — every other
    one appended inside a transaction the caller opened (as the web app records a failed login)."""
    t = Tumen.open(url)
    heads = []
    try:
        for n in range(count):
            if n % 2:
                with t.store.engine.begin() as conn:
                    heads.append(audit.record(conn, who, audit.PROCESS, "documents", {"n": n}))
            else:
                heads.append(audit.append(t.store.engine, who, audit.PROCESS, "documents", {"n": n}))
        return heads
    finally:
        t.close()


def test_concurrent_appends_from_two_processes_keep_one_chain(logged: Tumen) -> None:
    url = logged.store.engine.url.render_as_string(hide_password=False)
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")) as pool:
        heads = list(pool.map(_append_many, [url, url], ["writer-a", "writer-b"], [40, 40]))
    verdict = _verdict(logged)
    assert verdict.intact, verdict.problem
    assert verdict.entries == 6 + 80
    seqs = sorted(int(h.split(":")[0]) for got in heads for h in got)
    assert seqs == list(range(7, 87))  # every append got its own place; none forked the chain


def test_details_refuse_text_and_nesting(logged: Tumen) -> None:
    engine = logged.store.engine
    with pytest.raises(audit.AuditError, match="longer than"):
        audit.append(engine, "ann", audit.EXPORT, "case base", {"note": "an invented sentence " * 20})
    with pytest.raises(audit.AuditError, match="nested"):
        audit.append(engine, "ann", audit.EXPORT, "case base", {"pairs": [["1:p1", "2:p1"]]})
    with pytest.raises(audit.AuditError, match="action"):
        audit.append(engine, "ann", "Drop Table", "case base")
    assert _verdict(logged).entries == 6


def test_a_failed_login_is_recorded(logged: Tumen) -> None:
    audit.failed_login(logged.store.engine, "admin" + "x" * 500, "127.0.0.1", "wrong password")
    with logged.store.engine.connect() as conn:
        entry = audit.entries(conn, limit=1)[0]
    assert (entry.actor, entry.action, entry.details) == (
        "client:127.0.0.1",
        "login_failed",
        {"reason": "wrong password"},
    )
    assert entry.subject.startswith("user:adminxxx") and len(entry.subject) < 80
    assert _verdict(logged).intact

"""Ingest commits documents a group per transaction, a savepoint per document: a refused document loses nothing
else, an interruption in the middle of a group loses that group only (and a re-run stores exactly the rest), and
the evidence chain and the audit log stay valid hash chains with one entry per stored document."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tumen import Tumen
from tumen.ingest import Ingestor, Result, Status
from tumen.store import audit, chain
from tumen.store.audit import audit_log

GROUP = 10


def _batch(path: Path, count: int) -> Path:
    rows = (
        {"text": f"Report number {i}. A witness says detainee {i} was moved to another camp.", "title": f"Report {i}"}
        for i in range(count)
    )
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _ingest(t: Tumen, batch: Path, on_result: Callable[[Result], None] | None = None) -> Any:
    ingestor = Ingestor(store=t.store, ingested_by="ann", audit_by="ann", group_size=GROUP, on_result=on_result)
    return ingestor.run([str(batch)])


def _audited(t: Tumen) -> list[str]:
    with t.store.engine.connect() as conn:
        verdict = audit.verify(conn)
        assert verdict.intact, verdict.problem
        return [e.subject for e in audit.entries(conn, action=audit.INGEST)]


def _stored_ids(t: Tumen) -> list[int]:
    return [info.id for info in t.documents()]


def _count_every_statement(t: Tumen, kinds: list[str]) -> None:
    @sa.event.listens_for(t.store.engine, "before_cursor_execute")
    def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        kinds.append(statement.split(None, 1)[0].upper())


def test_what_is_told_ingested_is_stored_and_groups_commit_together(db_url: str, tmp_path: Path) -> None:
    t = Tumen.init(db_url)
    stored_when_told: list[tuple[int, int]] = []
    told = [0]

    def listener(result: Result) -> None:
        told[0] += result.status is Status.INGESTED
        stored_when_told.append((told[0], t.store.count()))

    report = _ingest(t, _batch(tmp_path / "b.jsonl", 35), listener)
    assert report.summary() == "ingested 35, duplicates 0, failed 0"
    assert all(stored >= told for told, stored in stored_when_told)  # a result is told once its group committed
    assert {stored for _told, stored in stored_when_told} == {10, 20, 30, 35}  # groups of ten, then the rest
    ids = _stored_ids(t)
    assert _audited(t) == [f"document:{i}" for i in ids]  # one audit entry per document, in order
    assert t.check() == []  # the evidence chain holds every document as stored
    t.close()


def test_one_lookup_and_one_commit_per_group_not_per_document(sqlite_url: str, tmp_path: Path) -> None:
    t = Tumen.init(sqlite_url)
    kinds: list[str] = []
    _count_every_statement(t, kinds)
    commits: list[int] = []
    sa.event.listen(t.store.engine, "commit", lambda _conn: commits.append(1))
    _ingest(t, _batch(tmp_path / "b.jsonl", 40))
    assert len(commits) == 4  # 40 documents, groups of ten
    selects = kinds.count("SELECT")
    # per document: its one duplicate look-up and reading back what the chain records; per group: whether the chain
    # exists, its head, the audit log's head and the store's sealing; once: the sealing at the start
    assert selects <= 2 * 40 + 4 * 4 + 1, selects
    assert kinds.count("INSERT") == 3 * 40  # the document, its chain entry, its audit entry
    assert kinds.count("SAVEPOINT") == 40
    t.close()


def test_a_document_refused_by_the_database_fails_alone_in_its_group(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fifth document's chain entry collides with the fourth's (a real primary-key violation, raised by the
    database inside the document's savepoint): that document is reported with its name and reason, and its row
    and entries are rolled back; the rest of its group and of the batch is stored."""
    t = Tumen.init(db_url)
    real = chain.write_entry
    calls = [0]

    def colliding(conn: Any, after: tuple[int, str], *args: Any) -> tuple[int, str]:
        calls[0] += 1
        if calls[0] == 5:
            after = (after[0] - 1, after[1])
        return real(conn, after, *args)

    monkeypatch.setattr(chain, "write_entry", colliding)
    batch = _batch(tmp_path / "b.jsonl", 25)
    report = _ingest(t, batch)
    assert report.summary() == "ingested 24, duplicates 0, failed 1"
    failed = [r for r in report.results if r.status is Status.FAILED]
    assert [(r.source, r.reason) for r in failed] == [
        (f"{batch}#5", "the database refused the document (IntegrityError)")
    ]
    ids = _stored_ids(t)
    assert len(ids) == 24 and "Report 4" not in {t.document(i).meta.title for i in ids}
    assert _audited(t) == [f"document:{i}" for i in ids]
    assert t.check() == []
    monkeypatch.setattr(chain, "write_entry", real)
    again = _ingest(t, batch)  # the refused record is stored by the next run; nothing else twice
    assert (again.count(Status.INGESTED), again.count(Status.DUPLICATE)) == (1, 24)
    assert t.check() == [] and len(_audited(t)) == 25
    t.close()


def test_an_interruption_in_the_middle_of_a_group_loses_that_group_only(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Interrupted inside the 25th document's savepoint (its row and chain entry written, its audit entry not): the
    two groups committed before stay, nothing of the third does, and a re-run stores exactly the rest."""
    t = Tumen.init(db_url)
    real = audit.write_entry
    calls = [0]

    def interrupted(*args: Any) -> tuple[int, str]:
        calls[0] += 1
        if calls[0] == 25:
            raise KeyboardInterrupt
        return real(*args)

    monkeypatch.setattr(audit, "write_entry", interrupted)
    told: list[Result] = []
    batch = _batch(tmp_path / "b.jsonl", 47)
    with pytest.raises(KeyboardInterrupt):
        _ingest(t, batch, told.append)
    assert t.store.count() == 20
    assert [r.status for r in told] == [Status.INGESTED] * 20  # nothing told of the group that was rolled back
    assert t.check() == [] and len(_audited(t)) == 20
    with t.store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(audit_log)).scalar_one() == 20

    monkeypatch.setattr(audit, "write_entry", real)
    again = _ingest(t, batch)
    assert (again.count(Status.INGESTED), again.count(Status.DUPLICATE), again.failed) == (27, 20, 0)
    ids = _stored_ids(t)
    assert len(ids) == 47 and sorted(t.document(i).meta.title or "" for i in ids) == sorted(
        f"Report {i}" for i in range(47)
    )
    assert _audited(t) == [f"document:{i}" for i in ids]
    assert t.check() == []
    t.close()


def test_a_duplicate_within_one_group_is_found_before_its_group_commits(db_url: str, tmp_path: Path) -> None:
    t = Tumen.init(db_url)
    line = json.dumps({"text": "The same report, twice in one batch.", "title": "Twice"}) + "\n"
    path = tmp_path / "b.jsonl"
    path.write_text(line + line, encoding="utf-8")
    report = _ingest(t, path)
    assert [r.status for r in report.results] == [Status.INGESTED, Status.DUPLICATE]
    assert report.results[0].document_id == report.results[1].document_id
    assert t.store.count() == 1 and len(_audited(t)) == 1
    t.close()


@pytest.mark.slow
def test_a_batch_killed_in_the_middle_of_a_group_is_completed_by_a_rerun(db_url: str, tmp_path: Path) -> None:
    """SIGKILL while a JSONL batch is stored (groups of 200, or 2 s): what is stored is whole groups, each document
    with its chain and audit entries; the same command again stores exactly the rest."""
    import os
    import signal
    import subprocess
    import sys
    import time

    total = 3000
    batch = _batch(tmp_path / "b.jsonl", total)
    Tumen.init(db_url).close()
    command = [sys.executable, "-m", "tumen", "--db", db_url, "ingest", str(batch)]
    env = {**os.environ, "TUMEN_USER": "kill-test"}
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    watcher = Tumen.open(db_url)
    deadline = time.monotonic() + 120
    while watcher.store.count() < 200:  # the first group committed: the run is well under way
        assert process.poll() is None, "ingest finished before it could be killed; make the batch larger"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    watcher.close()

    t = Tumen.open(db_url)
    stored = t.store.count()
    assert 200 <= stored < total
    assert t.check() == []
    assert _audited(t) == [f"document:{i}" for i in _stored_ids(t)]
    t.close()

    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.strip().splitlines()[-1] == f"ingested {total - stored}, duplicates {stored}, failed 0"
    t = Tumen.open(db_url)
    ids = _stored_ids(t)
    assert len(ids) == total and t.check() == []
    assert _audited(t) == [f"document:{i}" for i in ids]
    t.close()


def test_a_group_the_database_refuses_to_commit_is_told_failed_and_the_rest_goes_on(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    t = Tumen.init(db_url)
    real = sa.engine.Connection.commit
    calls = [0]

    def refusing(self: sa.engine.Connection) -> None:
        calls[0] += 1
        if calls[0] == 1:
            raise sa.exc.OperationalError("COMMIT", {}, Exception("disk full"))
        real(self)

    monkeypatch.setattr(sa.engine.Connection, "commit", refusing)
    batch = _batch(tmp_path / "b.jsonl", 25)
    report = _ingest(t, batch)
    monkeypatch.setattr(sa.engine.Connection, "commit", real)
    assert report.summary() == "ingested 15, duplicates 0, failed 10"
    assert {(r.source, r.reason) for r in report.results if r.status is Status.FAILED} == {
        (f"{batch}#{n}", "the database refused to commit the group (Exception)") for n in range(1, 11)
    }
    assert t.store.count() == 15 and t.check() == [] and len(_audited(t)) == 15
    again = _ingest(t, batch)
    assert (again.count(Status.INGESTED), again.count(Status.DUPLICATE)) == (10, 15)
    t.close()

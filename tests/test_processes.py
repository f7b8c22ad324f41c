"""Processes: workers die with `tumen process` (SIGKILL or SIGTERM), and concurrent runs on one
shared store take turns instead of failing (saving an extraction is an upsert; updating the case
base holds a lock). Real subprocesses, real stores; invented documents."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest

from tumen import Tumen
from tumen.store import Store

SURNAMES = ("Kim", "Ri", "Pak", "Jo", "Han", "Mun", "Yun", "Song")


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir(exist_ok=True)
    for i in range(count):
        name = f"{SURNAMES[i % len(SURNAMES)]} Ga{'abcdefghij'[i % 10]}on"
        body = (
            f"Invented report {i}. {name} was detained by security agents in Hoeryong in {2000 + i % 20}, "
            f"a relative of {name} told the group. {name} had tried to cross the river twice. "
        )
        (folder / f"r{i:03d}.txt").write_text(body * 6, encoding="utf-8")
    return folder


def _store(url: str, folder: Path) -> None:
    tumen = Tumen.init(url)
    assert tumen.ingest([str(folder)]).failed == 0
    tumen.close()


def _children(pid: int) -> set[int]:
    """Every live descendant of ``pid``, from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if fields[0] != "Z":
                parents[int(entry.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _threads(pid: int) -> int:
    try:
        return len(os.listdir(f"/proc/{pid}/task"))
    except OSError:
        return 0


def _start(url: str) -> tuple[subprocess.Popen[bytes], set[int]]:
    """Start a run and return once both workers are guarded: each has read its start-up data from the
    parent and started its parent-watch thread (a worker killed with its parent before reading that
    data dies in Python's own spawn code, printing a traceback tumen cannot prevent)."""
    command = [sys.executable, "-m", "tumen", "--db", url, "process", "--workers", "2"]
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while True:  # until both workers are running
        workers = {p for p in _children(run.pid) if b"spawn_main" in _cmdline(p)}
        if len(workers) >= 2 and all(_threads(p) >= 2 for p in workers):
            return run, _children(run.pid)
        assert run.poll() is None, run.communicate()
        assert time.monotonic() < deadline, "the workers never started"
        time.sleep(0.05)


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _gone_within(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = {p for p in pids if _alive(p)}
        if not alive:
            return alive
        time.sleep(0.1)
    return {p for p in pids if _alive(p)}


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_no_worker_outlives_a_killed_run(tmp_path: Path, how: signal.Signals) -> None:
    url = f"sqlite:///{tmp_path / 'tumen.db'}"
    _store(url, _corpus(tmp_path / "corpus", 40))
    run, descendants = _start(url)  # the workers are still importing spaCy: the worst moment
    signalled = time.monotonic()
    run.send_signal(how)
    assert _gone_within(descendants, 5) == set(), "workers outlived their run"
    assert time.monotonic() - signalled < 5
    _out, err = run.communicate(timeout=30)
    assert run.returncode == (-signal.SIGKILL if how == signal.SIGKILL else 1)
    assert b"Traceback" not in err, err.decode(errors="replace")
    tumen = Tumen.open(url)
    assert tumen.check() == []  # whatever was interrupted left the store sound
    tumen.close()


def _save_many(url: str, document_id: int, calls: int) -> int:
    """One process saving the same document's extraction ``calls`` times from 8 threads at once."""
    store = Store.open(url)

    def save(i: int) -> None:
        store.save_extraction(document_id, "v-race", {"entities": [], "events": [], "call": i}, 0, 0)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(save, range(calls)))
    store.close()
    return calls


def test_concurrent_saves_of_one_extraction_never_collide(db_url: str, tmp_path: Path) -> None:
    _store(db_url, _corpus(tmp_path / "corpus", 1))
    with ProcessPoolExecutor(4) as pool:
        done = sum(pool.map(_save_many, [db_url] * 4, [1] * 4, [150] * 4))
    assert done == 600
    store = Store.open(db_url)
    data = store.extraction(1)
    assert data is not None and data["call"] in range(150)
    assert store.check() == []  # every save is in the chain, and the last one is what is stored
    store.close()


def test_two_runs_on_one_store_both_finish(db_url: str, tmp_path: Path) -> None:
    _store(db_url, _corpus(tmp_path / "corpus", 12))
    command = [sys.executable, "-m", "tumen", "--db", db_url, "process", "--workers", "1"]
    env = {**os.environ, "TUMEN_USER": "analyst"}
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err.decode(errors="replace")
        assert b"Traceback" not in err and b"error" not in err, err.decode(errors="replace")
        assert out.startswith(b"processed ")
    tumen = Tumen.open(db_url)
    assert tumen.check() == []
    with tumen.store.reading() as tables:
        assert tables.pending() == []
    assert tumen.persons(q="Kim Gaaon")
    tumen.close()

"""Case-base updates in a forked child process (``tumen.pipeline.isolated``): the child's result or error comes
back to the parent, a child that dies is a clear error, and a run whose updates are forked makes the same case base
as one whose updates run in the process (SQLite and PostgreSQL)."""

from __future__ import annotations

import importlib
import json
import os
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from synthetic import Corpus

from conftest import case_base_export
from tumen import Tumen
from tumen.pipeline import isolated

process_module = importlib.import_module("tumen.pipeline.process")  # the module (the package exports the function)


def _nothing() -> None:
    return None


def test_the_work_runs_in_a_child_and_its_result_comes_back() -> None:
    assert isolated.available()
    child = isolated.run_forked(os.getpid, _nothing)
    assert isinstance(child, int) and child != os.getpid()
    assert isolated.run_forked(lambda: {"documents": 3, "ids": ["P1", "P2"]}, _nothing) == {
        "documents": 3,
        "ids": ["P1", "P2"],
    }


def test_an_error_in_the_child_is_raised_in_the_parent() -> None:
    with pytest.raises(ValueError, match="invalid literal"):
        isolated.run_forked(lambda: int("not a number"), _nothing)


def test_an_error_that_cannot_be_pickled_is_told_by_its_text() -> None:
    class Local(Exception):  # a class defined in a function does not pickle
        pass

    def fail() -> None:
        raise Local("the store was locked")

    with pytest.raises(isolated.UpdateFailed, match="the store was locked"):
        isolated.run_forked(fail, _nothing)


def test_a_child_that_dies_is_a_clear_error() -> None:
    with pytest.raises(isolated.UpdateFailed, match="killed by signal 9"):
        isolated.run_forked(lambda: os.kill(os.getpid(), signal.SIGKILL), _nothing)


def test_not_from_another_thread() -> None:
    seen: list[bool] = []
    thread = threading.Thread(target=lambda: seen.append(isolated.available()))
    thread.start()
    thread.join()
    assert seen == [False]


def _in_process_updates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int) -> tuple[Path, Any]:
    """Forty synthetic articles as a batch file, updates of eight documents, and the case base a run whose updates
    all run in the process makes of them."""
    monkeypatch.setattr(process_module, "ABSORB", 8)
    monkeypatch.setattr(process_module, "ABSORB_MIN", 8)
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(a.record()) + "\n" for a in Corpus(40, seed=seed).articles()), encoding="utf-8")
    here = Tumen.init(str(tmp_path / "here.db"))
    here.ingest([str(batch)])
    process_module.process(here.store, workers=1, forked=False)
    expected = case_base_export(here)
    here.close()
    return batch, expected


def test_forked_updates_make_the_same_case_base(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Forty synthetic articles in updates of eight: the first update runs in the process, the four others each in
    a child; the case base is the one in-process updates make."""
    batch, expected = _in_process_updates(tmp_path, monkeypatch, seed=6)
    tumen = Tumen.init(db_url)
    tumen.ingest([str(batch)])
    before = os.times()
    report = process_module.process(tumen.store, workers=1, forked=True)
    after = os.times()
    assert report.updates == 5 and report.failed == [] and report.absorbed == 40
    assert after.children_user + after.children_system > before.children_user + before.children_system
    assert case_base_export(tumen) == expected
    tumen.close()


def _wait_for(path: Path) -> int:
    while not path.exists():
        time.sleep(0.01)
    return 7


def test_a_started_child_runs_while_the_parent_goes_on(tmp_path: Path) -> None:
    flag = tmp_path / "go"
    running = isolated.start_forked(lambda: _wait_for(flag), _nothing)
    assert not running.done()  # the parent was not made to wait
    flag.touch()
    assert running.result() == 7


def test_a_started_child_can_be_stopped() -> None:
    running = isolated.start_forked(lambda: time.sleep(60), _nothing)
    started = time.monotonic()
    running.stop()
    assert time.monotonic() - started < 10
    with pytest.raises(ProcessLookupError):
        os.kill(running.pid, 0)  # stopped and reaped


def _children() -> set[int]:
    own = str(os.getpid())
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[1] == own:
                found.add(int(entry.name))
    return found


def test_an_interrupted_run_stops_its_background_update_and_the_next_run_finishes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C while an update runs in its child (extraction going on meanwhile): the child is stopped and its
    transaction rolled back, the store is sound, and the next run makes the case base an uninterrupted run makes."""
    batch, expected = _in_process_updates(tmp_path, monkeypatch, seed=9)
    tumen = Tumen.init(str(tmp_path / "cut.db"))
    tumen.ingest([str(batch)])
    absorb_here = process_module._absorb_here

    def slow_absorb(*args: Any) -> Any:
        time.sleep(2)  # longer than extracting the next documents: the interrupt comes while it runs
        return absorb_here(*args)

    monkeypatch.setattr(process_module, "_absorb_here", slow_absorb)
    before = _children()
    updating: list[set[int]] = []

    def interrupt(done: int, _total: int) -> None:
        if done >= 24:
            updating.append(_children() - before)
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        process_module.process(tumen.store, workers=1, forked=True, on_progress=interrupt)
    assert len(updating) == 1 and len(updating[0]) == 1  # an update was running in its child
    assert _children() - before == set()  # and was stopped
    assert tumen.check() == []
    report = process_module.process(tumen.store, workers=1, forked=True)
    assert report.failed == []
    assert case_base_export(tumen) == expected
    tumen.close()

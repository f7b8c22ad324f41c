"""Case-base updates in a forked child process (``tumen.pipeline.isolated``): the child's result or error comes
back to the parent, a child that dies is a clear error, and a run whose updates are forked makes the same case base
as one whose updates run in the process (SQLite and PostgreSQL)."""

from __future__ import annotations

import importlib
import json
import os
import signal
import threading
from pathlib import Path

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


def test_forked_updates_make_the_same_case_base(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Forty synthetic articles in updates of eight: the first update runs in the process, the four others each in
    a child; the case base is the one in-process updates make."""
    monkeypatch.setattr(process_module, "ABSORB", 8)
    monkeypatch.setattr(process_module, "ABSORB_MIN", 8)
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(a.record()) + "\n" for a in Corpus(40, seed=6).articles()), encoding="utf-8")
    here = Tumen.init(str(tmp_path / "here.db"))
    here.ingest([str(batch)])
    process_module.process(here.store, workers=1, forked=False)
    expected = case_base_export(here)
    here.close()
    tumen = Tumen.init(db_url)
    tumen.ingest([str(batch)])
    before = os.times()
    report = process_module.process(tumen.store, workers=1, forked=True)
    after = os.times()
    assert report.updates == 5 and report.failed == [] and report.absorbed == 40
    assert after.children_user + after.children_system > before.children_user + before.children_system
    assert case_base_export(tumen) == expected
    tumen.close()

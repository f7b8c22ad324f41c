"""A crash in the middle of an ingest: SIGKILL, then integrity check and a clean re-run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tumen import Tumen

N_FILES = 1200


def _write_corpus(folder: Path) -> None:
    folder.mkdir()
    for i in range(N_FILES):
        body = f"Report {i}. A witness says detainee number {i} was moved to another camp in {1990 + i % 30}.\n"
        (folder / f"r{i:04d}.txt").write_text(body * 20, encoding="utf-8")


def _count(url: str) -> int:
    t = Tumen.open(url)
    try:
        return t.store.count()
    finally:
        t.close()


@pytest.mark.slow
def test_sigkill_mid_ingest_leaves_a_sound_store_and_rerun_completes(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _write_corpus(corpus)
    Tumen.init(db_url).close()
    command = [sys.executable, "-m", "tumen", "--db", db_url, "ingest", str(corpus), "--outlet", "Crash Wire"]
    env = {**os.environ, "TUMEN_USER": "crash-test"}
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _count(db_url) < 50:  # wait until it is well under way
        assert process.poll() is None, "ingest finished before it could be killed; make the corpus larger"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL

    stored = _count(db_url)
    assert 50 <= stored < N_FILES, "the kill must land mid-way"
    t = Tumen.open(db_url)
    assert t.check() == [], "integrity check after SIGKILL"
    for info in t.documents():  # no partial document: each has all its parts
        doc = t.document(info.id)
        assert doc.text.startswith("Report ") and doc.chars == len(doc.text) > 0
        assert doc.meta.outlet == "Crash Wire"
    t.close()

    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.strip().splitlines()[-1] == f"ingested {N_FILES - stored}, duplicates {stored}, failed 0"
    assert _count(db_url) == N_FILES
    t = Tumen.open(db_url)
    assert t.check() == []
    t.close()

"""Extraction on a Dask cluster (``tumen process --cluster local:N`` / ``--scheduler ADDRESS``), on real Dask
clusters of worker processes on this machine: the case base is the one local workers make, on SQLite and on
PostgreSQL; a worker killed in the middle of a batch loses nothing and nothing is written twice; a cluster that is
misnamed or cannot be reached is a clear error."""

from __future__ import annotations

import json
import logging
import os
import signal
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from distributed import Client, LocalCluster
from synthetic import Corpus

from conftest import EXAMPLES, case_base_export, sample_export
from tumen import Tumen
from tumen.cli import main
from tumen.pipeline import cluster as cluster_module
from tumen.pipeline.cluster import ClusterError, ClusterSpec, parse_cluster
from tumen.store.schema import chain


@pytest.fixture(scope="module")
def in_process(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return sample_export(tmp_path_factory.mktemp("local"))


@pytest.fixture(scope="module")
def running() -> Iterator[LocalCluster]:
    """A cluster someone else started: tumen connects to its scheduler's address."""
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.WARNING,
    ) as started:
        yield started


def test_cluster_names() -> None:
    assert parse_cluster("local:2") == ClusterSpec(workers=2)
    assert parse_cluster("tcp://10.0.0.5:8786") == ClusterSpec(address="tcp://10.0.0.5:8786")
    assert parse_cluster(" tls://scheduler.example.org:8786 ").address == "tls://scheduler.example.org:8786"
    for wrong in ("local:0", "local:two", "local:", "10.0.0.5:8786", "tcp://", "dask"):
        with pytest.raises(ClusterError, match=r"expected|needs"):
            parse_cluster(wrong)


def test_a_local_cluster_gives_the_in_process_case_base(db_url: str, in_process: dict[str, Any]) -> None:
    """The sample corpus extracted on a LocalCluster of two workers, the store on SQLite or PostgreSQL: the
    export is the one a single in-process worker gives (and so is a pool of two local worker processes)."""
    tumen = Tumen.init(db_url)
    tumen.ingest([str(EXAMPLES)])
    report = tumen.process(cluster="local:2")
    assert report.failed == [] and report.processed == len(tumen.documents())
    assert case_base_export(tumen) == in_process
    tumen.process(workers=2, force=True)
    assert case_base_export(tumen) == in_process
    tumen.close()


def test_the_cli_extracts_on_a_running_scheduler(
    tmp_path: Path, running: LocalCluster, in_process: dict[str, Any]
) -> None:
    db = str(tmp_path / "t.db")
    for args in (["init"], ["ingest", str(EXAMPLES)], ["process", "--scheduler", running.scheduler_address]):
        result = CliRunner().invoke(main, ["--db", db, *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    assert "failed 0" in result.output
    tumen = Tumen.open(db)
    assert case_base_export(tumen) == in_process
    tumen.close()


def test_a_worker_killed_mid_batch_loses_nothing_and_writes_nothing_twice(
    tmp_path: Path, running: LocalCluster
) -> None:
    """Kill the worker process that is extracting a batch, as soon as a batch has come back with others in flight: the
    scheduler runs its batches again on the other worker (and the restarted one); every document is extracted
    and saved once, and the case base is the one an in-process run makes."""
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "".join(json.dumps(a.record(), ensure_ascii=False) + "\n" for a in Corpus(48, seed=4).articles()),
        encoding="utf-8",
    )
    tumen = Tumen.init(str(tmp_path / "t.db"))
    tumen.ingest([str(batch)])
    killed: list[str] = []
    with Client(running.scheduler_address, set_as_default=False) as watcher:

        def kill_a_busy_worker(done: int, total: int) -> None:
            # at the first batch back, the batches sent with it may all be done on a loaded machine: then kill a
            # worker at the next one, when the batches sent after it are in flight (the end asserts a kill happened)
            busy = [address for address, tasks in watcher.processing().items() if tasks]
            if killed or not busy:
                return
            pid = watcher.run(os.getpid, workers=[busy[0]])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            killed.append(busy[0])

        report = tumen.process(cluster=running.scheduler_address, on_progress=kill_a_busy_worker)
    assert killed
    assert report.failed == [] and report.processed == 48
    with tumen.store.engine.connect() as conn:
        saved = Counter(conn.execute(sa.select(chain.c.subject).where(chain.c.kind == "extraction")).scalars())
    assert len(saved) == 48 and set(saved.values()) == {1}
    exported = case_base_export(tumen)
    tumen.close()
    again = Tumen.init(str(tmp_path / "again.db"))
    again.ingest([str(batch)])
    again.process(workers=1)
    assert case_base_export(again) == exported
    again.close()


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster_module, "CONNECT_SECONDS", 2)
    db = str(tmp_path / "t.db")
    CliRunner().invoke(main, ["--db", db, "init"], catch_exceptions=False)
    CliRunner().invoke(main, ["--db", db, "ingest", str(EXAMPLES / "donghae-jin-2022.txt")], catch_exceptions=False)
    result = CliRunner().invoke(main, ["--db", db, "process", "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "tcp://127.0.0.1:9" in result.output and "could not be started or reached" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["--cluster", "local:0"],
        ["--cluster", "tcp://127.0.0.1:8786"],
        ["--scheduler", "local:2"],
        ["--workers", "2", "--cluster", "local:2"],
        ["--cluster", "local:2", "--scheduler", "tcp://127.0.0.1:8786"],
    ],
)
def test_a_misnamed_cluster_is_a_usage_error(tmp_path: Path, args: list[str]) -> None:
    db = str(tmp_path / "t.db")
    CliRunner().invoke(main, ["--db", db, "init"], catch_exceptions=False)
    result = CliRunner().invoke(main, ["--db", db, "process", *args])
    assert result.exit_code == 2, result.output


def test_a_worker_running_another_extractor_version_stops_the_run_before_writing(
    tmp_path: Path, running: LocalCluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workers run the installed tumen; this process pretends to be another version of it: nothing the
    workers extracted is stored under a version that did not make it."""
    monkeypatch.setattr(cluster_module, "EXTRACTOR_VERSION", "another-version")
    tumen = Tumen.init(str(tmp_path / "t.db"))
    tumen.ingest([str(EXAMPLES)])
    with pytest.raises(ClusterError, match="install the same tumen"):
        tumen.process(cluster=running.scheduler_address)
    assert tumen.extraction(1) is None
    tumen.close()

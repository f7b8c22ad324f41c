"""Extraction on a Dask cluster: ``tumen process --cluster local:N`` or ``--scheduler tcp://HOST:PORT``.

Only extraction leaves this process. Each batch of documents (their text and metadata) is sent to a Dask worker,
which runs the same ``extract_batch`` a local worker process runs and sends the result back; this process alone
writes to the store and updates the case base, as it does with local workers. So the case base is the same whichever
way the documents were extracted, a store (a team's PostgreSQL server, say) needs no access from the workers, and a
batch is written once: a worker that dies mid-batch has its batch run again elsewhere by the scheduler (and a batch
that raises is retried up to ``RETRIES`` times), but only the result that comes back is written.

``local:N`` starts a ``LocalCluster`` of N single-threaded worker processes on this machine, listening on 127.0.0.1
only and without a dashboard, and stops it afterwards. A scheduler address connects to a cluster someone else runs:
the documents' text then travels to its workers, so use ``tls://`` with certificates (Dask's own security settings)
on any network that is not trusted as much as the store itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass

from tumen.errors import TumenError
from tumen.extract.batches import Result, extract_batch
from tumen.extract.document import Source
from tumen.extract.types import EXTRACTOR_VERSION

log = logging.getLogger(__name__)
RETRIES = 2  # a batch whose extraction raises is tried this many more times before its documents count as failed
CONNECT_SECONDS = 30
SCHEMES = ("tcp://", "tls://", "inproc://", "ucx://")


class ClusterError(TumenError):
    """A cluster could not be named, started or reached."""


@dataclass(frozen=True)
class ClusterSpec:
    """A local cluster of ``workers`` processes, or the ``address`` of a running scheduler."""

    workers: int = 0
    address: str | None = None

    @property
    def size_hint(self) -> int:
        """How many workers to keep busy (batches in flight are twice this)."""
        return self.workers or 2

    def __str__(self) -> str:
        return self.address or f"local:{self.workers}"


def parse_cluster(spec: str) -> ClusterSpec:
    """``local:N`` (N worker processes on this machine) or a scheduler address such as ``tcp://10.0.0.5:8786``."""
    text = spec.strip()
    if text.startswith("local:"):
        count = text.removeprefix("local:")
        if not count.isdigit() or not 1 <= int(count) <= 256:
            raise ClusterError(f"cluster {spec!r}: 'local:N' needs a number of workers from 1 to 256")
        return ClusterSpec(workers=int(count))
    if text.startswith(SCHEMES) and len(text) > len(text.split("://")[0]) + 3:
        return ClusterSpec(address=text)
    raise ClusterError(f"cluster {spec!r}: expected 'local:N' or a scheduler address such as tcp://HOST:8786")


@contextmanager
def dask_executor(spec: ClusterSpec) -> Iterator[Executor]:
    """A ``concurrent.futures`` executor whose tasks run on the cluster; the cluster (if local) and the client are
    closed on leaving, also after an error or Ctrl-C."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:  # pragma: no cover - a dependency of tumen; only a broken install lacks it
        raise ClusterError(f"Dask's distributed package is not installed: {error}") from error
    with ExitStack() as stack:
        quiet = logging.getLogger("distributed")  # its scheduler and nannies log every connection at info level
        level = quiet.level
        quiet.setLevel(max(level, logging.WARNING))
        stack.callback(quiet.setLevel, level)
        try:
            if spec.address is None:
                local = LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=spec.workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                    silence_logs=logging.WARNING,
                )
                cluster = stack.enter_context(local)
                client = stack.enter_context(Client(cluster, set_as_default=False))  # type: ignore[no-untyped-call]
            else:
                remote = Client(spec.address, timeout=CONNECT_SECONDS, set_as_default=False)  # type: ignore[no-untyped-call]
                client = stack.enter_context(remote)
        except (OSError, TimeoutError) as error:
            raise ClusterError(f"cluster {spec}: could not be started or reached: {error}") from error
        log.info("extracting on the Dask cluster %s (%d workers)", spec, len(client.scheduler_info()["workers"]))
        yield client.get_executor(retries=RETRIES, pure=False)


def extract_versioned(batch: list[Source]) -> tuple[str, list[Result]]:
    """A worker's extraction of one batch, with the extractor version the worker runs."""
    return EXTRACTOR_VERSION, extract_batch(batch)


def versioned(record: Callable[[list[Result]], None]) -> Callable[[tuple[str, list[Result]]], None]:
    """``record`` for results that come back from workers: a worker whose tumen (its code, vocabularies or model)
    differs from this process's stops the run before anything it extracted is written, since its extractions
    would be stored under a version that did not make them."""

    def checked(result: tuple[str, list[Result]]) -> None:
        version, results = result
        if version != EXTRACTOR_VERSION:
            raise ClusterError(
                f"a Dask worker runs extractor version {version}, this process {EXTRACTOR_VERSION}: install the same "
                "tumen (the same lock file) on every worker"
            )
        record(results)

    return checked

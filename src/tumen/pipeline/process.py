"""``tumen process``: extract every document not yet processed by this extractor version, then
bring the case base up to date, a batch at a time.

Worker processes each load the English pipeline once and extract batches of documents; the main
process writes the extractions that arrived (a few batches' worth in one transaction) and then
updates the case base for up to ABSORB documents at a time in one transaction (fewer when their
regions grow large: ``next_absorb``),
so an interrupted run keeps what it finished and the next run does the rest (documents extracted
but not yet absorbed are picked up first, in updates sized the same way).
"""

from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from tumen.extract.batches import Result, extract_batch
from tumen.extract.document import Source
from tumen.extract.types import EXTRACTOR_VERSION
from tumen.model import Document
from tumen.pipeline.cluster import ClusterSpec, dask_executor, extract_versioned, parse_cluster, versioned
from tumen.pipeline.isolated import Forked, available, run_forked, start_forked
from tumen.pipeline.lifetime import stop, terminate_as_interrupt, worker_guard
from tumen.pipeline.update import Updated, update
from tumen.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")
BATCH = 8
ABSORB = 64  # extracted documents the case base takes in one update (one transaction): fewer, larger updates
ABSORB_MIN = 8
HOLD = 2 * ABSORB  # extractions held while an update runs in its child: beyond this, the run waits for it
REGION_BUDGET = 1200  # records re-resolved + facts regrouped one update may hold (see next_absorb)


@dataclass
class ProcessReport:
    processed: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)
    skipped: int = 0
    absorbed: int = 0
    updates: int = 0  # case-base updates (transactions) they took

    def summary(self) -> str:
        return f"processed {self.processed}, up to date {self.skipped}, failed {len(self.failed)}"


def _source(store: Store, document_id: int) -> Source:
    return _source_of(store.document(document_id))


def _source_of(doc: Document) -> Source:
    meta = doc.meta
    return Source(
        doc.text,
        doc.id,
        meta.language,
        meta.published,
        meta.outlet,
        meta.translated_from,
        meta.published_precision,
    )


def _batches(store: Store, ids: list[int]) -> Iterator[list[Source]]:
    for start in range(0, len(ids), BATCH):
        yield [_source_of(doc) for doc in store.documents_by_id(ids[start : start + BATCH])]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the duration. An update builds many small objects (decoded
    statements, records, groups) that all live until it ends; with the collector on, each of its collections walks
    every object the process holds, so the same update costs more the more the process holds. Reference counting
    still frees everything at once when the update ends; cycles wait for the next collection after it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def release_free_memory() -> None:
    """Hand the memory an update freed back to the system (glibc's ``malloc_trim``; elsewhere nothing). An
    update's objects are freed when it ends, but the C allocator keeps the pages they spread over, and the next,
    differently shaped update spreads over others: without this, a long run's resident memory creeps up with
    every update although what it holds does not."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _glibc() -> ctypes.CDLL | None:
    if sys.platform != "linux":
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        return libc
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None


_LIBC = _glibc()


def next_absorb(documents: int, updated: Updated) -> int:
    """How many documents the next update takes: as many as fit the region budget at the pace of the last one.
    What an update holds grows with its region — the records that share a name with its documents' persons, the
    facts at their places and times — and the more a base holds, the more a document touches: a fixed number of
    documents per update would make the process's memory grow with the base. Larger updates share more of their
    regions (cheaper per document), so an update takes up to ABSORB documents while their region fits."""
    held = updated.records + updated.facts
    if documents <= 0 or held <= 0:
        return ABSORB
    return max(ABSORB_MIN, min(ABSORB, documents * REGION_BUDGET // held))


def warm_up() -> None:
    """Load now what the first document processed would load: the English language model (the case-base update's
    libraries come with this module). For a long-running process such as the workbench, whose first upload is then
    as quick as the next; a command run once gains nothing from it."""
    from tumen.extract.nlp import english

    english()


def absorb(store: Store, documents: Iterable[int] = (), judged: Iterable[str] = (), forked: bool = False) -> Updated:
    """Update the case base for these documents and judged records, in one transaction that holds
    the case base's lock: two runs on one shared store take turns instead of colliding. With ``forked``, in a
    short-lived child process (``tumen.pipeline.isolated``), so that what the update allocates goes with it."""
    if forked:
        docs, records = list(documents), list(judged)
        return run_forked(lambda: _absorb_here(store, docs, records), lambda: store.engine.dispose(close=False))
    try:
        return _absorb_here(store, documents, judged)
    finally:
        release_free_memory()


def _start_absorb(store: Store, documents: list[int]) -> Forked[Updated]:
    """Start absorbing these documents in a forked child and return at once (see :class:`_Updates`)."""
    return start_forked(lambda: _absorb_here(store, documents, []), lambda: store.engine.dispose(close=False))


def _absorb_here(store: Store, documents: Iterable[int], judged: Iterable[str]) -> Updated:
    with store.updating() as tables, collector_paused():
        return update(tables, documents, judged)


def judged(store: Store, records: Iterable[str]) -> Updated:
    """After an analyst's decision about these records: redo what it touches."""
    return absorb(store, (), records)


def process(
    store: Store,
    workers: int | None = None,
    force: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
    cluster: str | ClusterSpec | None = None,
    forked: bool | None = None,
) -> ProcessReport:
    """Extract pending documents with ``workers`` processes (default: one per core), or on a Dask ``cluster``
    ("local:N" or a scheduler address, ``tumen.pipeline.cluster``). Each case-base update runs in a forked child
    process where that is safe (``forked=None``: Linux, main thread; ``tumen.pipeline.isolated``). SIGTERM stops
    the run as SIGINT does (the open transaction rolls back, workers are stopped)."""
    spec = parse_cluster(cluster) if isinstance(cluster, str) else cluster
    isolate = available() if forked is None else forked and available()
    with terminate_as_interrupt():
        return _run(store, workers, force, on_progress, spec, isolate)


def _run(
    store: Store,
    workers: int | None,
    force: bool,
    on_progress: Callable[[int, int], None] | None,
    cluster: ClusterSpec | None = None,
    forked: bool = False,
) -> ProcessReport:
    report = ProcessReport()
    updates = _Updates(store, report, forked)
    ids = store.pending_extraction(EXTRACTOR_VERSION, force)
    report.skipped = store.count() - len(ids)
    workers = max(1, workers or os.cpu_count() or 1)
    done = 0

    def record(results: list[Result]) -> None:
        nonlocal done
        for document_id, data, error in results:
            done += 1
            if data is None:
                report.failed.append((document_id, error or "unknown error"))
                log.info("failed: document %s: %s", document_id, error)
            else:
                updates.held.append((document_id, data))
        updates.catch_up()
        if on_progress is not None:
            on_progress(done, len(ids))

    try:
        with store.reading() as tables:
            updates.saved.extend(tables.pending())  # extracted before, never absorbed (an interrupted run)
        updates.catch_up(everything=True)
        if cluster is not None:
            if ids:
                with dask_executor(cluster) as executor:
                    _extract_on(executor, _batches(store, ids), cluster.size_hint, versioned(record), extract_versioned)
        elif workers == 1 or len(ids) <= BATCH:
            for batch in _batches(store, ids):
                record(extract_batch(batch))
        else:
            _extract_in_pool(store, ids, workers, record)
        updates.catch_up(everything=True)
    except BaseException:  # an error, Ctrl-C or SIGTERM: an update running in a child is stopped (rolled back)
        updates.stop()
        raise
    return report


def _extract_in_pool(store: Store, ids: list[int], workers: int, record: Callable[[list[Result]], None]) -> None:
    context = multiprocessing.get_context("spawn")
    initializer, initargs = worker_guard()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer, initargs=initargs)
    try:
        _extract_on(pool, _batches(store, ids), workers, record, extract_batch)
    except BaseException:  # an error, Ctrl-C or SIGTERM: stop the workers now, not after their batches
        stop(pool)
        raise
    pool.shutdown()


class _Updates:
    """The case-base updates of one run. Extractions are saved and taken in ``size`` at a time; with ``forked``,
    every update after the first runs in a child process *while the run goes on extracting* (on another core).
    The child holds the case base's write lock, so extractions that arrive meanwhile are held here (at most HOLD)
    and saved when it has finished, before the next update starts."""

    def __init__(self, store: Store, report: ProcessReport, forked: bool) -> None:
        self.store, self.report, self.forked = store, report, forked
        self.saved: list[int] = []  # saved, not yet absorbed
        self.held: list[tuple[int, dict[str, Any]]] = []  # extracted while an update runs: saved after it
        self.size = ABSORB
        self.running: Forked[Updated] | None = None
        self.running_documents = 0

    def catch_up(self, everything: bool = False) -> None:
        """Save what is held and start the updates that are due; with ``everything``, until all is absorbed."""
        while True:
            if self.running is not None:
                if not (everything or len(self.held) >= HOLD or self.running.done()):
                    return  # the update goes on in its child; extraction goes on here
                running, self.running = self.running, None
                self._account(self.running_documents, running.result())
            self._save_held()
            if not self.saved or (not everything and len(self.saved) < self.size):
                return
            taken = self.saved[: self.size]
            del self.saved[: len(taken)]
            if self.forked and self.report.updates > 0:  # the first runs here: what it loads, the children share
                self.running, self.running_documents = _start_absorb(self.store, taken), len(taken)
                self.report.updates += 1
            else:
                self.report.updates += 1
                self._account(len(taken), absorb(self.store, taken))

    def _account(self, documents: int, updated: Updated) -> None:
        self.report.absorbed += updated.documents
        self.size = next_absorb(documents, updated)

    def _save_held(self) -> None:
        """Save the held extractions, in one transaction (an interrupted run extracts them again)."""
        saved = []
        for document_id, data in self.held:
            persons = sum(1 for e in data["entities"] if e["kind"] == "person")
            saved.append((document_id, data, persons, len(data["events"])))
        self.store.save_extractions(EXTRACTOR_VERSION, saved)
        for document_id, _data in self.held:
            self.saved.append(document_id)
            self.report.processed += 1
            log.info("processed document %s", document_id)
        self.held.clear()

    def stop(self) -> None:
        if self.running is not None:
            self.running.stop()
            self.running = None


def _extract_on(
    executor: Executor,
    batches: Iterable[list[Source]],
    workers: int,
    record: Callable[[T], None],
    task: Callable[[list[Source]], T],
) -> None:
    """Keep twice ``workers`` batches in flight; record each result in the order the batches were sent."""
    pending: list[Future[T]] = []
    for batch in batches:
        pending.append(executor.submit(task, batch))
        if len(pending) >= workers * 2:
            record(pending.pop(0).result())
    for future in pending:
        record(future.result())

"""``tumen process``: extract every document not yet processed by this extractor version.

Worker processes each load the English pipeline once and extract batches of documents;
the main process writes each result in its own transaction, so an interrupted run keeps
what it finished and the next run does the rest.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from tumen.extract.document import Source, extract_many
from tumen.extract.types import EXTRACTOR_VERSION
from tumen.store import Store

log = logging.getLogger(__name__)
BATCH = 8


@dataclass
class ProcessReport:
    processed: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)
    skipped: int = 0

    def summary(self) -> str:
        return f"processed {self.processed}, up to date {self.skipped}, failed {len(self.failed)}"


def _source(store: Store, document_id: int) -> Source:
    doc = store.document(document_id)
    return Source(doc.text, doc.id, doc.meta.language, doc.meta.published, doc.meta.outlet)


def _extract_batch(sources: list[Source]) -> list[tuple[int, dict[str, Any] | None, str | None]]:
    """Run in a worker: extract a batch, one failure not spoiling the others."""
    results: list[tuple[int, dict[str, Any] | None, str | None]] = []
    try:
        for source, extraction in zip(sources, extract_many(sources, batch_size=len(sources)), strict=True):
            results.append((source.document or 0, extraction.to_json(), None))
    except Exception:
        results = []
        for source in sources:  # find the one that failed
            try:
                extraction = next(extract_many([source]))
                results.append((source.document or 0, extraction.to_json(), None))
            except Exception as exc:
                log.debug("extraction failed for document %s", source.document, exc_info=True)
                results.append((source.document or 0, None, f"{type(exc).__name__}: {exc}"))
    return results


def _batches(store: Store, ids: list[int]) -> Iterator[list[Source]]:
    for start in range(0, len(ids), BATCH):
        yield [_source(store, i) for i in ids[start : start + BATCH]]


def process(
    store: Store,
    workers: int | None = None,
    force: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
) -> ProcessReport:
    """Extract pending documents with ``workers`` processes (default: one per core)."""
    report = ProcessReport()
    ids = store.pending_extraction(EXTRACTOR_VERSION, force)
    report.skipped = store.count() - len(ids)
    workers = max(1, workers or os.cpu_count() or 1)
    done = 0

    def record(results: list[tuple[int, dict[str, Any] | None, str | None]]) -> None:
        nonlocal done
        for document_id, data, error in results:
            done += 1
            if data is None:
                report.failed.append((document_id, error or "unknown error"))
                log.info("failed: document %s: %s", document_id, error)
                continue
            persons = sum(1 for e in data["entities"] if e["kind"] == "person")
            store.save_extraction(document_id, EXTRACTOR_VERSION, data, persons, len(data["events"]))
            report.processed += 1
            log.info("processed document %s", document_id)
        if on_progress is not None:
            on_progress(done, len(ids))

    if workers == 1 or len(ids) <= BATCH:
        for batch in _batches(store, ids):
            record(_extract_batch(batch))
        return report
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending = []
        for batch in _batches(store, ids):
            pending.append(pool.submit(_extract_batch, batch))
            if len(pending) >= workers * 2:
                record(pending.pop(0).result())
        for future in pending:
            record(future.result())
    return report

"""Extraction of a batch of documents in one call, one failure not spoiling the others (pure)."""

from __future__ import annotations

import logging
from typing import Any

from tumen.extract.document import Source, extract_many

log = logging.getLogger(__name__)

Result = tuple[int, dict[str, Any] | None, str | None]  # (document, extraction as JSON, error)


def extract_batch(sources: list[Source]) -> list[Result]:
    """Run in a worker: extract a batch; when the batch fails, each document alone, to name the one that failed."""
    results: list[Result] = []
    try:
        for source, extraction in zip(sources, extract_many(sources, batch_size=len(sources)), strict=True):
            results.append((source.document or 0, extraction.to_json(), None))
    except Exception:
        results = []
        for source in sources:
            try:
                extraction = next(extract_many([source]))
                results.append((source.document or 0, extraction.to_json(), None))
            except Exception as exc:
                log.debug("extraction failed for document %s", source.document, exc_info=True)
                results.append((source.document or 0, None, f"{type(exc).__name__}: {exc}"))
    return results

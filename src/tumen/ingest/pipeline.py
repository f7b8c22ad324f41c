"""Ingestion: inputs in, stored documents out; a group of documents per transaction, a savepoint per document.

A failing input is reported with its name and reason and the run goes on. Nothing of a
failed document is stored, so re-running the same command after a crash completes
what is missing and reports the rest as duplicates. Results are told (to the report and
``on_result``) once their group is committed: what was told ingested is stored.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

from tumen.config import Limits
from tumen.errors import InputError, MetadataError, StoreError, TumenError
from tumen.ingest import batch, language, metadata, sniff, sources
from tumen.ingest.limits import check_chars
from tumen.ingest.names import shown
from tumen.ingest.readers import READERS
from tumen.ingest.readers.text import looks_binary, normalise
from tumen.model import Extracted, Metadata, NewDocument, holds_nul, sha256_hex
from tumen.store import Store
from tumen.store.grouped import GROUP_SIZE, DocumentWriter

log = logging.getLogger(__name__)


class Status(StrEnum):
    INGESTED = "ingested"
    DUPLICATE = "duplicate"
    FAILED = "failed"
    SKIPPED = "skipped"  # not a regular file (a named pipe, socket or device inside a folder)


@dataclass(frozen=True)
class Result:
    """What happened to one input (a file, a batch record or stdin)."""

    source: str
    status: Status
    document_id: int | None = None
    reason: str | None = None


KEEP_RESULTS = 10_000  # results a report holds one by one; beyond, only counted (``on_result`` sees every one)


@dataclass
class Report:
    """What an ingest run did: a count per status, and the first ``KEEP_RESULTS`` results themselves, so that a
    batch of a million records is ingested with bounded memory."""

    results: list[Result] = field(default_factory=list)
    counts: Counter[Status] = field(default_factory=Counter)

    def add(self, result: Result) -> None:
        self.counts[result.status] += 1
        if len(self.results) < KEEP_RESULTS:
            self.results.append(result)

    @property
    def not_kept(self) -> int:
        """Results counted but not held in ``results``."""
        return self.counts.total() - len(self.results)

    def count(self, status: Status) -> int:
        return self.counts[status]

    @property
    def failed(self) -> int:
        return self.count(Status.FAILED)

    def summary(self) -> str:
        line = (
            f"ingested {self.count(Status.INGESTED)}, duplicates {self.count(Status.DUPLICATE)}, failed {self.failed}"
        )
        skipped = self.count(Status.SKIPPED)
        return f"{line}, skipped {skipped}" if skipped else line


Listener = Callable[[Result], None]


@dataclass
class Ingestor:
    """Ingests inputs into one store with one set of command-line metadata."""

    store: Store
    ingested_by: str
    flags: Metadata = field(default_factory=Metadata)
    max_bytes: int = 50 * 1024 * 1024
    on_result: Listener | None = None
    on_input: Callable[[str], None] | None = None
    report: Report = field(default_factory=Report)
    # What comes out of a file is bounded too; None: TUMEN_MAX_CHARS etc. or the defaults, with max_bytes.
    limits: Limits | None = None
    audit_by: str | None = None  # given: each document's audit-log entry (ingest, by this actor), same transaction
    group_size: int = GROUP_SIZE  # documents per transaction
    _writer: DocumentWriter | None = field(default=None, init=False, repr=False)
    _pending: list[Result] = field(default_factory=list, init=False, repr=False)  # told once their group commits

    def __post_init__(self) -> None:
        if self.limits is None:
            self.limits = dataclasses.replace(Limits.from_settings(), max_bytes=self.max_bytes)
        self.max_bytes = self.limits.max_bytes

    @property
    def _limits(self) -> Limits:
        assert self.limits is not None
        return self.limits

    @property
    def _store_writer(self) -> DocumentWriter:
        if self._writer is None:
            raise RuntimeError("documents are stored inside Ingestor.run")
        return self._writer

    def run(self, names: Iterable[str]) -> Report:
        self._writer = self.store.writer(self.audit_by, self.group_size)
        try:
            for item in sources.expand(list(names)):
                if isinstance(item, sources.Skipped):
                    self._emit(Result(item.source, Status.SKIPPED, reason=item.reason))
                    continue
                if isinstance(item, InputError):
                    self._emit(Result(item.source, Status.FAILED, reason=item.reason))
                    continue
                if self.on_input is not None:
                    self.on_input(item.name)
                self._one_input(item)
            self._commit()
        finally:  # interrupted: the open group is rolled back, and its results are not told
            self._writer.close()
            self._writer = None
            self._pending = []
        return self.report

    def _emit(self, result: Result) -> None:
        self._pending.append(result)

    def _commit_when_due(self) -> None:
        if self._store_writer.due() or len(self._pending) >= self.group_size:
            self._commit()

    def _commit(self) -> None:
        """Commit the open group, then tell its results; a group the database refuses to commit: its documents
        are told failed, with the reason."""
        writer = self._store_writer
        try:
            writer.commit()
        except StoreError as exc:
            lost = set(writer.added)
            self._pending = [
                Result(r.source, Status.FAILED, reason=str(exc)) if r.document_id in lost else r for r in self._pending
            ]
        pending, self._pending = self._pending, []
        for result in pending:
            self._publish(result)

    def _publish(self, result: Result) -> None:
        self.report.add(result)
        if result.status in (Status.FAILED, Status.SKIPPED):
            log.info("%s: %s: %s", result.status.value, result.source, result.reason)
        else:
            log.info("%s: %s as document %s", result.status.value, result.source, result.document_id)
        if self.on_result is not None:
            self.on_result(result)

    def _one_input(self, item: sources.Input) -> None:
        media_type = sniff.by_extension(item.path) if item.path is not None else None
        if item.path is not None and media_type is None and item.path.suffix:
            self._emit(
                Result(
                    item.name,
                    Status.FAILED,
                    reason=(f"unsupported file type {item.path.suffix!r} (supported: {sniff.supported()})"),
                )
            )
            return
        if media_type in sniff.BATCH_TYPES and item.path is not None:
            self._batch(item.path, media_type)
            return
        self._guarded(item.name, lambda: self._file(item, media_type))

    def _guarded(self, source: str, work: Callable[[], Result]) -> None:
        try:
            result = work()
        except TumenError as exc:
            reason = exc.reason if isinstance(exc, InputError) and exc.source == source else str(exc)
            result = Result(source, Status.FAILED, reason=reason)
        except Exception as exc:  # a reader bug must not stop the rest of the run
            log.debug("unexpected error on %s", source, exc_info=True)
            result = Result(source, Status.FAILED, reason=f"unexpected error ({_first_line(exc)})")
        self._emit(result)
        self._commit_when_due()

    def _file(self, item: sources.Input, media_type: str | None) -> Result:
        data = sources.read_limited(item.path, self.max_bytes, item.name)
        if not data.strip():
            raise InputError(item.name, "empty file (no text)")
        sha = sha256_hex(data)
        existing = self._store_writer.find(sha)
        if existing is not None:
            return Result(item.name, Status.DUPLICATE, existing)
        media_type = media_type or sniff.by_content(data)
        side_meta, side_extra = metadata.read_sidecar(item.path) if item.path is not None else (Metadata(), {})
        extracted = READERS[media_type](data, item.name, self._limits)
        filename = shown(item.path.name) if item.path is not None else None
        return self._store(item.name, data, extracted, [side_meta], side_extra, filename)

    def _batch(self, path: Path, media_type: str) -> None:
        try:
            side_meta, side_extra = metadata.read_sidecar(path)
            seen = 0
            for record in batch.records(path, media_type, self._limits.max_bytes):
                seen += 1
                self._guarded(record.source, partial(self._record, record, side_meta, side_extra, path))
            if not seen:
                raise InputError(shown(path), "batch file has no records (nothing but a header or blank lines)")
        except (InputError, MetadataError) as exc:
            self._emit(Result(shown(path), Status.FAILED, reason=getattr(exc, "reason", str(exc))))

    def _record(self, record: batch.Record, side_meta: Metadata, side_extra: dict[str, Any], path: Path) -> Result:
        if record.error is not None:
            raise InputError(record.source, record.error)
        if len(record.content) > self.max_bytes:
            raise InputError(record.source, f"record over the size limit of {self.max_bytes:,} bytes")
        existing = self._store_writer.find(sha256_hex(record.content))
        if existing is not None:
            return Result(record.source, Status.DUPLICATE, existing)
        text = normalise(record.text()).strip()
        if not text:
            raise InputError(record.source, "record has no text (its text field is blank)")
        check_chars(len(text), record.source, self._limits)
        if looks_binary(text):
            raise InputError(record.source, "record text is binary junk (control characters or NUL bytes)")
        record_meta, record_extra = metadata.from_fields(record.fields, where="record field ")
        extracted = Extracted(text=text, media_type="application/json")
        extra = {"batch": shown(path.name), "record": record.source.rsplit("#", 1)[1], **record_extra, **side_extra}
        return self._store(record.source, record.content, extracted, [side_meta, record_meta], extra, shown(path.name))

    def _store(
        self,
        source: str,
        data: bytes,
        extracted: Extracted,
        layers: list[Metadata],
        extra: dict[str, Any],
        filename: str | None,
    ) -> Result:
        _refuse_nul(source, extra)
        meta = self.flags
        for layer in [*layers, _without_nul(extracted.meta)]:
            meta = meta.over(layer)
        if meta.title is None:
            meta = meta.over(Metadata(title=metadata.derived_title(extracted.text) or filename))
        if meta.language is None:
            meta = meta.over(Metadata(language=language.detect(extracted.text)))
        check_chars(len(extracted.text), source, self._limits)
        doc = NewDocument(
            content=data,
            text=extracted.text,
            meta=meta,
            media_type=extracted.media_type,
            filename=filename,
            ingested_by=self.ingested_by,
            encoding=extracted.encoding,
            extra={**extracted.extra, **extra},
        )
        doc_id, duplicate = self._store_writer.add(doc)
        return Result(source, Status.DUPLICATE if duplicate else Status.INGESTED, doc_id)


def _first_line(exc: Exception) -> str:
    """An unexpected error told briefly: its type and first line, never SQL, parameters or pages of text."""
    lines = str(exc).strip().splitlines()
    first = lines[0].strip() if lines else ""
    if len(first) > 200:
        first = first[:199] + "…"
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def _without_nul(meta: Metadata) -> Metadata:
    """What a file says about itself, NUL characters dropped (a PDF title decoded from UTF-16 may hold them)."""
    changes: dict[str, Any] = {
        f.name: value.replace("\x00", "").strip() or None
        for f in dataclasses.fields(meta)
        if isinstance(value := getattr(meta, f.name), str) and "\x00" in value
    }
    return dataclasses.replace(meta, **changes) if changes else meta


def _refuse_nul(source: str, extra: dict[str, Any]) -> None:
    """Extra fields (from a sidecar or a batch record) holding a NUL: no store keeps one, so neither does tumen."""
    for key, value in extra.items():
        if holds_nul(key) or holds_nul(value):
            shown = key.replace("\x00", "\\x00")
            raise InputError(source, f"field {shown!r} contains a NUL character")

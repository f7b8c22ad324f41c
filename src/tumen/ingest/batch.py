"""Batches: JSON Lines and CSV files holding one article per record.

Each record becomes its own document, whose original bytes are the record itself
(the JSON line as written; a CSV row as a canonical JSON object). A bad record fails
alone, named ``FILE#N`` (N = line for JSONL, row for CSV, counting the header as 1).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from tumen.config import DEFAULT_MAX_BYTES
from tumen.errors import InputError
from tumen.ingest.metadata import TEXT_FIELDS
from tumen.ingest.names import shown
from tumen.ingest.readers.text import decode
from tumen.ingest.sniff import BATCH_CSV

csv.field_size_limit(1 << 30)
SNIFF_BYTES = 1 << 20  # a CSV file's character encoding is told from its first megabyte


@dataclass(frozen=True)
class Record:
    """One article of a batch, or the reason it could not be read."""

    source: str
    content: bytes
    fields: dict[str, Any]
    error: str | None = None

    def text(self) -> str:
        for name in TEXT_FIELDS:
            value = self.fields.get(name)
            if isinstance(value, str) and value.strip():
                return value
        raise InputError(self.source, f"record has no text (expected a non-empty field: {', '.join(TEXT_FIELDS)})")


def _invalid_unicode(fields: dict[str, Any]) -> str | None:
    """The first field whose strings cannot be stored as UTF-8 (JSON allows "\\ud800")."""
    for key, value in fields.items():
        for text in (key, value) if isinstance(value, str) else (key, json.dumps(value, ensure_ascii=False)):
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                return key.encode("utf-8", "backslashreplace").decode("utf-8")
    return None


def _lines(handle: BinaryIO, max_line: int) -> Iterator[bytes | None]:
    """The lines of ``handle``; None for a line longer than ``max_line`` bytes, which is never held whole."""
    while raw := handle.readline(max_line + 1):
        if len(raw) > max_line and not raw.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # skip to the end of the overlong line, a megabyte at a time
            yield None
            continue
        yield raw


def _jsonl(path: Path, max_line: int) -> Iterator[Record]:
    with path.open("rb") as handle:
        for number, raw in enumerate(_lines(handle, max_line), start=1):
            source = f"{shown(path)}#{number}"
            if raw is None:
                yield Record(source, b"", {}, f"record over the size limit of {max_line:,} bytes")
                continue
            line = raw.rstrip(b"\r\n")
            if not line.strip():
                continue
            try:
                fields = json.loads(line.decode("utf-8-sig" if number == 1 else "utf-8"))
            except UnicodeDecodeError:
                yield Record(source, line, {}, "record is not UTF-8 JSON")
                continue
            except json.JSONDecodeError as exc:
                yield Record(source, line, {}, f"invalid JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(fields, dict):
                yield Record(source, line, {}, "record is not a JSON object")
                continue
            broken = _invalid_unicode(fields)
            if broken is not None:
                yield Record(source, line, {}, f"field {broken!r} holds invalid Unicode (a lone surrogate escape)")
                continue
            yield Record(source, line, fields)


def _csv_rows(stream: TextIO) -> Iterator[tuple[list[str] | None, str | None, int]]:
    """``(cells, None, first line)`` per row, or ``(None, reason, first line)`` for a malformed one.

    Read strictly: a quote opened and never closed is an error naming its record, where a
    lenient reader would silently swallow every later row into that one field.
    """
    reader = csv.reader(stream, strict=True)
    while True:
        first_line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "end of data" in str(exc):
                yield (
                    None,
                    (f"unterminated quoted field (a quote opened on line {first_line} is never closed)"),
                    first_line,
                )
                return
            yield None, f"malformed CSV row ({exc})", first_line
            continue
        if row:  # blank lines are no records
            yield row, None, first_line


@contextmanager
def _csv_stream(path: Path) -> Iterator[TextIO]:
    """The CSV file as text, read as it is consumed: a batch of a million rows is never held whole. Its character
    encoding is told from the first megabyte (the whole file when smaller, as for any text file); a row with a
    later byte that does not fit it fails alone, named, and the rest of the batch is read."""
    with path.open("rb") as raw:
        head = raw.read(SNIFF_BYTES)
        if len(head) < SNIFF_BYTES:
            text, _encoding = decode(head, shown(path))
            yield io.StringIO(text, newline="")
            return
        _text, encoding = decode(head[: head.rfind(b"\n") + 1] or head, shown(path))
        if encoding == "utf-8" and head.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        raw.seek(0)
        # A byte the encoding cannot read is kept as an escape, and its row fails alone (``_ESCAPED``).
        with io.TextIOWrapper(raw, encoding=encoding, errors="surrogateescape", newline="") as stream:
            yield stream


def _csv(path: Path) -> Iterator[Record]:
    with _csv_stream(path) as stream:
        yield from _csv_records(path, stream)


_ESCAPED = re.compile("[\udc80-\udcff]")  # bytes a streamed CSV's encoding could not read


def _csv_records(path: Path, stream: TextIO) -> Iterator[Record]:
    rows = _csv_rows(stream)
    header, error, _line = next(rows, (None, None, 0))
    if header is None:
        raise InputError(shown(path), f"CSV file has no header row{f' ({error})' if error else ''}")
    for number, (cells, error, _line) in enumerate(rows, start=2):  # the header is row 1
        source = f"{shown(path)}#{number}"
        if cells is None:
            yield Record(source, b"", {}, error)
            continue
        if any(_ESCAPED.search(cell) for cell in cells):
            encoding = getattr(stream, "encoding", None) or "its encoding"
            yield Record(source, b"", {}, f"row holds bytes that are not {encoding} (as the start of the file is)")
            continue
        fields: dict[str, Any] = dict(zip(header, cells, strict=False))
        if len(cells) > len(header):
            yield Record(source, b"", fields, "row has more cells than the header")
            continue
        fields.update((key, None) for key in header[len(cells) :])
        content = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")
        yield Record(source, content, fields)


def records(path: Path, media_type: str, max_record: int = DEFAULT_MAX_BYTES) -> Iterator[Record]:
    """The records of a batch file, in file order. A file unreadable as a whole raises.

    A JSON Lines record longer than ``max_record`` bytes fails alone without being read into memory.
    """
    try:
        yield from (_csv(path) if media_type == BATCH_CSV else _jsonl(path, max_record))
    except OSError as exc:
        raise InputError(shown(path), f"cannot read batch file: {exc.strerror or exc}") from exc
    except csv.Error as exc:
        raise InputError(shown(path), f"invalid CSV: {exc}") from exc

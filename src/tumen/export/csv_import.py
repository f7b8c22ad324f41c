"""Analysts' corrections read back from edited persons.csv / events.csv: parsing and validation.

Only the editable columns (:data:`csv_export.PERSON_EDITABLE`, :data:`csv_export.EVENT_EDITABLE`)
may differ from what tumen would export now. Every other column present must be unchanged (it
may be deleted from the file); a changed one, an unknown column or id, a duplicate row or an
invalid value is an error naming the file, the row (as a spreadsheet numbers it: the header is
row 1) and the column — and then nothing is applied. The result is the list of field changes
against the corrections in force; an unchanged file gives none.

Pure: the files and the current export items come in, changes go out; the caller stores them.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from tumen.errors import TumenError
from tumen.export import csv_export as cx

ANALYST_VERDICTS = ("confirmed", "corroborated", "single_witness", "single_source", "contradicted", "refuted")
TRUE_WORDS = ("true", "yes", "1")
FALSE_WORDS = ("false", "no", "0")
MAX_NAME = 300
MAX_NOTES = 20_000
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_REPORTED = 10
ID_COLUMN = {"persons": "person_id", "events": "event_id"}


class CsvImportError(TumenError):
    """The edited tables cannot be applied; ``problems`` name file, row and column. Nothing was applied."""

    def __init__(self, problems: list[str]) -> None:
        shown = "; ".join(problems[:MAX_REPORTED])
        more = len(problems) - MAX_REPORTED
        super().__init__(f"nothing imported: {shown}" + (f"; and {more} more problem(s)" if more > 0 else ""))
        self.problems = problems


@dataclass
class Table:
    """One edited table: ``rows`` are (spreadsheet row number, cells by column)."""

    kind: str  # "persons" or "events"
    source: str
    columns: list[str]
    excel: bool
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


@dataclass(frozen=True)
class Correction:
    """One editable field of one person or event, set to ``value`` (None: back to what tumen found)."""

    subject_kind: str  # "person" or "event"
    subject_id: str
    field: str
    value: str | None


@cache
def statuses() -> tuple[str, ...]:
    """The statuses a person may be given: those events lead to, and ``unknown``."""
    from tumen.extract.vocab import load

    found = dict.fromkeys(["unknown", *load("status.yaml")["by_event"].values()])
    return tuple(found)


def _sources(path: Path) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of every CSV in a folder, a .zip or one file."""
    if path.is_dir():
        for name in ("persons.csv", "events.csv"):
            if (path / name).is_file():
                yield str(path / name), (path / name).read_bytes()
        return
    if path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    base = Path(info.filename).name
                    if base not in ("persons.csv", "events.csv"):
                        continue
                    if info.file_size > MAX_FILE_BYTES:
                        raise CsvImportError([f"{path}#{info.filename}: larger than {MAX_FILE_BYTES} bytes"])
                    yield f"{path}#{info.filename}", archive.read(info)
        except zipfile.BadZipFile:
            raise CsvImportError([f"{path}: not a readable zip file"]) from None
        return
    if not path.is_file():
        raise CsvImportError([f"{path}: no such file or folder"])
    yield str(path), path.read_bytes()


def parse(name: str, data: bytes) -> Table | None:
    """One CSV as a table of persons or events (None for evidence.csv, which has nothing to edit).

    A file starting with a byte-order mark was written with ``--excel``: the ``'`` that
    neutralised formulas is taken off again."""
    excel = data.startswith(cx.BOM.encode("utf-8"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CsvImportError([f"{name}: not UTF-8 text (byte {exc.start}); save it as CSV UTF-8"]) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            raise CsvImportError([f"{name}: empty file, no header row"])
        header = [restore_cell(h, excel) for h in header]
        kind = _kind(name, header)
        if kind is None:
            return None
        table = Table(kind, name, header, excel)
        for number, cells in enumerate(reader, start=2):
            if not any(cells):
                continue  # an empty line a spreadsheet left at the end
            if len(cells) != len(header):
                raise CsvImportError([f"{name} row {number}: {len(cells)} cells, the header has {len(header)}"])
            table.rows.append((number, {c: restore_cell(v, excel) for c, v in zip(header, cells, strict=True)}))
    except csv.Error as exc:
        raise CsvImportError([f"{name} row {reader.line_num}: malformed CSV ({exc})"]) from None
    return table


def restore_cell(value: str, excel: bool) -> str:
    return cx.restore(value) if excel else value


def _kind(name: str, header: list[str]) -> str | None:
    if "evidence_id" in header:
        return None
    duplicates = sorted({c for c in header if header.count(c) > 1})
    if duplicates:
        raise CsvImportError([f"{name} row 1: column {duplicates[0]} appears more than once"])
    for kind, id_column in ID_COLUMN.items():
        if id_column in header:
            known = set(cx.TABLES[kind])
            unknown = [c for c in header if c not in known]
            if unknown:
                raise CsvImportError(
                    [f"{name} row 1: unknown column {unknown[0]!r} (a {kind} table has {', '.join(cx.TABLES[kind])})"]
                )
            return kind
    raise CsvImportError(
        [f"{name} row 1: neither a person_id nor an event_id column: not a tumen persons/events table"]
    )


def read(path: Path) -> list[Table]:
    """The persons and events tables in a folder, a .zip or one file."""
    tables = [t for name, data in _sources(path) if (t := parse(name, data)) is not None]
    if not tables:
        raise CsvImportError([f"{path}: no persons.csv or events.csv to import"])
    kinds = [t.kind for t in tables]
    if len(set(kinds)) != len(kinds):
        raise CsvImportError([f"{path}: more than one {kinds[0]} table"])
    return tables


def _value_problem(column: str, value: str) -> str | None:
    """Why an editable cell's value cannot be stored, or None when it can."""
    if "\x00" in value:
        return "contains a NUL character"
    if column == "preferred_name":
        if "\n" in value or "\r" in value:
            return "a name is one line"
        if value and not value.strip():
            return "only spaces; leave it empty to use the name tumen found"
        if len(value) > MAX_NAME:
            return f"longer than {MAX_NAME} characters"
    elif column == "status_override" and value and value not in statuses():
        return f"must be empty or one of {', '.join(statuses())}"
    elif column == "at_risk_override" and value and value.strip().lower() not in TRUE_WORDS + FALSE_WORDS:
        return "must be empty, true or false"
    elif column == "analyst_verdict" and value and value not in ANALYST_VERDICTS:
        return f"must be empty or one of {', '.join(ANALYST_VERDICTS)}"
    elif column == "analyst_notes" and len(value) > MAX_NOTES:
        return f"longer than {MAX_NOTES} characters"
    return None


def _normal(column: str, value: str) -> str | None:
    """The stored form of an editable cell: empty is no correction; yes/no become true/false."""
    if value == "":
        return None
    if column == "at_risk_override":
        return "true" if value.strip().lower() in TRUE_WORDS else "false"
    return value


def plan(tables: list[Table], items: Mapping[str, Iterable[Mapping[str, Any]]]) -> list[Correction]:
    """The corrections the edited ``tables`` make to the case base that ``items`` (from
    ``Tumen.export_items``) describes; raises :class:`CsvImportError` naming every problem."""
    corrections = cx.corrections_index(items.get("corrections", ()))
    problems: list[str] = []
    changes: list[Correction] = []
    for table in sorted(tables, key=lambda t: list(ID_COLUMN).index(t.kind)):  # the stream's order
        id_column = ID_COLUMN[table.kind]
        editable = cx.PERSON_EDITABLE if table.kind == "persons" else cx.EVENT_EDITABLE
        subject = table.kind[:-1]
        wanted: dict[str, tuple[int, dict[str, str]]] = {}
        for number, row in table.rows:
            key = row[id_column]
            if key in wanted:
                problems.append(
                    f"{table.source} row {number}, column {id_column}: {key} already on row {wanted[key][0]}"
                )
            wanted[key] = (number, row)
        make = cx.person_row if table.kind == "persons" else cx.event_row
        for item in items.get(table.kind, ()):
            found = wanted.pop(item["id"], None)
            if found is None:
                continue
            number, row = found
            current = make(item, corrections)
            where = f"{table.source} row {number} ({item['id']})"
            for column in table.columns:
                if column in editable:
                    continue
                if row[column] != current[column]:
                    problems.append(
                        f"{where}, column {column}: differs from the case base, and only "
                        f"{', '.join(editable)} may be changed (export again if the case base changed)"
                    )
            for column in editable:
                if column not in row:
                    continue
                problem = _value_problem(column, row[column])
                if problem is not None:
                    problems.append(f"{where}, column {column}: {problem}")
                    continue
                value = _normal(column, row[column])
                if value != _normal(column, current[column]):
                    changes.append(Correction(subject, item["id"], column, value))
        for key, (number, _row) in sorted(wanted.items(), key=lambda kv: kv[1][0]):
            problems.append(
                f"{table.source} row {number}, column {id_column}: no {subject} {key!r} in the case base "
                "(merged, withdrawn or re-derived since the export? export again)"
            )
    if problems:
        raise CsvImportError(problems)
    return changes

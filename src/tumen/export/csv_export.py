"""The case base as three CSV tables — persons, events, evidence — for spreadsheets and scripts.

The rows come from the same stream of items as the JSON export (``Tumen.export_items``), one at a
time, so memory does not grow with the case base. Every row carries stable ids (``P…`` persons,
``F…`` events, documents by number), so an edited table can be read back (:mod:`csv_import`).

Text is UTF-8. ``excel=True`` writes a byte-order mark (so spreadsheet programs read UTF-8) and
neutralises formulas: a cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return — or with the apostrophe that marks it — gets one ``'`` in front, which the import strips
again, so the round trip stays exact. Without ``excel`` the cells are written exactly as stored.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MARK = "'"

# Columns an analyst may change; everything else is what tumen found and is checked on import.
PERSON_EDITABLE = ("preferred_name", "status_override", "at_risk_override", "analyst_notes")
EVENT_EDITABLE = ("analyst_verdict", "analyst_notes")

PERSON_COLUMNS = (
    "person_id",
    "name",
    "aliases",
    "gender",
    "birth_earliest",
    "birth_latest",
    "birth_precision",
    "status",
    "status_date",
    "last_report",
    "at_risk",
    "titles",
    "records",
    "documents",
    "mentions",
    *PERSON_EDITABLE,
)
EVENT_COLUMNS = (
    "event_id",
    "type",
    "earliest",
    "latest",
    "precision",
    "time_basis",
    "place",
    "route",
    "participants",
    "amount",
    "currency",
    "amount_eur",
    "modality",
    "verdict",
    "independent_sources",
    "evidence_count",
    "conflicts",
    "explanation",
    *EVENT_EDITABLE,
)
EVIDENCE_COLUMNS = (
    "evidence_id",
    "event_id",
    "document_id",
    "start",
    "end",
    "quote",
    "witness",
    "witness_inferred",
    "hearsay",
    "outlet",
    "earlier_account",
    "independent_source",
    "conflict_sides",
    "event_verdict",
)
TABLES = {"persons": PERSON_COLUMNS, "events": EVENT_COLUMNS, "evidence": EVIDENCE_COLUMNS}
LIST_SEPARATOR = "; "

Corrections = dict[tuple[str, str], dict[str, str]]


def corrections_index(items: Iterable[Mapping[str, Any]]) -> Corrections:
    """``("person"|"event", id) -> field -> value`` from the ``corrections`` section."""
    index: Corrections = {}
    for item in items:
        index.setdefault((item["subject"], item["id"]), {})[item["field"]] = item["value"]
    return index


def cell(value: Any) -> str:
    """A value as the text of one cell: booleans ``true``/``false``, nothing as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def neutralise(text: str) -> str:
    """Spreadsheet-safe text: a leading formula character (or the mark itself) gets a ``'`` in front."""
    return MARK + text if text.startswith((*FORMULA_STARTS, MARK)) else text


def restore(text: str) -> str:
    """Undo :func:`neutralise` (applied to files written with ``excel``)."""
    return text[1:] if text.startswith(MARK) else text


def _joined(values: Iterable[Any]) -> str:
    return LIST_SEPARATOR.join(cell(v) for v in values)


def person_row(item: Mapping[str, Any], corrections: Corrections) -> dict[str, str]:
    """One person of the JSON export as a row of persons.csv, with the analyst's corrections."""
    birth = item.get("birth") or {}
    mentions = item.get("mentions") or []
    row = {
        "person_id": item["id"],
        "name": item["name"],
        "aliases": _joined(item.get("aliases") or []),
        "gender": cell(item.get("gender")),
        "birth_earliest": cell(birth.get("earliest")),
        "birth_latest": cell(birth.get("latest")),
        "birth_precision": cell(birth.get("precision")),
        "status": cell(item.get("status")),
        "status_date": cell(item.get("status_date")),
        "last_report": cell(item.get("last_report")),
        "at_risk": cell(bool(item.get("at_risk"))),
        "titles": _joined(item.get("titles") or []),
        "records": _joined(item.get("records") or []),
        "documents": _joined(sorted({m["document"] for m in mentions})),
        "mentions": str(len(mentions)),
    }
    own = corrections.get(("person", item["id"]), {})
    row.update({name: own.get(name, "") for name in PERSON_EDITABLE})
    return row


def event_row(item: Mapping[str, Any], corrections: Corrections) -> dict[str, str]:
    """One event of the JSON export as a row of events.csv, with the analyst's corrections."""
    time = item.get("time") or {}
    amount = item.get("amount") or {}
    row = {
        "event_id": item["id"],
        "type": item["type"],
        "earliest": cell(time.get("earliest")),
        "latest": cell(time.get("latest")),
        "precision": cell(time.get("precision")),
        "time_basis": cell(time.get("basis")),
        "place": cell(item.get("place")),
        "route": _joined(stop["place"] for stop in item.get("route") or []),
        "participants": _joined(f"{p['entity']}:{p['role']}" for p in item.get("participants") or []),
        "amount": cell(amount.get("value")),
        "currency": cell(amount.get("currency")),
        "amount_eur": cell(amount.get("value_eur")),
        "modality": cell(item.get("modality")),
        "verdict": cell(item.get("verdict")),
        "independent_sources": cell(item.get("independent_sources")),
        "evidence_count": str(len(item.get("evidence") or [])),
        "conflicts": _joined(c["kind"] for c in item.get("conflicts") or []),
        "explanation": cell(item.get("explanation")),
    }
    own = corrections.get(("event", item["id"]), {})
    row.update({name: own.get(name, "") for name in EVENT_EDITABLE})
    return row


def _key(evidence: Mapping[str, Any]) -> str:
    """A source as one comparable value (the same statement appears in ``evidence``, ``sources`` and ``conflicts``)."""
    return json.dumps(evidence, sort_keys=True, ensure_ascii=False)


def evidence_ids(subject_id: str, evidence: Iterable[Mapping[str, Any]]) -> list[str]:
    """Stable ids of an event's (or relation's) sources: the subject and where each stands,
    ``F…/DOC:START-END``; a sentence that gives a corrected account and its correction is two
    sources, the earlier one ``…/earlier``; any further repeat of a span gets ``#2``, ``#3``…"""
    ids: list[str] = []
    seen: dict[str, int] = {}
    for ev in evidence:
        base = f"{subject_id}/{ev['document']}:{ev['start']}-{ev['end']}" + (
            "/earlier" if ev.get("earlier_account") else ""
        )
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}#{seen[base]}")
    return ids


def evidence_rows(item: Mapping[str, Any]) -> list[dict[str, str]]:
    """One row per source of an event: where it stands, who says it, and what it does to the verdict —
    which independent source it belongs to (1, 2, … as counted for the verdict) and on which side
    of which conflict it stands."""
    group_of: dict[str, int] = {}
    for number, group in enumerate(item.get("sources") or [], start=1):
        for evidence in group:
            group_of.setdefault(_key(evidence), number)
    sides: dict[str, list[str]] = {}
    for conflict in item.get("conflicts") or []:
        for side in ("left", "right"):
            sides.setdefault(_key(conflict[side]), []).append(f"{conflict['kind']}:{side}")
    rows = []
    evidence_list = item.get("evidence") or []
    for ident, evidence in zip(evidence_ids(item["id"], evidence_list), evidence_list, strict=True):
        key = _key(evidence)
        rows.append(
            {
                "evidence_id": ident,
                "event_id": item["id"],
                "document_id": cell(evidence["document"]),
                "start": cell(evidence["start"]),
                "end": cell(evidence["end"]),
                "quote": cell(evidence.get("quote")),
                "witness": cell(evidence.get("witness")),
                "witness_inferred": cell(bool(evidence.get("witness_inferred"))),
                "hearsay": cell(bool(evidence.get("hearsay"))),
                "outlet": cell(evidence.get("outlet")),
                "earlier_account": cell(bool(evidence.get("earlier_account"))),
                "independent_source": cell(group_of.get(key)),
                "conflict_sides": _joined(sides.get(key, [])),
                "event_verdict": cell(item.get("verdict")),
            }
        )
    return rows


class _Table:
    """One CSV file being written, row by row."""

    def __init__(self, out: TextIO, columns: tuple[str, ...], excel: bool) -> None:
        self.columns, self.excel = columns, excel
        if excel:
            out.write(BOM)
        self.writer = csv.writer(out, lineterminator="\r\n")
        self.writer.writerow(columns)
        self.count = 0

    def write(self, row: Mapping[str, str]) -> None:
        values = [row[c] for c in self.columns]
        self.writer.writerow([neutralise(v) for v in values] if self.excel else values)
        self.count += 1


def write_tables(folder: Path, items: Mapping[str, Iterable[Mapping[str, Any]]], excel: bool = False) -> dict[str, int]:
    """Write persons.csv, events.csv and evidence.csv into ``folder``; returns the rows per table."""
    corrections = corrections_index(items.get("corrections", ()))
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "persons.csv", "w", encoding="utf-8", newline="") as out:
        persons = _Table(out, PERSON_COLUMNS, excel)
        for person in items.get("persons", ()):
            persons.write(person_row(person, corrections))
    with (
        open(folder / "events.csv", "w", encoding="utf-8", newline="") as events_out,
        open(folder / "evidence.csv", "w", encoding="utf-8", newline="") as evidence_out,
    ):
        events = _Table(events_out, EVENT_COLUMNS, excel)
        evidence = _Table(evidence_out, EVIDENCE_COLUMNS, excel)
        for event in items.get("events", ()):
            events.write(event_row(event, corrections))
            for row in evidence_rows(event):
                evidence.write(row)
    return {"persons": persons.count, "events": events.count, "evidence": evidence.count}


def write(target: Path, items: Mapping[str, Iterable[Mapping[str, Any]]], excel: bool = False) -> dict[str, int]:
    """Write the three tables to ``target``: a folder, or a ``.zip`` holding the three files.

    The files are written beside the target first and moved into place at the end, so a failed
    export leaves nothing half written."""
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".tumen-csv-", dir=target.parent) as work:
        staging = Path(work) / "tables"
        counts = write_tables(staging, items, excel)
        if target.suffix.lower() == ".zip":
            packed = Path(work) / "tables.zip"
            with zipfile.ZipFile(packed, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name in TABLES:
                    archive.write(staging / f"{name}.csv", f"{name}.csv")
            os.replace(packed, target)
        else:
            target.mkdir(exist_ok=True)
            for name in TABLES:
                os.replace(staging / f"{name}.csv", target / f"{name}.csv")
    return counts

"""Batches too big to hold: JSON Lines and CSV files are read record by record (the reader's memory does not grow
with the file), the report counts every record but holds only the first ones, a CSV's encoding is told from its
start and a later undecodable byte stops the batch by name without losing the rows before it, and an interrupted
batch ingested again stores only what it had not stored."""

from __future__ import annotations

import csv
import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from tumen import Tumen
from tumen.ingest import Status, pipeline
from tumen.ingest.batch import SNIFF_BYTES, records
from tumen.ingest.sniff import BATCH_CSV, BATCH_JSONL

FILLER = "The detention centre in the invented town of Sokdo held about forty people that winter. " * 4


def _rows(count: int, long: bool = False) -> Iterator[dict[str, str]]:
    for n in range(count):
        text = f"Report number {n}. {FILLER * (10 if long else 1)}"
        yield {"title": f"Report {n}", "text": text, "outlet": "Invented Weekly"}


def _peak_while_reading(path: Path, media_type: str) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for record in records(path, media_type) if record.error is None)
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_large_jsonl_batch_is_read_without_holding_it(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for row in _rows(30_000):
            out.write(json.dumps(row) + "\n")
    assert path.stat().st_size > 10_000_000
    count, peak = _peak_while_reading(path, BATCH_JSONL)
    assert count == 30_000
    assert peak < 2_000_000  # a few records at a time, not the 10 MB file


def test_a_large_csv_batch_is_read_without_holding_it(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, ["title", "text", "outlet"])
        writer.writeheader()
        writer.writerows(_rows(30_000))
    assert path.stat().st_size > 10 * SNIFF_BYTES
    count, peak = _peak_while_reading(path, BATCH_CSV)
    assert count == 30_000
    assert peak < 4 * SNIFF_BYTES  # the first megabyte (to tell the encoding) and a few rows, not the file


def test_a_csv_smaller_than_the_sniffed_start_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "small.csv"
    path.write_bytes('\ufefftitle,text\n강제송환,"탈북민 김미래 씨는 중국에서 체포됐다."\n'.encode())
    (record,) = list(records(path, BATCH_CSV))
    assert record.fields == {"title": "강제송환", "text": "탈북민 김미래 씨는 중국에서 체포됐다."}


def test_an_undecodable_byte_after_the_start_fails_its_row_alone(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, ["title", "text", "outlet"])
        writer.writeheader()
        writer.writerows(_rows(300, long=True))  # beyond the sniffed start
    with path.open("ab") as out:
        out.write(b'Late,"A row with a stray byte \xff in it.",Invented Weekly\n')
        out.write(b'After,"The row after it is read as usual.",Invented Weekly\n')
    assert path.stat().st_size > SNIFF_BYTES
    tumen = Tumen.init(str(tmp_path / "t.db"))
    report = tumen.ingest([str(path)])
    assert (report.count(Status.INGESTED), report.failed) == (301, 1)
    (failed,) = [r for r in report.results if r.status is Status.FAILED]
    assert failed.source.endswith("late.csv#302")
    assert "not utf-8" in (failed.reason or "")
    assert tumen.search("row after")
    tumen.close()


def test_the_report_counts_every_record_and_holds_the_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "KEEP_RESULTS", 5)
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in _rows(12)) + "not json\n", encoding="utf-8")
    seen: list[Status] = []
    tumen = Tumen.init(str(tmp_path / "t.db"))
    report = tumen.ingest([str(path)], on_result=lambda result: seen.append(result.status))
    assert report.count(Status.INGESTED) == 12 and report.failed == 1
    assert len(report.results) == 5 and report.not_kept == 8
    assert report.summary() == "ingested 12, duplicates 0, failed 1"
    assert seen == [Status.INGESTED] * 12 + [Status.FAILED]  # the caller still hears of every record
    assert tumen.search("Report number 11")  # every new document indexed for search, a chunk at a time
    tumen.close()


def test_an_interrupted_batch_ingested_again_stores_only_the_rest(tmp_path: Path) -> None:
    rows = [json.dumps(row) + "\n" for row in _rows(40)]
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(rows[:15]), encoding="utf-8")  # what was read before the interruption
    tumen = Tumen.init(str(tmp_path / "t.db"))
    assert tumen.ingest([str(path)]).count(Status.INGESTED) == 15
    path.write_text("".join(rows), encoding="utf-8")
    again = tumen.ingest([str(path)])
    assert (again.count(Status.INGESTED), again.count(Status.DUPLICATE)) == (25, 15)
    assert len(tumen.documents()) == 40
    tumen.close()

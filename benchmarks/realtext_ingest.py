"""Building the export benchmarks/realtext.py scores: the corpus's ``index.tsv`` read, each document ingested
with its metadata into a store in a temporary folder, processed, and exported as the CLI writes it."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def read_index(corpus: Path) -> list[dict[str, str]]:
    with (corpus / "index.tsv").open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t") if row.get("id")]


def build_export(
    corpus: Path, rows: list[dict[str, str]], workers: int, log: Callable[[str], None]
) -> tuple[dict[str, Any], dict[int, str]]:
    from tumen import Tumen

    with tempfile.TemporaryDirectory(prefix="tumen-realtext-") as tmp:
        db = Path(tmp) / "realtext.db"
        doc_name: dict[int, str] = {}
        started = time.perf_counter()
        with Tumen.init(str(db)) as tumen:
            for row in rows:
                meta = {
                    "title": row.get("title") or None,
                    "outlet": row.get("outlet") or None,
                    "published": row.get("date") or None,
                    "language": row.get("lang") or row.get("language") or None,
                    "url": row.get("url") or None,
                    # a corpus may mark translations (column translated_from: the original's language)
                    "translated_from": row.get("translated_from") or None,
                }
                report = tumen.ingest([str(corpus / row["file"])], meta=meta)
                for result in report.results:
                    if result.document_id is not None:
                        doc_name[result.document_id] = row["id"]
                    else:
                        log(f"not ingested: {row['id']}: {result.status} {result.reason or ''}")
            ingested = time.perf_counter()
            tumen.process(workers=workers)
        processed = time.perf_counter()
        out = Path(tmp) / "export.json"
        run = subprocess.run(
            [sys.executable, "-m", "tumen", "--db", str(db), "export", "--format", "json", "-o", str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode != 0:
            raise SystemExit(f"tumen export failed: {run.stderr.strip()[-2000:]}")
        export = json.loads(out.read_text(encoding="utf-8"))
        log(
            f"ingest {ingested - started:.1f} s, process {processed - ingested:.1f} s, "
            f"export {time.perf_counter() - processed:.1f} s"
        )
    return export, doc_name

"""A store ten times the size of a processed one, for measuring reads at 100k documents without processing them.

    python benchmarks/replicate.py SOURCE.db TARGET.db [--times 10]

Processing 100,000 synthetic documents takes longer than a benchmark session (see docs/performance.md); what
a read costs at that size depends on how big the tables and their indexes are. This copies a processed SQLite
base ``--times`` times into a new store: copy 0 as it is, each further copy with every identifier *column*
shifted so rows do not collide — document ids moved by the source's largest id, record and statement keys
("12:p1", "12:e3:0") moved with their document, person, fact and relation ids ("P3d184908") marked
with the copy's number ("P3d1849083"); a copy's documents get a line appended to their text (so
their SHA-256 differs: the store refuses duplicates) and are indexed for full-text search like any other.
JSON bodies (a person's mentions, a fact's supports) are **not** rewritten: a copy's rows point at copy 0's
documents in their JSON, which a case-file read does not follow for its own indexes. Organisations and places
(``named``) are shared, the audit log, evidence chain, accounts and sessions are not copied.

So the result has every case-base table and index at ``times`` times the source's rows, and reads of any of its
persons cost what they would cost in a base of that size. It is a ballast store for read latency, not a
processed 100k corpus: ``tumen check`` would rightly flag its copied documents.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

SKIP = {"alembic_version", "users", "sessions", "api_tokens", "audit_log", "chain", "named", "case_versions",
        "encryption", "search_tokens"}  # fmt: skip
INT_COLUMNS = {"document_id", "depends_on"}
_KEY = re.compile(r"^(\d+):(.*)$")
_ID = re.compile(r"^([PFR])([0-9a-f]{8})$")


def shifted(value: Any, column: str, table: str, copy: int, offset: int) -> Any:
    """One column value of copy ``copy`` (0: unchanged)."""
    if copy == 0 or value is None:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        if column in INT_COLUMNS or (table == "documents" and column == "id"):
            return value + copy * offset
        return value
    if isinstance(value, str):
        if (match := _KEY.match(value)) is not None:
            return f"{int(match.group(1)) + copy * offset}:{match.group(2)}"
        if (match := _ID.match(value)) is not None:
            return f"{value}{copy}"
    return value


def _document(row: dict[str, Any], copy: int) -> dict[str, Any]:
    if copy == 0:
        return row
    line = f"\n\n(copy {copy})"
    content = bytes(row["content"]) + line.encode()
    text = row["text"] + line
    return {
        **row,
        "content": content,
        "text": text,
        "sha256": hashlib.sha256(content).hexdigest(),
        "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
        "size": len(content),
        "chars": len(text),
    }


def replicate(source: Path, target: Path, times: int) -> dict[str, Any]:
    from tumen import Tumen
    from tumen.store.schema import metadata

    started = time.perf_counter()
    tumen = Tumen.init(str(target))
    src = sa.create_engine(f"sqlite:///{source}")
    with src.connect() as conn:
        offset = int(conn.execute(sa.text("SELECT MAX(id) FROM documents")).scalar_one())
    rows = 0
    present = set(sa.inspect(src).get_table_names())
    tables = [t for t in metadata.sorted_tables if t.name not in SKIP and t.name in present]
    with src.connect() as read, tumen.store.engine.begin() as write:
        for table in tables:
            stored = {c["name"] for c in sa.inspect(src).get_columns(table.name)}
            names = [c.name for c in table.columns if c.name in stored]
            for copy in range(times):
                result = read.execution_options(stream_results=True).execute(sa.select(*(table.c[n] for n in names)))
                while chunk := result.fetchmany(2000):
                    out = []
                    for row in chunk:
                        values = {n: shifted(v, n, table.name, copy, offset) for n, v in zip(names, row, strict=True)}
                        out.append(_document(values, copy) if table.name == "documents" else values)
                    write.execute(table.insert(), out)
                    rows += len(out)
        named = metadata.tables["named"]  # organisations and places: one each, shared by the copies
        found = [r._asdict() for r in read.execute(sa.select(named))]
        if found:
            write.execute(named.insert(), found)
    with tumen.store.engine.begin() as conn:  # committed, so the statistics are kept
        conn.exec_driver_sql("ANALYZE")
        documents = int(conn.execute(sa.text("SELECT COUNT(*) FROM documents")).scalar_one())
    tumen.close()
    return {"seconds": time.perf_counter() - started, "rows": rows, "documents": documents, "times": times}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--times", type=int, default=10)
    args = parser.parse_args(argv)
    if args.target.exists():
        sys.exit(f"{args.target} exists: give a new file")
    print(json.dumps(replicate(args.source, args.target, args.times)))


if __name__ == "__main__":
    main()

"""What sealing the case base costs: the same synthetic corpus processed into a plaintext and an encrypted store.

    .venv/bin/python benchmarks/encryption_casebase.py 500 [--db-url postgresql+psycopg://…/db] [--only plaintext]

Builds ``SIZE`` invented articles (``benchmarks/synthetic.py``), ingests and processes them into a plaintext store
and into one sealed by ``tumen keys init`` while empty, then seals the processed plaintext store in place.
Reports the processing time, the store size, and the median time (ms, of 7 runs) of the case base's reads: finding a
person by full name, by family name alone and by a given name (a part of a name: the sealed store's word rows), a
case file, a page of 50 persons, the REST API's first page of persons and of events, every row of the case base's
main tables (opened, as an export reads them) and the whole JSON export (most of which is validating its items).
``--db-url`` runs on one PostgreSQL database, emptied before each store; ``--only`` measures one kind of store
(to compare a plaintext store before and after a change). Nothing here reads a real document.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from encryption import fresh_store, store_size
from synthetic import Corpus

from tumen import Tumen
from tumen.store import apireads, crypto, crypto_keys
from tumen.store import case_schema as t


def _median_ms(read: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


def _every_row(tumen: Tumen) -> int:
    """Every person, fact, statement and relation as stored, opened (what an export reads, without building items)."""
    with tumen.store.reading() as r:
        tables = (t.persons, t.facts, t.statements, t.relations, t.named_mentions)
        return sum(1 for table in tables for _row in r.every(table, *table.primary_key.columns))


def _reads(tumen: Tumen) -> dict[str, object]:
    """The median time of each read, on the most mentioned person's names."""
    top = tumen.persons(limit=1)[0]
    family, *given = top.name.split()
    reads: dict[str, Callable[[], object]] = {
        f"find full name ({top.name})": lambda: tumen.find_persons(top.name),
        f"find family name ({family})": lambda: tumen.find_persons(family),
        f"find given name ({' '.join(given)})": lambda: tumen.find_persons(" ".join(given)),
        "case file": lambda: tumen.case_file(top.id),
        "persons page (50)": lambda: tumen.persons(limit=50),
        "api persons page (50)": lambda: apireads.persons_page(tumen.store, limit=50),
        "api events page (50)": lambda: list(islice(apireads.facts_after(tumen.store, apireads.FactFilter()), 50)),
        "every row of the case base": lambda: _every_row(tumen),
        "export json": lambda: tumen.export(io.StringIO()),
    }
    row: dict[str, object] = {"case-base rows": _every_row(tumen)}
    for label, read in reads.items():
        row[label + " ms"] = _median_ms(read, 3 if label.startswith("export") else 7)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int)
    parser.add_argument("--db-url", help="Measure on this PostgreSQL database (emptied!) instead of SQLite files.")
    parser.add_argument("--only", choices=("plaintext", "encrypted"), help="Measure one kind of store only.")
    args = parser.parse_args()
    os.environ[crypto.KEY_ENV] = os.urandom(32).hex()
    key = crypto.DataKey(bytes.fromhex(os.environ[crypto.KEY_ENV]), "the benchmark")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        batch = folder / "corpus.jsonl"
        Corpus(args.size, seed=7).write_jsonl(batch)

        def fresh(name: str) -> str:
            return fresh_store(args.db_url, folder, name)

        warm = folder / "warm.jsonl"  # the language models load outside the measured runs
        Corpus(3, seed=8).write_jsonl(warm)
        with Tumen.init(f"sqlite:///{folder / 'warm.db'}") as tumen:
            tumen.ingest([str(warm)])
            tumen.process(workers=1)
        kinds = [(k, k == "encrypted") for k in ("plaintext", "encrypted") if args.only in (None, k)]
        for label, seal in kinds:
            url = fresh(f"{label}.db")
            with Tumen.init(url) as tumen:
                if seal:
                    crypto_keys.seal_store(tumen.store.engine, key)
                tumen.ingest([str(batch)])
                start = time.perf_counter()
                tumen.process(workers=1)
                row: dict[str, object] = {"store": label, "process_s": round(time.perf_counter() - start, 1)}
                row |= {"persons": len(tumen.persons()), "size": store_size(url, tumen)}
                row |= _reads(tumen)
                if not seal and args.only is None:
                    start = time.perf_counter()
                    crypto_keys.seal_store(tumen.store.engine, key)
                    row["keys_init_s (processed store)"] = round(time.perf_counter() - start, 1)
            print(json.dumps(row, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()

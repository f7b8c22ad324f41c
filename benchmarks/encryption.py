"""What encryption at rest costs: the same synthetic corpus in a plaintext and in an encrypted store.

    .venv/bin/python benchmarks/encryption.py 2000 [--db-url postgresql+psycopg://…/db] [--long]

Builds ``SIZE`` invented articles (``benchmarks/synthetic.py``; ``--long`` joins ten of them into each document, about
1,300 words), ingests them into a plaintext store and into a store sealed by ``tumen keys init`` while empty, and
seals a third, full plaintext store in place. Reports the time to ingest and to seal in place, the store sizes and
blind-index tokens, opening the longest document's text (microseconds), and the search time (median of 5 runs)
for a few queries in each store. ``--db-url`` runs all three on one PostgreSQL database, emptied before each.
Nothing here reads a real document.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import Corpus

from tumen import Tumen
from tumen.store import crypto, crypto_keys
from tumen.store.documents import open_text
from tumen.store.schema import documents

QUERIES = ("arrested", "Kang", "security agents", '"was arrested"', "강", "체포", "China", "zzzz")


def _batch(size: int, folder: Path, long: bool) -> Path:
    path = folder / "corpus.jsonl"
    if not long:
        Corpus(size, seed=7).write_jsonl(path)
        return path
    articles = list(Corpus(size * 10, seed=7).articles())
    with path.open("w", encoding="utf-8") as out:
        for n in range(size):
            group = articles[n * 10 : n * 10 + 10]
            record = {"title": group[0].title, "outlet": group[0].outlet, "text": "\n\n".join(a.text for a in group)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _key(tumen: Tumen) -> crypto.DataKey:
    key = crypto.find_key(tumen.store.engine)
    assert key is not None, "the key is set in the environment"
    return key


def _median_ms(tumen: Tumen, query: str) -> tuple[float, int]:
    times = []
    hits = 0
    for _ in range(5):
        start = time.perf_counter()
        hits = len(tumen.search(query, limit=20))
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), hits


def fresh_store(db_url: str | None, folder: Path, name: str) -> str:
    """An empty store: a new SQLite file in ``folder``, or the PostgreSQL database ``db_url`` emptied."""
    if db_url is None:
        return f"sqlite:///{folder / name}"
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    return db_url


def store_size(url: str, tumen: Tumen) -> str:
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        return f"{sum(p.stat().st_size for p in path.parent.glob(path.name + '*')) / 1e6:.1f} MB"
    with tumen.store.engine.connect() as conn:
        total = conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one()
    return f"{int(total) / 1e6:.1f} MB"


def _open_us(tumen: Tumen) -> tuple[float, int]:
    """Microseconds to open the longest document's stored text (median of 200), and its length."""
    sealer = crypto.sealer_of(tumen.store.engine)
    d = documents
    with tumen.store.engine.connect() as conn:
        row = conn.execute(d.select().order_by(d.c.chars.desc()).limit(1)).one()
    times = []
    for _ in range(200):
        start = time.perf_counter()
        open_text(sealer, row.sha256, row.text)
        times.append((time.perf_counter() - start) * 1e6)
    return statistics.median(times), int(row.chars)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int)
    parser.add_argument("--db-url", help="Measure on this PostgreSQL database (emptied!) instead of SQLite files.")
    parser.add_argument("--long", action="store_true", help="Documents of ten articles each (about 1,000 words).")
    args = parser.parse_args()
    os.environ[crypto.KEY_ENV] = os.urandom(32).hex()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        batch = _batch(args.size, folder, args.long)

        def fresh(name: str) -> str:
            return fresh_store(args.db_url, folder, name)

        rows = []
        for label, seal in (("plaintext", False), ("encrypted", True)):
            url = fresh(f"{label}.db")
            with Tumen.init(url) as tumen:
                if seal:
                    crypto_keys.seal_store(tumen.store.engine, _key(tumen))  # sealed while empty
                start = time.perf_counter()
                tumen.ingest([str(batch)])
                row: dict[str, object] = {"store": label, "ingest_s": round(time.perf_counter() - start, 1)}
                row["size"] = store_size(url, tumen)
                if seal:
                    row["tokens"] = crypto_keys.status(tumen.store.engine)["index_tokens"]
                opened, chars = _open_us(tumen)
                row[f"open_text_us ({chars} chars)"] = round(opened, 1)
                for query in QUERIES:
                    ms, hits = _median_ms(tumen, query)
                    row[f"search {query} ms (hits)"] = f"{ms:.1f} ({hits})"
                rows.append(row)
        url = fresh("inplace.db")  # `tumen keys init` on a full plaintext store
        with Tumen.init(url) as tumen:
            tumen.ingest([str(batch)])
            start = time.perf_counter()
            crypto_keys.seal_store(tumen.store.engine, _key(tumen))
            rows.append({"store": "sealed in place", "keys_init_s": round(time.perf_counter() - start, 1)})
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Search with and without the word index (``tumen/store/search_terms.py``) on one store, query by query.

    python benchmarks/search_index.py STORE [--size 10000] [--seed 7] [--queries 100] [--repeat 3]

``STORE`` is a store built by ``benchmarks/casebase.py`` or ``benchmarks/web.py`` (a path or a URL); the queries are
theirs (person names and event words, ``casebase_stages._queries`` for that size and seed). Each query is run
``--repeat`` times each way, alternately — counted in the texts (the word index left unused, as every search was
before migration 0016) and ranked from the word index — so both see the same machine; the median of a query's runs
is its time. Prints p50/p95/max of ``Tumen.search`` (20 hits with their snippets) both ways, and checks that both
give the same hits and scores. The store is brought up to date first (``Tumen.init``, then every pending document
indexed). Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import casebase_stages

from tumen import Tumen
from tumen.store import search_terms

MODES = ("texts", "index")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store")
    parser.add_argument("--size", type=int, default=10_000, help="the corpus size the store was built from")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    Tumen.init(args.store).close()
    tumen = Tumen.open(args.store)
    search_terms.catch_up(tumen.store.engine, limit=None)
    queries = casebase_stages._queries(args.size, args.seed, args.queries + 1)
    indexed = search_terms.catch_up
    unused = lambda engine, limit=None: False  # noqa: E731  (as if documents were pending: counted in the texts)
    tumen.search(queries[0])  # warm-up
    times: dict[str, list[float]] = {mode: [] for mode in MODES}
    for query in queries[1:]:
        runs: dict[str, list[float]] = {mode: [] for mode in MODES}
        answers = {}
        for _ in range(args.repeat):
            for mode in MODES:
                search_terms.catch_up = unused if mode == "texts" else indexed  # type: ignore[assignment]
                started = time.perf_counter()
                answers[mode] = [(h.document_id, h.score) for h in tumen.search(query, limit=20)]
                runs[mode].append((time.perf_counter() - started) * 1000)
        if answers["texts"] != answers["index"]:
            raise SystemExit(f"the two ways disagree on {query!r}")
        for mode in MODES:
            times[mode].append(statistics.median(runs[mode]))
    search_terms.catch_up = indexed  # type: ignore[assignment]
    tumen.close()
    print(f"Tumen.search on {args.store}: {len(queries) - 1} queries, median of {args.repeat} runs each")
    for mode in MODES:
        ordered = sorted(times[mode])
        p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
        print(f"  {mode:<6} p50 {statistics.median(ordered):7.1f} ms  p95 {p95:7.1f} ms  max {ordered[-1]:7.1f} ms")


if __name__ == "__main__":
    main()

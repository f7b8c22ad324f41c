"""The web app's reads at scale: p50/p95 of the REST API's person, search and events requests (and the case-file
page once it exists), on synthetic corpora, on SQLite and PostgreSQL, with ratios against references measured in
the same run.

    python benchmarks/web.py [--sizes 1000,10000] [--stores sqlite,postgresql] [--workdir DIR] [--requests 200]
                             [--workers 2] [--quick]

The stores are built exactly as ``benchmarks/casebase.py`` builds them (its ``Bench.build``: the synthetic corpus of
``benchmarks/synthetic.py`` ingested and processed; PostgreSQL above ``--copy-above`` documents copied from the
SQLite base), so a ``--workdir`` (and PostgreSQL databases kept with ``casebase.py --keep``) shared with that
benchmark is reused rather than built again. Databases this run creates are dropped at the end unless ``--keep``.
A base (a size above ``--replicate-above`` is copies of the largest processed one) kept from a run of older code
is upgraded to the current schema first (``Tumen.init``; the seconds are recorded as ``upgrade_s``), and the word
index of search brought up to date (``word_index_s``: documents a copy left pending; PostgreSQL also vacuums it, as
autovacuum would within a minute).

For each size and store, one fresh process opens the store, builds the app (``create_app``) and sends the requests
in process through FastAPI's TestClient (the whole ASGI app and the store; no sockets), after one warm-up each:

- ``SELECT 1``: a bare round trip to the store (reference: what any read costs at least);
- ``/openapi.json``: an app round trip answering a cached document (reference: what the app adds to any request);
- ``/api/persons/{id}``: the case file of a random named person;
- ``/api/search?q=``: person names and event words, 20 hits;
- ``/api/events?person=``: the first page (50) of a random named person's events;
- ``/api/events?from=``: the first page (50) of events reaching 2023 or later (an indexed query on the facts' stored
  first and last days since migration 0012);
- ``/persons/{id}``: the case-file page, when the app has it (a 404 is reported as not there);
- ``(reader)``: the case file and a search again, signed in as a reader: every answer redacted (issue 13), with the
  redactor the app keeps between requests.

Ratios: each p50/p95 divided by the p50 of the two references (``x SELECT1``, ``x app``): comparable across machines
and loads, which absolute milliseconds are not. Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import casebase
import casebase_stages
from casebase import Bench, _pg_admin, _pg_exists, machine

REFERENCES = ("SELECT 1", "/openapi.json")


def percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return statistics.median(ordered), p95


def _timed(call: Callable[[], Any], times: int) -> list[float]:
    call()  # warm-up: imports, connection pool, caches
    found = []
    for _ in range(times):
        started = time.perf_counter()
        call()
        found.append((time.perf_counter() - started) * 1000)
    return found


def stage_read(url: str, size: int, seed: int, requests: int) -> dict[str, Any]:
    """Every request type timed in this (fresh) process; p50/p95 in milliseconds."""
    import sqlalchemy as sa
    from fastapi.testclient import TestClient

    from tumen import Tumen
    from tumen.store import case_schema as t
    from tumen.web import create_app

    started = time.perf_counter()
    Tumen.init(url).close()  # a store built by older code gets the newer migrations (0016: the word index)
    upgraded = time.perf_counter() - started
    tumen = Tumen.open(url)
    indexed = _word_index(tumen)
    with tumen.store.engine.connect() as conn:
        query = sa.select(t.persons.c.id).where(t.persons.c.anonymous.is_(False)).order_by(t.persons.c.id)
        ids = list(conn.execute(query).scalars())
    rng = random.Random(seed)
    queries = casebase_stages._queries(size, seed, requests + 1)
    results: dict[str, Any] = {}
    from tumen.store import accounts  # every request signs in: the benchmark reads as an analyst with a token

    if accounts.find_user(tumen.store.engine, "bench") is None:  # (a reader's answers are redacted: docs/security.md)
        accounts.add_user(tumen.store.engine, "bench", "analyst", "bench-passphrase-x")
    _token, secret = accounts.add_token(tumen.store.engine, "bench", "benchmark")
    if accounts.find_user(tumen.store.engine, "bench-reader") is None:
        accounts.add_user(tumen.store.engine, "bench-reader", "reader", "bench-passphrase-x")
    _token, reader_secret = accounts.add_token(tumen.store.engine, "bench-reader", "benchmark")
    if url.startswith("postgresql") and not os.environ.get("TUMEN_PSEUDONYM_KEY"):
        os.environ["TUMEN_PSEUDONYM_KEY"] = "benchmark-only pseudonym key, not secret"  # a reader needs one
    with TestClient(create_app(tumen), headers={"Authorization": f"Bearer {secret}"}) as client:

        def get(path: str, **params: Any) -> Callable[[], Any]:
            def call() -> None:
                answer = client.get(path.format(id=rng.choice(ids)), params=params)
                if answer.status_code != 200:
                    raise RuntimeError(f"{path}: HTTP {answer.status_code}: {answer.text[:200]}")

            return call

        def select_one() -> None:
            with tumen.store.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1").scalar()

        searches = iter(queries)
        plans: list[tuple[str, Callable[[], Any]]] = [
            ("SELECT 1", select_one),
            ("/openapi.json", get("/openapi.json")),
            ("/api/persons/{id}", get("/api/persons/{id}")),
            ("/api/search?q=", lambda: get("/api/search", q=next(searches), limit=20)()),
            ("/api/events?person=", lambda: get("/api/events", person=rng.choice(ids), limit=50)()),
            ("/api/events?from=", get("/api/events", **{"from": "2023-01-01"}, limit=50)),
        ]
        if client.get(f"/persons/{ids[0]}").status_code == 200:
            plans.append(("/persons/{id} (page)", get("/persons/{id}")))
        else:
            results["/persons/{id} (page)"] = {"error": "not there (404)"}
        reader_searches = iter(queries)

        def as_reader(path: str, **params: Any) -> Callable[[], Any]:
            def call() -> None:
                wanted = {k: (next(reader_searches) if v is None else v) for k, v in params.items()}
                answer = client.get(path.format(id=rng.choice(ids)), params=wanted,
                                    headers={"Authorization": f"Bearer {reader_secret}"})  # fmt: skip
                if answer.status_code != 200:
                    raise RuntimeError(f"{path} (reader): HTTP {answer.status_code}: {answer.text[:200]}")

            return call

        plans += [
            ("/api/persons/{id} (reader)", as_reader("/api/persons/{id}")),
            ("/api/search (reader)", as_reader("/api/search", q=None, limit=20)),
        ]
        for name, call in plans:
            try:
                p50, p95 = percentiles(_timed(call, requests))
                results[name] = {"p50": p50, "p95": p95, "n": requests}
            except Exception as exc:  # one failing request type does not hide the others
                results[name] = {"error": f"{type(exc).__name__}: {str(exc)[:200]}"}
    tumen.close()
    return {"requests": results, "persons": len(ids), "upgrade_s": round(upgraded, 2), "word_index_s": indexed}


def _word_index(tumen: Any) -> float:
    """Index the documents still pending (a copied store's: the database's trigger listed them) as searches would
    over their first requests, and on PostgreSQL vacuum the index as autovacuum does within a minute of a bulk
    change (index-only scans need its visibility map): the store as it serves in steady use. Seconds taken."""
    from tumen.store import search_terms

    started = time.perf_counter()
    search_terms.catch_up(tumen.store.engine, limit=None)
    if tumen.store.engine.dialect.name == "postgresql":
        with tumen.store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE) search_terms")
    return round(time.perf_counter() - started, 2)


def _child(args: list[str], timeout: float) -> dict[str, Any]:
    """One stage of this script in a fresh process (as casebase.py runs its own)."""
    return casebase._child(args, timeout, script=__file__)


def report(results: dict[str, Any], sizes: list[int], stores: list[str]) -> list[str]:
    head = (
        f"{'docs':>7} {'store':<10} {'request':<26} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'p50 x SELECT1':>13} {'p95 x SELECT1':>13} {'p50 x app':>9} {'p95 x app':>9}"
    )
    lines = [head]
    for size in sizes:
        for store in stores:
            found = results.get(f"web/{store}/{size}", {})
            if "error" in found or not found:
                lines.append(f"{size:>7} {store:<10} not measured: {found.get('error', 'no store')}")
                continue
            requests = found["requests"]
            refs = [requests.get(r, {}).get("p50") for r in REFERENCES]
            for name, measured in requests.items():
                if "error" in measured:
                    lines.append(f"{size:>7} {store:<10} {name:<26} {measured['error']}")
                    continue
                ratios = []
                for ref in refs:
                    for value in (measured["p50"], measured["p95"]):
                        ratios.append(f"{value / ref:.1f}" if ref else "n/m")
                lines.append(
                    f"{size:>7} {store:<10} {name:<26} {measured['n']:>5} {measured['p50']:>8.2f} "
                    f"{measured['p95']:>8.2f} {ratios[0]:>13} {ratios[1]:>13} {ratios[2]:>9} {ratios[3]:>9}"
                )
    loads = [f"{k.split('/', 1)[1]} {v['load'][0]}/{v['load'][1]}" for k, v in results.items()
             if k.startswith("web/") and "load" in v]  # fmt: skip
    if loads:
        lines += ["", f"machine load (1-min average before/after each measurement): {', '.join(loads)}"]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000")
    parser.add_argument("--stores", default="sqlite,postgresql")
    parser.add_argument("--workdir", type=Path, help="keeps corpora, SQLite bases and results (shared with casebase)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--batch", type=int, default=0, help="documents per case-base update while building")
    parser.add_argument("--requests", type=int, default=200, help="timed requests of each kind")
    parser.add_argument("--copy-above", type=int, default=10_000)
    parser.add_argument("--replicate-above", type=int, default=10_000, help="as casebase.py: larger bases are copies")
    parser.add_argument(
        "--pg",
        default=os.environ.get("TUMEN_BENCH_PG", casebase.PG_ADMIN),
        help="an existing PostgreSQL database to administer from",
    )
    parser.add_argument("--pg-prefix", default="tumen_bench_casebase", help="the databases casebase.py builds")
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL databases this run creates")
    parser.add_argument("--timeout", type=float, default=4 * 3600, help="seconds allowed for each stage")
    parser.add_argument("--quick", action="store_true", help="30 documents, SQLite, 1 worker, 20 requests each")
    parser.add_argument("--stage", choices=["read"], help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(stage_read(args.url, args.size, args.seed, args.requests)))
        return
    if args.quick:
        args.sizes = args.sizes if "--sizes" in sys.argv else "30"
        args.stores = args.stores if "--stores" in sys.argv else "sqlite"
        args.requests = min(args.requests, 20)
        args.workers = args.workers if "--workers" in sys.argv else 1
    sizes = [int(s) for s in args.sizes.split(",")]
    stores = [s.strip() for s in args.stores.split(",")]
    args.sizes = sizes  # Bench.replicate compares them as numbers
    temporary = args.workdir is None
    args.workdir = Path(tempfile.mkdtemp(prefix="tumen-web-")) if temporary else args.workdir
    args.workdir.mkdir(parents=True, exist_ok=True)
    bench = Bench(args)
    existed = {s: _pg_exists(args.pg, f"{args.pg_prefix}_{s}") for s in sizes} if "postgresql" in stores else {}
    try:
        for size in sizes:
            for store in stores:
                key = f"web/{store}/{size}"
                if not bench.build(size, store):
                    bench.results[key] = {"error": "the store could not be built (see results.json)"}
                    continue
                argv = ["--stage", "read", "--url", bench.url(size, store), "--size", str(size)]
                bench.log(f"{key} ...")
                load = os.getloadavg()[0]
                bench.results[key] = _child([*argv, "--seed", str(args.seed), "--requests", str(args.requests)],
                                            args.timeout)  # fmt: skip
                bench.results[key]["load"] = [round(load, 1), round(os.getloadavg()[0], 1)]
                bench.save()
                bench.log(f"{key}: {json.dumps(bench.results[key])[:300]}")
    finally:
        if not args.keep:
            for size, was_there in existed.items():
                if not was_there:
                    _pg_admin(args.pg, f"DROP DATABASE IF EXISTS {args.pg_prefix}_{size}")
        info = machine()
        print(
            f"tumen web reads on synthetic corpora (seed={args.seed}, {args.requests} requests each, in-process "
            f"ASGI); {info['nproc']} cores, {info['memory']}, {info['cpu']}, commit {info['commit']}"
        )
        print("\n".join(report(bench.results, sizes, stores)))
        if temporary:
            shutil.rmtree(args.workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

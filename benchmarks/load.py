"""The workbench under load (issue 13, point 7): many concurrent API clients on loopback while an analyst uploads.

    python benchmarks/load.py [--seconds 60] [--clients 50] [--uploads 5] [--stores sqlite,postgresql]
                              [--size 300] [--workdir DIR] [--keep] [--write-docs]

For each store, the synthetic corpus of ``benchmarks/synthetic.py`` is built into it as ``benchmarks/casebase.py``
builds it (``Bench.build``; a ``--workdir`` shared with that benchmark is reused). Then ``tumen serve`` itself runs
in a subprocess on a free loopback port (real sockets, uvicorn, the app as users get it), and:

- ``--clients`` threads, each with its own reader account and API token and its own HTTP connection (httpx), send
  requests back to back for ``--seconds``: ``/openapi.json`` (the reference: the app's cost of any request),
  ``/api/persons``, ``/api/persons/{id}`` (a random named person), ``/api/search?q=`` (names and event words) and
  ``/api/events``, in turn;
- one analyst signs in through ``/login`` and uploads ``--uploads`` invented documents through ``/upload``, spread
  over the run; each upload's background job is followed to its end afterwards.

Reported per store and endpoint: requests, errors (any answer but 200, or a failed connection; must be 0),
throughput, p50/p95/p99 latency in milliseconds and as ratios to the reference's p50 (comparable across machines
and loads, which milliseconds are not). Afterwards the store is opened directly: every uploaded document must be
stored and processed (``lost`` must be 0). Not a test: nothing here asserts a time. ``--write-docs`` puts the
table under "## Load (issue 13)" at the end of ``docs/performance.md`` (replacing an earlier one).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import casebase
import casebase_stages
import httpx
from casebase import Bench, _pg_admin, _pg_exists, machine

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "performance.md"
HEADING = "## Load (issue 13)"
REFERENCE = "/openapi.json"
ENDPOINTS = (REFERENCE, "/api/persons", "/api/persons/{id}", "/api/search?q=", "/api/events")
UPLOAD = "POST /upload"  # the analyst's uploads: reported beside the readers' endpoints
PASSWORD = "invented-load-passphrase"
TOWNS = ("Hyesan", "Musan", "Hoeryong", "Kilju", "Onsong")
GIVEN = ("Ha-eun", "Seo-yun", "Ji-ho", "Min-jun", "Da-in", "Yu-na")
FAMILY = ("Bang", "Cheon", "Eom", "Gil", "Mun", "Pyeon")


@dataclass
class Tally:
    """Latencies (ms) of successful requests and the errors, per endpoint; shared by the client threads."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: {e: [] for e in (*ENDPOINTS, UPLOAD)})
    errors: dict[str, list[str]] = field(default_factory=lambda: {e: [] for e in (*ENDPOINTS, UPLOAD)})
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, endpoint: str, millis: float, error: str | None) -> None:
        with self.lock:
            (self.errors[endpoint].append(error) if error else self.latencies[endpoint].append(millis))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def prepare(url: str, clients: int) -> tuple[list[str], list[str]]:
    """Accounts (an admin so that ``tumen serve`` starts, the analyst, one reader with a token per client) and
    the named persons' ids; returns (reader tokens, person ids)."""
    import sqlalchemy as sa

    from tumen import Tumen
    from tumen.store import accounts
    from tumen.store import case_schema as t

    with Tumen.open(url) as tumen:
        engine = tumen.store.engine
        for name, role in (("load-admin", "admin"), ("load-analyst", "analyst")):
            if accounts.find_user(engine, name) is None:
                accounts.add_user(engine, name, role, PASSWORD)
        tokens = []
        for n in range(clients):
            name = f"load-reader-{n}"
            if accounts.find_user(engine, name) is None:
                accounts.add_user(engine, name, "reader", PASSWORD)
            tokens.append(accounts.add_token(engine, name, "load benchmark")[1])
        with engine.connect() as conn:
            query = sa.select(t.persons.c.id).where(t.persons.c.anonymous.is_(False)).order_by(t.persons.c.id)
            ids = list(conn.execute(query).scalars())
    return tokens, ids


def server_environment(url: str) -> dict[str, str]:
    """The server's environment: a store that is not a SQLite file has no pseudonym key file beside it, and the
    readers' view needs one (as a deployment sets it), so a random key is given unless one is set already."""
    env = dict(os.environ)
    if "://" in url and "TUMEN_PSEUDONYM_KEY" not in env and "TUMEN_PSEUDONYM_KEY_FILE" not in env:
        env["TUMEN_PSEUDONYM_KEY"] = secrets.token_hex(32)
    return env


def serve(url: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    """``tumen serve`` on 127.0.0.1:``port`` in its own process, once it answers; its output goes to ``log`` (a
    pipe nobody reads would fill up and stop the server at its next log line)."""
    with log.open("wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "tumen", "--db", url, "serve", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=server_environment(url),
        )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"tumen serve exited: {log.read_text(errors='replace')[-500:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}{REFERENCE}", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.terminate()
    raise RuntimeError("tumen serve did not answer within 120 s")


def client_loop(
    base: str, token: str, ids: list[str], queries: list[str], until: float, tally: Tally, seed: int
) -> None:
    """One API client: its own connection and token, requests back to back until ``until``, and each endpoint
    asked at least once however slow the machine is (a short run on a loaded machine still tries every one)."""
    rng = random.Random(seed)
    turn = first = rng.randrange(len(ENDPOINTS))
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60,
                      follow_redirects=True) as http:  # fmt: skip
        while time.monotonic() < until or turn < first + len(ENDPOINTS):
            endpoint = ENDPOINTS[turn % len(ENDPOINTS)]
            turn += 1
            if endpoint == "/api/persons/{id}":
                path, params = f"/api/persons/{rng.choice(ids)}", {}
            elif endpoint == "/api/search?q=":
                path, params = "/api/search", {"q": rng.choice(queries), "limit": 20}
            elif endpoint == "/api/events":
                path, params = "/api/events", {"limit": 50, "offset": rng.randrange(0, 200)}
            elif endpoint == "/api/persons":
                path, params = "/api/persons", {"limit": 50}
            else:
                path, params = endpoint, {}
            started = time.perf_counter()
            try:
                answer = http.get(path, params=params)
                error = None if answer.status_code == 200 else f"HTTP {answer.status_code}: {answer.text[:120]}"
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {str(exc)[:120]}"
            tally.add(endpoint, (time.perf_counter() - started) * 1000, error)


def invented_document(n: int, tag: str) -> bytes:
    rng = random.Random(f"{tag}-{n}")
    name = f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}"
    return (
        f"Invented load note {tag}-{n}\n\n"
        f"{name}, a {rng.randint(20, 60)}-year-old farmer, was arrested by security agents in {rng.choice(TOWNS)} "
        f"in March 2021, a neighbour told the Invented Desk. {name} was taken to a holding centre.\n"
    ).encode()


def uploader(base: str, uploads: int, until: float, jobs: list[str], tally: Tally) -> None:
    """The analyst: signs in, then uploads ``uploads`` invented documents spread over the run (each timed; a
    refusal or a timeout is an error of :data:`UPLOAD`)."""
    if uploads <= 0:
        return
    tag = secrets.token_hex(4)
    started = time.monotonic()
    gap = max(0.0, until - started) / (uploads + 1)
    with httpx.Client(base_url=base, timeout=UPLOAD_TIMEOUT) as http:
        token = sign_in(http)
        if token is None:
            tally.add(UPLOAD, 0.0, "the analyst could not sign in")
            return
        for n in range(uploads):
            time.sleep(max(0.0, started + gap * (n + 1) - time.monotonic()))
            fields = {"outlet": "Invented Desk", "published": "2021-04-02", "language": "en", "csrf_token": token}
            sent_at = time.perf_counter()
            try:
                sent = http.post(
                    "/upload",
                    files={"file": (f"load-{tag}-{n}.txt", invented_document(n, tag), "text/plain")},
                    data=fields,
                    follow_redirects=False,
                )
                error = None if sent.status_code == 303 else f"upload {n}: HTTP {sent.status_code}"
            except httpx.HTTPError as exc:
                error = f"upload {n}: {type(exc).__name__} after {time.perf_counter() - sent_at:.0f} s"
            tally.add(UPLOAD, (time.perf_counter() - sent_at) * 1000, error)
            if error is None:
                jobs.append(sent.headers["location"])


UPLOAD_TIMEOUT = 300.0  # seconds an upload may take under load before it counts as an error


def sign_in(http: httpx.Client) -> str | None:
    """Sign the analyst in through the login form; the session's CSRF token for the upload form, or None."""
    form = http.get("/login")
    login_token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    answer = http.post("/login", data={"username": "load-analyst", "password": PASSWORD,
                                       "csrf_token": login_token.group(1) if login_token else ""})  # fmt: skip
    page = http.get("/upload")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    if answer.status_code not in (200, 303) or page.status_code != 200 or not token:
        return None
    return token.group(1)


def follow_jobs(base: str, jobs: list[str], timeout: float) -> tuple[list[int], list[str]]:
    """Wait for every upload job to finish: the documents done and the reasons of the others."""
    with httpx.Client(base_url=base, timeout=60) as http:
        sign_in(http)
        done, failed = [], []
        deadline = time.monotonic() + timeout
        for job in jobs:
            state: dict[str, Any] = {}
            while time.monotonic() < deadline:
                try:  # the server may be slow to answer while it processes the uploads
                    state = http.get(job + "/status").json()
                except httpx.HTTPError:
                    continue
                if state.get("finished"):
                    break
                time.sleep(0.5)
            if state.get("stage") == "done":
                done.append(int(state["document_id"]))
            else:
                failed.append(f"{job}: {state.get('stage')} {state.get('reason') or ''}".strip())
    return done, failed


def stored_and_processed(url: str, documents: list[int]) -> list[int]:
    """The uploaded documents that are NOT stored and processed (must be none)."""
    from tumen import Tumen

    with Tumen.open(url) as tumen:
        with tumen.store.reading() as tables:
            pending = set(tables.pending())
        stored = {d.id for d in tumen.documents()}
        return [d for d in documents if d not in stored or d in pending or tumen.extraction(d) is None]


def percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def run_store(bench: Bench, args: argparse.Namespace, store: str) -> dict[str, Any]:
    if not bench.build(args.size, store):
        return {"error": "the store could not be built (see results.json in the workdir)"}
    url = bench.url(args.size, store)
    tokens, ids = prepare(url, args.clients)
    queries = casebase_stages._queries(args.size, args.seed, 200)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server_log = bench.workdir / f"serve-{store}.log"
    server = serve(url, port, server_log)
    tally = Tally()
    jobs: list[str] = []  # the upload jobs' pages
    load = os.getloadavg()[0]
    try:
        started = time.monotonic()
        until = started + args.seconds
        threads = [threading.Thread(target=client_loop, args=(base, token, ids, queries, until, tally, args.seed + n))
                   for n, token in enumerate(tokens)]  # fmt: skip
        threads.append(threading.Thread(target=uploader, args=(base, args.uploads, until, jobs, tally)))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        done, failed = follow_jobs(base, jobs, timeout=600)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    lost = stored_and_processed(url, done)
    endpoints = {}
    for endpoint in (*ENDPOINTS, UPLOAD):
        ordered = sorted(tally.latencies[endpoint])
        endpoints[endpoint] = {
            "n": len(ordered) + len(tally.errors[endpoint]),
            "errors": len(tally.errors[endpoint]),
            "first_error": tally.errors[endpoint][0] if tally.errors[endpoint] else None,
            "per_s": len(ordered) / elapsed,
            "p50": statistics.median(ordered) if ordered else 0.0,
            "p95": percentile(ordered, 0.95) if ordered else 0.0,
            "p99": percentile(ordered, 0.99) if ordered else 0.0,
        }
    return {
        "endpoints": endpoints,
        "seconds": elapsed,
        "uploads": args.uploads,
        "uploaded": len(jobs),
        "processed": len(done) - len(lost),
        "lost": args.uploads - (len(done) - len(lost)),
        "upload_failures": failed + [f"document {d} not stored or not processed" for d in lost],
        "server_log": [line for line in server_log.read_text(errors="replace").splitlines() if line.strip()][:3],
        "load": [round(load, 1), round(os.getloadavg()[0], 1)],
    }


def report(results: dict[str, Any], args: argparse.Namespace) -> list[str]:
    head = (f"{'store':<10} {'endpoint':<18} {'requests':>8} {'errors':>6} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} "
            f"{'p99 ms':>8} {'p50 x ref':>9} {'p95 x ref':>9} {'p99 x ref':>9}")  # fmt: skip
    lines = [head]
    summary = []
    for store, found in results.items():
        if "error" in found:
            lines.append(f"{store:<10} not measured: {found['error']}")
            continue
        reference = found["endpoints"][REFERENCE]["p50"]
        for endpoint, m in found["endpoints"].items():
            ratios = [f"{m[p] / reference:.1f}" if reference else "n/m" for p in ("p50", "p95", "p99")]
            lines.append(f"{store:<10} {endpoint:<18} {m['n']:>8} {m['errors']:>6} {m['per_s']:>7.1f} {m['p50']:>8.1f} "
                         f"{m['p95']:>8.1f} {m['p99']:>8.1f} {ratios[0]:>9} {ratios[1]:>9} {ratios[2]:>9}")  # fmt: skip
        readers = [found["endpoints"][e] for e in ENDPOINTS]  # the API clients' requests (not the uploads)
        total, errors = sum(m["n"] for m in readers), sum(m["errors"] for m in readers)
        summary.append(
            f"{store}: {total} requests in {found['seconds']:.0f} s ({total / found['seconds']:.0f}/s), "
            f"errors {errors}; uploads {found['processed']}/{found['uploads']} stored and processed "
            f"(lost {found['lost']}); machine load {found['load'][0]}/{found['load'][1]}"
        )
        for endpoint, m in found["endpoints"].items():
            if m["first_error"]:
                summary.append(f"  first error of {endpoint}: {m['first_error']}")
        summary += [f"  upload: {problem}" for problem in found["upload_failures"]]
        summary += [f"  server log: {line[:200]}" for line in found["server_log"]]
    return [*lines, "", *summary]


def write_docs(table: list[str], info: dict[str, str], command: str) -> None:
    """Put the table under :data:`HEADING` at the end of docs/performance.md (an earlier one replaced)."""
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Performance\n"
    start = text.find("\n" + HEADING + "\n")
    if start >= 0:
        after = text.find("\n## ", start + 1)
        text = text[:start] + (text[after:] if after >= 0 else "\n")
    section = [
        HEADING,
        "",
        f"`{command}` — {info['nproc']} cores, {info['memory']}, {info['cpu']}, commit {info['commit']}, "
        f"{time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC. `tumen serve` in a subprocess on loopback; each "
        "client is a thread with its own reader token and connection, requests back to back; one analyst uploads "
        "through `/upload` meanwhile. Ratios are to the p50 of `/openapi.json` in the same run (the app's cost of "
        "any request). Errors must be 0, lost uploads 0.",
        "",
        "```",
        *table,
        "```",
    ]
    DOCS.write_text(text.rstrip("\n") + "\n\n" + "\n".join(section) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--uploads", type=int, default=5, help="documents the analyst uploads during the run")
    parser.add_argument("--stores", default="sqlite,postgresql")
    parser.add_argument("--size", type=int, default=300, help="documents of the synthetic corpus")
    parser.add_argument("--workdir", type=Path, help="keeps corpora and SQLite bases (shared with casebase.py)")
    parser.add_argument("--workers", type=int, default=2, help="processes building the store")
    parser.add_argument("--replicate-above", type=int, default=10_000, help="as casebase.py: larger bases are copies")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pg", default=os.environ.get("TUMEN_BENCH_PG", casebase.PG_ADMIN))
    parser.add_argument("--pg-prefix", default="tumen_bench_load")
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database this run creates")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds allowed for building a store")
    parser.add_argument("--write-docs", action="store_true", help="put the table in docs/performance.md")
    args = parser.parse_args()
    args.batch, args.copy_above = 0, 10**9  # what casebase's Bench reads
    # a size above --replicate-above is copies of a base of --replicate-above documents (Bench.replicate)
    args.sizes = sorted({args.size, args.replicate_above} if args.size > args.replicate_above else {args.size})
    stores = [s.strip() for s in args.stores.split(",") if s.strip()]
    temporary = args.workdir is None
    args.workdir = Path(tempfile.mkdtemp(prefix="tumen-load-")) if temporary else args.workdir
    args.workdir.mkdir(parents=True, exist_ok=True)
    bench = Bench(args)
    existed = _pg_exists(args.pg, f"{args.pg_prefix}_{args.size}") if "postgresql" in stores else True
    results: dict[str, Any] = {}
    try:
        for store in stores:
            bench.log(f"load/{store}: {args.clients} clients for {args.seconds:.0f} s, {args.uploads} uploads ...")
            try:
                results[store] = run_store(bench, args, store)
            except Exception as exc:  # one store failing does not hide the other
                results[store] = {"error": f"{type(exc).__name__}: {str(exc)[:300]}"}
    finally:
        if not args.keep and not existed:
            _pg_admin(args.pg, f"DROP DATABASE IF EXISTS {args.pg_prefix}_{args.size}")
        if temporary:
            shutil.rmtree(args.workdir, ignore_errors=True)
    info = machine()
    table = report(results, args)
    print(
        f"tumen under load: {args.clients} API clients for {args.seconds:.0f} s on loopback, synthetic corpus of "
        f"{args.size} documents (seed {args.seed}); {info['nproc']} cores, {info['memory']}, commit {info['commit']}"
    )
    print("\n".join(table))
    if args.write_docs:
        write_docs(table, info, "python benchmarks/load.py " + " ".join(sys.argv[1:]))


if __name__ == "__main__":
    main()

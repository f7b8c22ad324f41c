"""The stages of ``benchmarks/casebase.py``, each run in a fresh process (see its docstring)."""

from __future__ import annotations

import importlib
import json
import random
import resource
import statistics
import time
from pathlib import Path
from typing import Any

from synthetic import Corpus

EVENT_WORDS = ["repatriated", "broker", "sentenced", "arrested", "detained", "Tumen River", "labour camp",
               "border guards", "forcibly returned", "Shenyang", "won", "escapees", "Yalu River",
               "Bangkok"]  # fmt: skip


def peak_mb() -> float:
    """This process's peak resident set since it started (Linux: ``VmHWM``). Not ``ru_maxrss``: Linux carries it over
    an exec, so a stage started by a driver that had just generated a 100k corpus reported the driver's 95 MB."""
    return _status_mb("VmHWM:") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def cpu_with_children() -> float:
    """CPU seconds of this process and of its children that have ended (workers, update children, a cluster's)."""
    return cpu_seconds() + cpu_seconds(resource.RUSAGE_CHILDREN)


def _status_mb(field: str) -> float:
    """A size from /proc/self/status in MB (Linux), or 0 where there is none."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def rss_mb() -> float:
    """The resident set now (Linux; elsewhere the peak)."""
    return _status_mb("VmRSS:") or peak_mb()


def _next_milestone(done: list[dict[str, float]], total: int) -> int:
    """Every tenth of the corpus (at least every 1,000 documents)."""
    step = max(1000, total // 10)
    return (len(done) + 1) * step


def children_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return statistics.median(ordered), p95


# -- stages (each in its own process) ----------------------------------------------------------------------


def stage_ingest(url: str, corpus: Path) -> dict[str, Any]:
    from tumen import Tumen

    started = time.perf_counter()
    tumen = Tumen.init(url)
    report = tumen.ingest([str(corpus)])
    seconds = time.perf_counter() - started
    documents = tumen.store.count()
    tumen.close()
    return {"seconds": seconds, "documents": documents, "failed": report.failed, "peak_mb": peak_mb()}


def _counts(tumen: Any) -> dict[str, int]:
    import sqlalchemy as sa

    from tumen.store import case_schema as t

    with tumen.store.engine.connect() as conn:
        return {
            name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            for name, table in (("persons", t.persons), ("facts", t.facts), ("records", t.case_records))
        }


def tumen_batch() -> int:
    return int(importlib.import_module("tumen.pipeline.process").BATCH)


def stage_process(url: str, workers: int, batch: int = 0) -> dict[str, Any]:
    from tumen import Tumen

    if batch:  # documents per case-base update (tumen's default: BATCH of tumen/pipeline/process.py)
        importlib.import_module("tumen.pipeline.process").BATCH = batch
    tumen = Tumen.open(url)
    started = time.perf_counter()
    milestones: list[dict[str, float]] = []

    def sample(done: int, total: int) -> None:  # the main process as the base grows: does it keep growing?
        if done >= total or done >= _next_milestone(milestones, total):
            milestones.append({"documents": done, "seconds": round(time.perf_counter() - started, 1),
                               "cpu_main": round(cpu_seconds(), 1), "rss_mb": round(rss_mb(), 1),
                               "peak_mb": round(peak_mb(), 1)})  # fmt: skip

    report = tumen.process(workers=workers, on_progress=sample)
    seconds = time.perf_counter() - started
    out = {
        "seconds": seconds,
        "batch": tumen_batch(),
        "cpu_main": cpu_seconds(),  # CPU seconds: the machine is shared, these depend less on other load
        "cpu_workers": cpu_seconds(resource.RUSAGE_CHILDREN),
        "processed": report.processed,
        "updates": getattr(report, "updates", None),  # case-base updates they took (tumen's own sizing)
        "failed": len(report.failed),
        "peak_mb": peak_mb(),
        "workers_peak_mb": children_peak_mb(),
        "milestones": milestones,
        **_counts(tumen),
    }
    tumen.close()
    return out


def stage_copy(source: str, url: str) -> dict[str, Any]:
    """Copy every table of tumen's schema from the SQLite base ``source`` into a fresh store at ``url``."""
    import sqlalchemy as sa

    from tumen import Tumen
    from tumen.store.schema import metadata

    started = time.perf_counter()
    target = Tumen.init(url)
    src = sa.create_engine(f"sqlite:///{source}")
    rows = 0
    with src.connect() as read, target.store.engine.begin() as write:
        for table in metadata.sorted_tables:
            result = read.execution_options(stream_results=True).execute(sa.select(table))
            while chunk := result.fetchmany(2000):
                write.execute(table.insert(), [row._asdict() for row in chunk])
                rows += len(chunk)
            for column in table.primary_key.columns:  # ids inserted explicitly: move the sequences on
                if isinstance(column.type, sa.Integer) and column.autoincrement in (True, "auto"):
                    write.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                        f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)"
                    )
    with target.store.engine.begin() as conn:  # committed: statistics gathered in a rolled-back transaction are lost
        conn.exec_driver_sql("ANALYZE")
    seconds = time.perf_counter() - started
    out = {"seconds": seconds, "rows": rows, "documents": target.store.count(), "peak_mb": peak_mb(),
           **_counts(target)}  # fmt: skip
    target.close()
    return out


def _queries(size: int, seed: int, n: int, density: str = "fixed") -> list[str]:
    corpus = Corpus(size, seed, density)
    rng = random.Random(seed)
    queries = []
    for i in range(n):
        if i % 2 == 0:
            queries.append(rng.choice(corpus.persons).english(rng))
        elif i % 4 == 1:
            queries.append(rng.choice(EVENT_WORDS))
        else:
            queries.append(f"{rng.choice(EVENT_WORDS)} {rng.choice(corpus.persons).family()}")
    return queries


def stage_read(url: str, size: int, seed: int, reads: int, searches: int, density: str = "fixed") -> dict[str, Any]:
    import sqlalchemy as sa

    from tumen import Tumen
    from tumen.store import case_schema as t

    tumen = Tumen.open(url)
    try:  # a copied or replicated store starts with every document waiting for the word index: index them first
        from tumen.store import search_terms

        search_terms.catch_up(tumen.store.engine, limit=None)
    except ImportError:  # a tumen before the word index
        pass
    with tumen.store.engine.connect() as conn:
        query = sa.select(t.persons.c.id).where(t.persons.c.anonymous.is_(False)).order_by(t.persons.c.id)
        ids = list(conn.execute(query).scalars())
    rng = random.Random(seed)
    chosen = [rng.choice(ids) for _ in range(reads + 1)]
    tumen.case_file(chosen[0])  # warm-up: imports, connection pool, caches
    times, cpu, facts = [], [], 0
    for pid in chosen[1:]:
        started, cpu_started = time.perf_counter(), time.process_time()
        case = tumen.case_file(pid)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
        facts += len(case.facts)
    queries = _queries(size, seed, searches + 1, density)
    tumen.search(queries[0])
    search_times, search_cpu, hits = [], [], 0
    for q in queries[1:]:
        started, cpu_started = time.perf_counter(), time.process_time()
        found = tumen.search(q, limit=20)
        search_times.append((time.perf_counter() - started) * 1000)
        search_cpu.append((time.process_time() - cpu_started) * 1000)
        hits += len(found)
    tumen.close()
    case_p50, case_p95 = percentiles(times)
    search_p50, search_p95 = percentiles(search_times)
    return {
        "case_p50": case_p50, "case_p95": case_p95, "case_max": max(times), "facts_per_case": facts / len(times),
        "search_p50": search_p50, "search_p95": search_p95, "hits_per_search": hits / len(search_times),
        "named_persons": len(ids), "peak_mb": peak_mb(), "case_cpu": percentiles(cpu),
        "search_cpu": percentiles(search_cpu),
    }  # fmt: skip


def _region(tumen: Any, documents: list[int]) -> list[int] | None:
    """Diagnostic: how many person records the update for these documents re-resolves (the resolution
    region, closed over shared blocking keys, relatives and persons), of how many stored. Uses the
    pipeline's internals: None when they changed."""
    import sqlalchemy as sa

    from tumen.store import CaseTables
    from tumen.store import case_schema as t

    try:
        from tumen.pipeline.update import _resolution_region
    except ImportError:
        return None

    with tumen.store.engine.connect() as conn:
        tables = CaseTables(conn)
        region = _resolution_region(tables, set(tables.records_of_documents(documents)))
        total = conn.execute(sa.select(sa.func.count()).select_from(t.case_records)).scalar_one()
    return [len(region), total]


def stage_add(url: str, size: int, seed: int, workers: int, folder: Path, density: str = "fixed",
              times: int = 3) -> dict[str, Any]:  # fmt: skip
    from tumen import Tumen

    tumen = Tumen.open(url)
    corpus = Corpus(size, seed, density)
    adds = []
    for number in range(times):
        article = corpus.extra_article(number)
        path = folder / f"add-{number}.jsonl"
        path.write_text(json.dumps(article.record(), ensure_ascii=False) + "\n", encoding="utf-8")
        started, cpu = time.perf_counter(), cpu_seconds()
        report = tumen.ingest([str(path)])
        ingested = time.perf_counter() - started
        processed = tumen.process(workers=workers)
        total = time.perf_counter() - started
        new = [r.document_id for r in report.results if r.document_id is not None]
        used = cpu_seconds() - cpu
        adds.append({"seconds": total, "ingest": ingested, "processed": processed.processed, "cpu": used,
                     "failed": report.failed + len(processed.failed), "region": _region(tumen, new)})  # fmt: skip
    tumen.close()
    return {"adds": adds, "peak_mb": peak_mb()}


# -- orchestration -----------------------------------------------------------------------------------------

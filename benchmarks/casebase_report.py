"""The report of ``benchmarks/casebase.py``: its table, goal lines and docs/performance.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from synthetic import Corpus

ROOT = Path(__file__).resolve().parent.parent
BOUNDED = 1.25  # process memory is bounded when the peak at the largest size is within this factor of the smallest


def _f(value: Any, fmt: str) -> str:
    return "n/m" if value is None else format(value, fmt)


def corpus_line(size: int, seed: int, density: str = "fixed") -> str:
    """What the generated corpus holds: the truth the case base's counts can be read against."""
    corpus = Corpus(size, seed, density)
    articles = list(corpus.articles())
    persons = len({p for a in articles for p in a.persons})
    korean = sum(a.language == "ko" for a in articles)
    copies = sum(a.copy for a in articles)
    places = f"{len(corpus.towns)} towns, {len(corpus.abroad)} foreign cities, events from {corpus.first_year}"
    return (f"corpus {size} ({density}): {persons} invented named persons mentioned, {korean} Korean articles, "
            f"{copies} wire copies; {places}")  # fmt: skip


def report(results: dict[str, Any], sizes: list[int], stores: list[str], info: dict[str, str],
           copy_above: int, seed: int = 7, density: str = "fixed") -> tuple[list[str], list[str]]:  # fmt: skip
    """The table and the goal lines."""

    def get(key: str, field: str) -> Any:
        found = results.get(key, {})
        return None if "error" in found else found.get(field)

    head = (f"{'docs':>7} {'store':<10} {'words':>9} {'persons':>8} {'facts':>8} {'ingest s':>9} "
            f"{'batch':>5} {'process s':>10} {'ms/doc':>7} {'cpu ms/doc':>10} {'main MB':>8} {'wrk MB':>7} "
            f"{'case p50':>9} {'case p95':>9} {'srch p50':>9} {'srch p95':>9} {'read MB':>8}")  # fmt: skip
    table = [head]
    notes = []
    for size in sizes:
        words = get(f"corpus/{size}", "words")
        if f"replicate/sqlite/{size}" in results:
            words = None  # no corpus of its own: copies of a smaller base
        else:
            notes.append(results.get(f"corpus/{size}", {}).get("line") or corpus_line(size, seed, density))
        for store in stores:
            key = f"{store}/{size}"
            built = f"copy/{key}" if store == "postgresql" and size > copy_above else f"process/{key}"
            replicated = results.get(f"replicate/sqlite/{size}")
            if store == "sqlite" and replicated is not None:
                built = f"replicate/{key}"
                if "error" not in replicated:
                    notes.append(f"{size} on sqlite: NOT PROCESSED — {replicated['times']} copies of the processed "
                                 f"{size // replicated['times']} base with shifted ids (benchmarks/replicate.py, "
                                 f"{replicated['seconds']:.0f} s): its reads only")  # fmt: skip
            seconds = get(built, "seconds") if built.startswith("process") else None
            documents = get(f"ingest/{key}", "documents") or get(built, "documents") or size
            per_doc = seconds * 1000 / documents if seconds is not None else None
            main_cpu, workers_cpu = get(built, "cpu_main"), get(built, "cpu_workers")
            cpu = (main_cpu + workers_cpu) * 1000 / documents if main_cpu is not None else None
            case_cpu, search_cpu = get(f"read/{key}", "case_cpu"), get(f"read/{key}", "search_cpu")
            if case_cpu is not None:
                server = "; the server's own time not included" if store == "postgresql" else ""
                notes.append(f"{size} on {store}: CPU of the reading process per case file p50/p95 "
                             f"{case_cpu[0]:.1f}/{case_cpu[1]:.1f} ms, per search {search_cpu[0]:.1f}/"
                             f"{search_cpu[1]:.1f} ms{server}")  # fmt: skip
            if main_cpu is not None:
                notes.append(f"{size} on {store}: process CPU {main_cpu:.0f} s in the main process (case-base "
                             f"updates, writes), {workers_cpu:.0f} s in the extraction workers")  # fmt: skip
            if milestones := get(built, "milestones"):
                notes.append(f"{size} on {store}: main process as the base grew (documents: resident MB, CPU ms per "
                             "document since the last): " + _milestones(milestones))  # fmt: skip
            table.append(
                f"{size:>7} {store:<10} {_f(words, ',d'):>9} {_f(get(built, 'persons'), 'd'):>8} "
                f"{_f(get(built, 'facts'), 'd'):>8} {_f(get(f'ingest/{key}', 'seconds'), '.1f'):>9} "
                f"{_f(get(built, 'batch'), 'd'):>5} "
                f"{_f(seconds, '.1f'):>10} {_f(per_doc, '.1f'):>7} {_f(cpu, '.1f'):>10} "
                f"{_f(get(built, 'peak_mb'), '.0f'):>8} "
                f"{_f(get(built, 'workers_peak_mb'), '.0f'):>7} "
                f"{_f(get(f'read/{key}', 'case_p50'), '.1f'):>9} {_f(get(f'read/{key}', 'case_p95'), '.1f'):>9} "
                f"{_f(get(f'read/{key}', 'search_p50'), '.1f'):>9} {_f(get(f'read/{key}', 'search_p95'), '.1f'):>9} "
                f"{_f(get(f'read/{key}', 'peak_mb'), '.0f'):>8}"
            )  # fmt: skip
            if built.startswith("copy") and built in results:
                copied = _f(get(built, "seconds"), ".0f")
                notes.append(f"{size} on {store}: tables copied from the SQLite base ({copied} s), not processed "
                             "on PostgreSQL; main MB is the copy's")  # fmt: skip
            for stage in ("ingest", "process", "copy", "replicate", "read"):
                if "error" in results.get(f"{stage}/{key}", {}):
                    notes.append(f"{size} on {store}: {stage} did not complete: {results[f'{stage}/{key}']['error']}")
    loads = [f"{key} {found['load'][0]}/{found['load'][1]}" for key, found in results.items() if "load" in found]
    if loads:
        notes.append(f"machine load (1-min average before/after each stage; {info['nproc']} cores): {', '.join(loads)}")
    add_lines = []
    for key, found in sorted(results.items()):
        if not key.startswith("add/"):
            continue
        _add, store, size = key.split("/")
        if int(size) not in sizes or store not in stores:
            continue
        if "error" in found:
            add_lines.append(f"add one document to {size} on {store}: failed: {found['error']}")
            continue
        adds = found["adds"]
        warm = [x["seconds"] for x in adds[1:]]
        extra = [x["processed"] for x in adds if x["processed"] != 1]
        add_lines.append(
            f"add one document to {size} on {store}: first (cold, model loaded) {adds[0]['seconds']:.2f} s "
            f"(ingest {adds[0]['ingest']:.2f} s), then {', '.join(f'{s:.2f}' for s in warm)} s; "
            + (f"CPU {', '.join(format(x['cpu'], '.2f') for x in adds)} s; " if "cpu" in adds[0] else "")
            + f"peak {found['peak_mb']:.0f} MB; records re-resolved by the first: "
            + (f"{adds[0]['region'][0]} of {adds[0]['region'][1]}" if adds[0].get("region") else "n/m")
            + (f"; WARNING: processed {extra} documents" if extra else "")
        )
    table += ["", *add_lines]
    goals = []
    big = 100_000
    for store in stores:
        p95 = get(f"read/{store}/{big}", "case_p95")
        if p95 is None or big not in sizes:
            goals.append(f"goal case file p95 < 50 ms at {big} on {store}: NOT MEASURED")
        else:
            how = " on the replicated base" if f"replicate/sqlite/{big}" in results else ""
            goals.append(f"goal case file p95 < 50 ms at {big} on {store}{how}: {'MET' if p95 < 50 else 'MISSED'} "
                         f"({p95:.1f} ms)")  # fmt: skip
    add = results.get("add/sqlite/10000", {})
    if 10_000 in sizes and "adds" in add:
        first = add["adds"][0]
        cold = first["seconds"]
        cpu = f", CPU {first['cpu']:.2f} s" if "cpu" in first else ""
        load = f", load average {add['load'][0]}" if "load" in add else ""
        goals.append(f"goal add one document to 10000 < 2 s (sqlite, cold): {'MET' if cold < 2 else 'MISSED'} "
                     f"(wall {cold:.2f} s{cpu}{load})")  # fmt: skip
        warm = [a["seconds"] for a in add["adds"][1:]]
        if warm:  # the workbench's case: its language model is loaded at start (`tumen serve --preload`)
            goals.append(f"goal add one document to 10000 < 2 s (sqlite, model already loaded): "
                         f"{'MET' if max(warm) < 2 else 'MISSED'} (wall at most {max(warm):.2f} s)")  # fmt: skip
    else:
        goals.append("goal add one document to 10000 < 2 s: NOT MEASURED")
    peaks = [(s, get(f"process/sqlite/{s}", "peak_mb")) for s in sizes]
    peaks = [(s, p) for s, p in peaks if p is not None]
    if len(peaks) >= 2:
        (small, low), (large, high) = peaks[0], peaks[-1]
        ok = high <= low * BOUNDED
        goals.append(f"goal process memory bounded (sqlite main-process peak at {large} within {BOUNDED}x of "
                     f"{small}): {'MET' if ok else 'MISSED'} ({low:.0f} MB -> {high:.0f} MB)")  # fmt: skip
    else:
        goals.append("goal process memory bounded: NOT MEASURED (needs two sizes)")
    return table + (["", *notes] if notes else []), goals


NOTES = "## Notes"
DOC_HEAD = """# Performance of the stored case base

Measured by `benchmarks/casebase.py` on synthetic corpora generated by `benchmarks/synthetic.py`: short news
articles (60–150 words; about 5 % in Korean, about 10 % wire copies republished by another outlet) about invented
Korean persons — about one person per three articles, each appearing in a handful of them under different
spellings — with invented towns, outlets and detention places. Nothing in them is copied from real reporting.

Each stage runs in its own process, so each memory figure is that stage's own peak resident set (`VmHWM`;
`ru_maxrss` would carry the launching process's peak over the exec). Columns: `ingest s` — `Tumen.ingest` of the
corpus as one JSONL batch; `process s` and `ms/doc` — `Tumen.process(workers=N)` on all of it (extraction in worker
processes, the case base updated batch by batch in the main process); `main MB` / `wrk MB` — peak of the main
process / of the largest extraction worker; `case p50/p95` — milliseconds to read one named person's case file by
id (`Tumen.case_file`, 200 random persons after one warm-up); `srch p50/p95` — milliseconds per `Tumen.search` (100
queries: person names and event words, 20 hits); `read MB` — peak of the reading process. `n/m`: not measured.
"""


def write_docs(table: list[str], goals: list[str], info: dict[str, str], command: str) -> None:
    lines = [DOC_HEAD, "## Latest run", "",
             f"- machine: {info['nproc']} cores ({info['cpu']}), {info['memory']} memory; Python {info['python']}",
             f"- commit: `{info['commit']}` ({info['date']})", f"- command: `{command}`", "", "```", *table, "```",
             "", "```", *goals, "```", ""]  # fmt: skip
    path = ROOT / "docs" / "performance.md"
    previous = path.read_text(encoding="utf-8") if path.exists() else ""
    kept = previous[previous.index(NOTES) :] if NOTES in previous else ""  # written by hand: kept across runs
    path.write_text("\n".join(lines) + ("\n" + kept if kept else ""), encoding="utf-8")


def _milestones(milestones: list[dict[str, float]]) -> str:
    parts, before = [], {"documents": 0, "cpu_main": 0.0}
    for m in milestones:
        added = m["documents"] - before["documents"]
        per_doc = (m["cpu_main"] - before["cpu_main"]) * 1000 / added if added else 0.0
        parts.append(f"{m['documents']:.0f}: {m['rss_mb']:.0f} MB, {per_doc:.1f} ms")
        before = m
    return "; ".join(parts)

"""tumen at scale: what each stage costs as the corpus grows, in one run, with a Markdown table and a log-log plot.

    python benchmarks/scale.py [--docs 2000] [--casebase DIR] [--resolution 10000,100000,1000000] [--out DIR]

Four measurements (nothing is timed in the tests; the figures are ratios and growth taken in the same run):

1. **Throughput** on ``--docs`` English articles of the synthetic corpus (``synthetic.py``, density "growing"):
   raw spaCy ``nlp.pipe`` over the same texts in this process (the reference), then ``tumen process`` on a fresh
   SQLite store three ways — one worker, two worker processes, a Dask ``LocalCluster`` of two (``--cluster
   local:2``) — each including its workers' start-up and the case-base updates. Printed as words/s and as a ratio
   to raw spaCy (goals: full pipeline >= 0.7x; two workers >= 1.6x one worker; the LocalCluster >= 1.5x one
   worker). Also ingest (documents/s) and export (seconds) on each store, and the CPU seconds of each run (this
   process and its ended children) with their ratio to raw spaCy's: from the second update of a run on, the case
   base is updated in a child process beside the extraction, so a run of one worker may use a second core.
2. **Resolution** of 10k / 100k / 1M synthetic person mentions (``resolution.py``, each size in its own process):
   seconds, peak memory and pairwise F1.
3. **The case base at each size** from a ``casebase.py`` run (``--casebase`` = its ``--workdir``): ingest and
   process seconds, the main process's peak memory, reads of a case file and a search (p50/p95); each processed
   SQLite base found there is exported again here (JSON, streamed; timed).
4. **Growth**: for each stage, the exponent of cost against size between the two largest sizes measured
   (1.0 is linear; n log n between 10k and 100k is about 1.1), and a PNG plot of cost against size, log-log.

Writes ``scale.md`` and ``scale.png`` to ``--out`` (default: a temporary folder, printed).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from casebase_stages import cpu_with_children
from synthetic import Corpus

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
MODES: list[tuple[str, dict[str, Any]]] = [
    ("1 worker", {"workers": 1}),
    ("2 workers", {"workers": 2}),
    ("Dask LocalCluster of 2", {"cluster": "local:2"}),
]


def throughput(docs: int, seed: int, folder: Path) -> dict[str, Any]:
    """Raw spaCy against tumen process (three ways) on the same English texts."""
    from tumen import Tumen
    from tumen.extract import nlp

    articles = [a for a in Corpus(docs * 2, seed, "growing").articles() if a.language == "en"][:docs]
    texts = [a.text for a in articles]
    if not texts:
        raise SystemExit("--docs: no English article to measure")
    words = sum(len(t.split()) for t in texts)
    batch = folder / "throughput.jsonl"
    batch.write_text("".join(json.dumps(a.record(), ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    pipeline = nlp.english()
    list(pipeline.pipe(texts[:16]))  # warm up spaCy, and tumen's own start-up (vocabularies, store, export)
    few = folder / "warm-up.jsonl"
    few.write_text("".join(json.dumps(a.record(), ensure_ascii=False) + "\n" for a in articles[:8]), encoding="utf-8")
    warm = Tumen.init(str(folder / "warm-up.db"))
    warm.ingest([str(few)])
    warm.process(workers=1)
    with open(os.devnull, "w", encoding="utf-8") as sink:
        warm.export(sink)
    warm.close()
    started, cpu = time.perf_counter(), cpu_with_children()
    for _doc in pipeline.pipe(texts, batch_size=16):
        pass
    raw, raw_cpu = time.perf_counter() - started, cpu_with_children() - cpu
    out: dict[str, Any] = {"documents": len(texts), "words": words, "raw_seconds": raw, "raw_cpu": raw_cpu, "modes": {}}
    for label, options in MODES:
        path = folder / f"throughput-{options.get('workers') or 'dask'}.db"
        tumen = Tumen.init(str(path))
        started = time.perf_counter()
        tumen.ingest([str(batch)])
        ingest = time.perf_counter() - started
        started, cpu = time.perf_counter(), cpu_with_children()
        report = tumen.process(**options)
        seconds, used = time.perf_counter() - started, cpu_with_children() - cpu
        if report.failed:
            raise SystemExit(f"{label}: {len(report.failed)} documents failed: {report.failed[:3]}")
        started = time.perf_counter()
        with open(os.devnull, "w", encoding="utf-8") as sink:
            tumen.export(sink)
        exported = time.perf_counter() - started
        tumen.close()
        out["modes"][label] = {"seconds": seconds, "cpu": used, "ingest": ingest, "export": exported}
    return out


def resolution(sizes: list[int], seed: int) -> list[dict[str, Any]]:
    rows = []
    for size in sizes:
        done = subprocess.run(
            [sys.executable, str(HERE / "resolution.py"), "--one", str(size), "--seed", str(seed)],
            capture_output=True, text=True, check=False, timeout=3600,
        )  # fmt: skip
        try:
            rows.append({"size": size, **json.loads(done.stdout.strip().splitlines()[-1])})
        except (IndexError, json.JSONDecodeError):
            rows.append({"size": size, "error": (done.stderr or done.stdout)[-300:]})
    return rows


def casebase(workdir: Path) -> list[dict[str, Any]]:
    """Per size of a casebase.py run: its own figures, and an export of its processed SQLite base timed here."""
    from tumen import Tumen

    results = json.loads((workdir / "results.json").read_text())
    rows = []
    for key, built in sorted(results.items(), key=lambda kv: int(kv[0].rsplit("/", 1)[1]) if "/" in kv[0] else 0):
        if not key.startswith("process/sqlite/") or "error" in built:
            continue
        size = int(key.rsplit("/", 1)[1])
        read = results.get(f"read/sqlite/{size}", {})
        row = {"size": size, "ingest": results.get(f"ingest/sqlite/{size}", {}).get("seconds"),
               "process": built.get("seconds"), "peak_mb": built.get("peak_mb"), "persons": built.get("persons"),
               "facts": built.get("facts"), "case_p95": read.get("case_p95"), "search_p95": read.get("search_p95"),
               "case_p50": read.get("case_p50"), "search_p50": read.get("search_p50")}  # fmt: skip
        base = workdir / f"base-{size}.db"
        if base.exists():
            tumen = Tumen.open(str(base))
            started = time.perf_counter()
            with open(os.devnull, "w", encoding="utf-8") as sink:
                tumen.export(sink)
            row["export"] = time.perf_counter() - started
            tumen.close()
        rows.append(row)
    return rows


def exponent(points: list[tuple[float, float]]) -> float | None:
    """Slope of log(cost) against log(size) between the two largest sizes measured."""
    usable = sorted((s, c) for s, c in points if s and c)
    if len(usable) < 2:
        return None
    (s1, c1), (s2, c2) = usable[-2], usable[-1]
    return math.log(c2 / c1) / math.log(s2 / s1)


def tables(through: dict[str, Any] | None, resolved: list[dict[str, Any]], bases: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    if through:
        raw_rate = through["words"] / through["raw_seconds"]
        one = through["modes"]["1 worker"]["seconds"]
        lines += [f"### Throughput ({through['documents']:,} English articles, {through['words']:,} words)", "",
                  "| run | seconds | words/s | ratio to raw spaCy | speed-up over 1 worker | CPU s "
                  "| CPU ratio to raw spaCy | ingest docs/s | export s |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
                  f"| raw spaCy `nlp.pipe` (1 process, reference) | {through['raw_seconds']:.1f} | {raw_rate:,.0f} "
                  f"| 1.00 | | {_f(through.get('raw_cpu'), '.1f')} | 1.00 | | |"]  # fmt: skip
        for label, mode in through["modes"].items():
            rate = through["words"] / mode["seconds"]
            cpu_ratio = through["raw_cpu"] / mode["cpu"] if mode.get("cpu") and through.get("raw_cpu") else None
            lines.append(f"| tumen process, {label} | {mode['seconds']:.1f} | {rate:,.0f} | {rate / raw_rate:.2f} "
                         f"| {one / mode['seconds']:.2f} | {_f(mode.get('cpu'), '.1f')} | {_f(cpu_ratio, '.2f')} "
                         f"| {through['documents'] / mode['ingest']:,.0f} | {mode['export']:.1f} |")  # fmt: skip
        lines.append("")
    if resolved:
        lines += ["### Resolution of synthetic person mentions", "",
                  "| mentions | seconds | peak MB | pairwise F1 |", "|---:|---:|---:|---:|"]  # fmt: skip
        for r in resolved:
            if "error" in r:
                lines.append(f"| {r['size']:,} | failed: {r['error'][-120:]} | | |")
            else:
                lines.append(f"| {r['size']:,} | {r['seconds']:.1f} | {r['peak_mb']:,.0f} | {r['f1']:.3f} |")
        lines.append("")
    if bases:
        lines += ["### The case base at each size (casebase.py run; export timed here)", "",
                  "| documents | ingest s | process s | export s | persons | facts | main peak MB "
                  "| case file p50/p95 ms | search p50/p95 ms |",
                  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
        for b in bases:
            lines.append(f"| {b['size']:,} | {_f(b['ingest'], '.0f')} | {_f(b['process'], '.0f')} "
                         f"| {_f(b.get('export'), '.1f')} | {_f(b['persons'], ',')} | {_f(b['facts'], ',')} "
                         f"| {_f(b['peak_mb'], '.0f')} | {_f(b['case_p50'], '.1f')} / {_f(b['case_p95'], '.1f')} "
                         f"| {_f(b['search_p50'], '.1f')} / {_f(b['search_p95'], '.1f')} |")  # fmt: skip
        lines.append("")
    series = _series(resolved, bases)
    if series:
        lines += ["### Growth between the two largest sizes (exponent of cost against size; 1.0 = linear)", "",
                  "| stage | exponent |", "|---|---:|"]  # fmt: skip
        for name, points in series.items():
            lines.append(f"| {name} | {_f(exponent(points), '.2f')} |")
        lines.append("")
    return lines


def _f(value: Any, fmt: str) -> str:
    return "n/m" if value is None else format(value, fmt)


def _series(resolved: list[dict[str, Any]], bases: list[dict[str, Any]]) -> dict[str, list[tuple[float, float]]]:
    series: dict[str, list[tuple[float, float]]] = {}
    for stage in ("ingest", "process", "export"):
        points = [(float(b["size"]), float(b[stage])) for b in bases if b.get(stage)]
        if len(points) >= 2:
            series[f"{stage} (documents)"] = points
    points = [(float(r["size"]), float(r["seconds"])) for r in resolved if "error" not in r]
    if len(points) >= 2:
        series["resolution (mentions)"] = points
    return series


def plot(resolved: list[dict[str, Any]], bases: list[dict[str, Any]], path: Path) -> bool:
    series = _series(resolved, bases)
    if not series:
        return False
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    figure, axes = plt.subplots(figsize=(7, 5))
    low = min(s for points in series.values() for s, _ in points)
    high = max(s for points in series.values() for s, _ in points)
    for name, points in series.items():
        axes.plot(*zip(*sorted(points), strict=True), marker="o", label=name)
    start = min(c for points in series.values() for _, c in points)
    axes.plot([low, high], [start, start * high / low], linestyle=":", color="grey", label="linear")
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("size (documents, or mentions for resolution)")
    axes.set_ylabel("seconds")
    axes.set_title("tumen: cost against size")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="English articles for the throughput runs (0: skip)")
    parser.add_argument("--casebase", type=Path, help="the --workdir of a benchmarks/casebase.py run")
    parser.add_argument("--resolution", default="10000,100000,1000000", help="mention counts ('' to skip)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="where scale.md and scale.png are written")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="tumen-scale-"))
    out.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as folder:
        through = throughput(args.docs, args.seed, Path(folder)) if args.docs > 0 else None
    resolved = resolution([int(s) for s in args.resolution.split(",") if s], args.seed)
    bases = casebase(args.casebase) if args.casebase else []
    from casebase import machine

    info = machine()
    head = [f"tumen scale benchmark: commit `{info['commit']}`, {info['date']}; {info['nproc']} cores "
            f"({info['cpu']}), {info['memory']}; 1-min load {load:.1f} at the start, "
            f"{os.getloadavg()[0]:.1f} at the end", ""]  # fmt: skip
    lines = head + tables(through, resolved, bases)
    (out / "scale.md").write_text("\n".join(lines), encoding="utf-8")
    plotted = plot(resolved, bases, out / "scale.png")
    print("\n".join(lines))
    print(f"written: {out / 'scale.md'}" + (f", {out / 'scale.png'}" if plotted else ""))
    if through:
        raw = through["raw_seconds"]
        modes = through["modes"]
        one = modes["1 worker"]["seconds"]
        print(f"scale: process_ratio={raw / one:.2f} two_workers={one / modes['2 workers']['seconds']:.2f} "
              f"dask_local_2={one / modes['Dask LocalCluster of 2']['seconds']:.2f} "
              "(goals >= 0.70, 1.60, 1.50)")  # fmt: skip


if __name__ == "__main__":
    main()

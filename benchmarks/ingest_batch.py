"""Ingesting one JSONL batch: documents per second, CPU seconds and peak memory of the ingest alone.

    python benchmarks/ingest_batch.py --records 20000 [--workdir DIR] [--seed 7] [--sample 30]

A synthetic batch of ``--records`` articles (``synthetic.Corpus``, seeded; written once into ``--workdir`` and reused)
is ingested with ``Tumen.ingest`` (as ``tumen ingest`` does: audit log, evidence chain, search index) into a fresh
SQLite store, in a fresh process, so that its peak memory (``VmHWM`` from /proc/self/status, not ``ru_maxrss``,
which Linux carries over an exec) is the ingest's own. Reported: seconds until the last record's result (``store``),
seconds of the search index's catch-up after it (``index``), documents per second over both, CPU seconds, peak and
resident memory (every 10% of the batch, at least every 100,000 records, and every ``--sample`` seconds).

The reference, measured in the same run and in a fresh process too: reading the same batch line by line, parsing
each line as JSON and taking the SHA-256 of its bytes, the least any ingest of it must do. ``ratio`` is the
ingest's CPU seconds over the reference's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from casebase_stages import cpu_seconds, peak_mb, rss_mb


def _batch(workdir: Path, records: int, seed: int) -> Path:
    path = workdir / f"batch-{records}-{seed}.jsonl"
    if not path.exists():
        from synthetic import Corpus

        partial = path.with_suffix(".part")
        Corpus(records, seed).write_jsonl(partial)
        partial.rename(path)
    return path


def stage_reference(batch: Path) -> dict[str, Any]:
    started, cpu = time.perf_counter(), cpu_seconds()
    count = 0
    with batch.open("rb") as lines:
        for line in lines:
            json.loads(line)
            hashlib.sha256(line.rstrip(b"\n")).hexdigest()
            count += 1
    return {
        "records": count,
        "seconds": time.perf_counter() - started,
        "cpu": cpu_seconds() - cpu,
        "peak_mb": peak_mb(),
    }


def stage_ingest(batch: Path, url: str, total: int, sample: float) -> dict[str, Any]:
    from tumen import Tumen
    from tumen.ingest import Result

    tumen = Tumen.init(url)
    milestones: list[dict[str, float]] = []
    samples: list[dict[str, float]] = []
    done = [0]
    step = min(100_000, max(1, total // 10))
    started, cpu = time.perf_counter(), cpu_seconds()
    last_result = [started]
    stop = threading.Event()

    def sampler() -> None:
        while not stop.wait(sample):
            row = {"seconds": time.perf_counter() - started, "records": done[0], "rss_mb": rss_mb()}
            samples.append(row)
            print(json.dumps({"sample": row}), file=sys.stderr, flush=True)

    def seen(_result: Result) -> None:
        done[0] += 1
        last_result[0] = time.perf_counter()
        if done[0] % step == 0:
            milestones.append({"records": done[0], "seconds": last_result[0] - started, "rss_mb": rss_mb()})

    thread = threading.Thread(target=sampler, daemon=True)
    thread.start()
    report = tumen.ingest([str(batch)], on_result=seen)
    seconds = time.perf_counter() - started
    used = cpu_seconds() - cpu
    stop.set()
    documents = tumen.store.count()
    tumen.close()
    return {
        "records": done[0],
        "documents": documents,
        "summary": report.summary(),
        "seconds": seconds,
        "store_seconds": last_result[0] - started,
        "index_seconds": seconds - (last_result[0] - started),
        "cpu": used,
        "peak_mb": peak_mb(),
        "rss_mb": rss_mb(),
        "milestones": milestones,
        "samples": samples,
    }


def _in_child(*args: str) -> dict[str, Any]:
    command = [sys.executable, __file__, "--stage", *args]
    out = subprocess.run(command, check=True, capture_output=False, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path, default=None, help="where the batch is kept (default: a temp dir)")
    parser.add_argument("--sample", type=float, default=30.0, help="seconds between resident-memory samples")
    parser.add_argument("--stage", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        kind, *rest = args.stage
        if kind == "reference":
            result = stage_reference(Path(rest[0]))
        else:
            result = stage_ingest(Path(rest[0]), rest[1], int(rest[2]), float(rest[3]))
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory(prefix="tumen-ingest-") as scratch:
        workdir = args.workdir or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        batch = _batch(workdir, args.records, args.seed)
        size_mb = batch.stat().st_size / 1e6
        reference = _in_child("reference", str(batch))
        db = Path(scratch) / "ingest.db"
        ingest = _in_child("ingest", str(batch), f"sqlite:///{db}", str(args.records), str(args.sample))
        db_mb = sum(p.stat().st_size for p in Path(scratch).glob("ingest.db*")) / 1e6
    load = os.getloadavg()
    print(json.dumps({"records": args.records, "batch_mb": round(size_mb, 1), "store_mb": round(db_mb, 1),
                      "reference": reference, "ingest": ingest, "loadavg": load}, indent=1))  # fmt: skip
    rate = ingest["documents"] / ingest["seconds"]
    print(
        f"{ingest['summary']}: {ingest['seconds']:.1f} s ({ingest['store_seconds']:.1f} storing, "
        f"{ingest['index_seconds']:.1f} indexing) = {rate:,.0f} docs/s; CPU {ingest['cpu']:.1f} s "
        f"({ingest['cpu'] / max(reference['cpu'], 1e-9):.0f}x the reference's {reference['cpu']:.2f} s, "
        "JSON + SHA-256); "
        f"peak {ingest['peak_mb']:.1f} MB; load average {load[0]:.2f}"
    )


if __name__ == "__main__":
    main()

"""Adding a batch of documents to a large processed base: does the work grow with the batch or with the base?

    python benchmarks/add_batch.py --workdir DIR [--sizes 1000,100000] [--count 1000] [--density growing]

``DIR`` is a ``casebase.py --workdir`` holding processed SQLite bases (``base-SIZE.db``). For each size, the base is
copied (the original is left as it was), ``--count`` follow-up articles about persons the base already holds
(``synthetic.Corpus.extra_article``, seeded) are ingested and processed with ``--workers``, and the run reports:
seconds and CPU (this process and its children) per added document, the case-base updates it took, and how many
person records and facts the base holds before and after — against the same batch added to the smallest base.
If the work grows with the base, the largest base's seconds per added document grow with it; if it grows with
what the batch touches (the regions of its names, places and days), they stay near the small base's.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from casebase_stages import cpu_with_children
from synthetic import Corpus


def _counts(tumen: Any) -> dict[str, int]:
    import sqlalchemy as sa

    from tumen.store import case_schema as t

    with tumen.store.engine.connect() as conn:
        return {
            "records": conn.execute(sa.select(sa.func.count()).select_from(t.case_records)).scalar_one(),
            "persons": conn.execute(sa.select(sa.func.count()).select_from(t.persons)).scalar_one(),
            "facts": conn.execute(sa.select(sa.func.count()).select_from(t.facts)).scalar_one(),
        }


def add(base: Path, size: int, count: int, seed: int, density: str, workers: int, scratch: Path) -> dict[str, Any]:
    from tumen import Tumen

    copy = scratch / f"copy-{size}.db"
    shutil.copyfile(base, copy)
    corpus = Corpus(size, seed, density)
    batch = scratch / f"add-{size}.jsonl"
    with batch.open("w", encoding="utf-8") as out:
        for number in range(count):
            out.write(json.dumps(corpus.extra_article(number).record(), ensure_ascii=False) + "\n")
    tumen = Tumen.open(f"sqlite:///{copy}")
    before = _counts(tumen)
    started, cpu = time.perf_counter(), cpu_with_children()
    ingested = tumen.ingest([str(batch)])
    report = tumen.process(workers=workers)
    seconds, used = time.perf_counter() - started, cpu_with_children() - cpu
    after = _counts(tumen)
    tumen.close()
    copy.unlink()
    return {
        "size": size, "added": report.processed, "failed": ingested.failed + len(report.failed),
        "seconds": seconds, "cpu": used, "updates": report.updates, "before": before, "after": after,
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, required=True, help="a casebase.py --workdir with processed bases")
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--density", choices=["fixed", "growing"], default="growing")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(dir=args.workdir) as scratch:
        for size in [int(s) for s in args.sizes.split(",")]:
            base = args.workdir / f"base-{size}.db"
            if not base.exists():
                raise SystemExit(f"{base}: no processed base of {size} documents (run casebase.py first)")
            rows.append(add(base, size, args.count, args.seed, args.density, args.workers, Path(scratch)))
            row = rows[-1]
            print(
                f"base {size:>7} docs ({row['before']['records']:>7} records, {row['before']['facts']:>7} facts): "
                f"added {row['added']} in {row['seconds']:.1f} s ({row['seconds'] * 1000 / max(1, row['added']):.1f} "
                f"ms/doc), CPU {row['cpu']:.1f} s, {row['updates']} updates, failed {row['failed']}; "
                f"after: {row['after']['records']} records, {row['after']['facts']} facts",
                flush=True,
            )
    if len(rows) >= 2:
        small, large = rows[0], rows[-1]
        ratio = (large["seconds"] / max(1, large["added"])) / (small["seconds"] / max(1, small["added"]))
        larger = large["before"]["records"] / max(1, small["before"]["records"])
        print(f"add_batch: per added document, the {large['size']} base costs {ratio:.2f}x the {small['size']} base "
              f"(its records: {larger:.0f}x)")  # fmt: skip


if __name__ == "__main__":
    main()

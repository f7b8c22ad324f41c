"""The CPU of the case-base updates alone: stored extractions absorbed again from an empty case base.

    python benchmarks/absorb.py --workdir DIR [--docs 400] [--seed 7] [--forked] [--profile OUT.prof] [--top 40]

The first run makes ``DIR/base-<docs>.db``: ``--docs`` English articles of the synthetic corpus (``synthetic.py``,
density "growing", as ``scale.py`` takes them) ingested into a SQLite store and processed with one worker, so their
extractions are stored. Each run then copies that base, empties the case base (every table of
``tumen.store.case_schema`` but ``case_versions``) and absorbs the pending documents in this process, in updates
sized as ``tumen process`` sizes them (``ABSORB`` documents at first, then ``next_absorb``), so the CPU measured
(``time.process_time`` and the ended children's CPU: the machine is shared, wall time says little) is the updates'
own. Without ``--forked`` every update runs in this process, with it every update after the first runs in a child
forked for it, as ``tumen process`` runs them (what the child compiles and caches is lost when it exits). With
``--profile`` (not forked), under ``cProfile`` with CPU time, and the ``--top`` functions by cumulative time are
printed.

Printed: documents absorbed, updates, CPU seconds, and the SHA-256 of the resulting case base (the JSON export's
items without the versions block), which must not change when only the updates' speed does, beside that of the
processed base (absorbing the same extractions again gives the same case base).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import resource
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import Corpus


def base(folder: Path, docs: int, seed: int) -> Path:
    """The processed base of ``docs`` articles, made once."""
    from tumen import Tumen

    path = folder / f"base-{docs}-{seed}.db"
    if path.exists():
        return path
    articles = [a for a in Corpus(docs * 2, seed, "growing").articles() if a.language == "en"][:docs]
    batch = folder / f"articles-{docs}-{seed}.jsonl"
    batch.write_text("".join(json.dumps(a.record(), ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    making = folder / "making.db"
    making.unlink(missing_ok=True)
    tumen = Tumen.init(str(making))
    tumen.ingest([str(batch)])
    tumen.process(workers=1)
    tumen.close()
    making.rename(path)
    return path


def emptied(source: Path, target: Path) -> None:
    """A copy of the base whose case base is empty: every stored extraction is pending."""
    import sqlalchemy as sa

    from tumen.store import case_schema

    shutil.copyfile(source, target)
    engine = sa.create_engine(f"sqlite:///{target}")
    tables = [v for v in vars(case_schema).values() if isinstance(v, sa.Table) and v.name != "case_versions"]
    with engine.begin() as conn:
        for table in tables:
            conn.execute(table.delete())
    engine.dispose()


def absorb_all(path: Path, forked: bool = False) -> tuple[int, int]:
    """Absorb every pending document in updates sized as ``tumen process`` sizes them: (documents, updates)."""
    from tumen.pipeline.process import ABSORB, absorb, next_absorb
    from tumen.store import Store

    store = Store.open(f"sqlite:///{path}")
    with store.updating() as tables:
        pending = tables.pending()
    size, done, updates = ABSORB, 0, 0
    while pending:
        taken, pending = pending[:size], pending[size:]
        updated = absorb(store, taken, forked=forked and updates > 0)
        size, done, updates = next_absorb(len(taken), updated), done + updated.documents, updates + 1
    store.close()
    return done, updates


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def digest(path: Path) -> str:
    from tumen import Tumen
    from tumen.export.json_export import to_json

    tumen = Tumen.open(str(path))
    data = to_json(tumen.casebase())
    tumen.close()
    data.pop("versions", None)
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, required=True, help="keeps the processed base for later runs")
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--forked", action="store_true", help="every update after the first in a forked child")
    parser.add_argument("--profile", type=Path, help="write a cProfile (CPU time) of the updates here")
    parser.add_argument("--top", type=int, default=40, help="functions printed from the profile")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    source = base(args.workdir, args.docs, args.seed)
    target = args.workdir / "absorb.db"
    emptied(source, target)
    import tumen.pipeline.process  # noqa: F401  (its imports are not the updates' work)

    if args.profile and args.forked:
        raise SystemExit("--profile sees this process only: not with --forked")
    profiler = cProfile.Profile(time.process_time) if args.profile else None
    started, children = time.process_time(), _children_cpu()
    if profiler is not None:
        profiler.enable()
    documents, updates = absorb_all(target, args.forked)
    if profiler is not None:
        profiler.disable()
    own, forked = time.process_time() - started, _children_cpu() - children
    print(f"absorbed {documents} documents in {updates} updates: {own + forked:.2f} s CPU ({forked:.2f} s in children)")
    print(f"case base sha256 {digest(target)} (the processed base: {digest(source)})")
    if profiler is not None:
        profiler.dump_stats(str(args.profile))
        pstats.Stats(str(args.profile)).sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()

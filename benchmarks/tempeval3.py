"""TempEval-3 (SemEval-2013 Task 1) temporal expressions: tumen's time extraction against TimeML gold.

    python benchmarks/tempeval3.py --gold DIR [--scorer DIR] [--out DIR] [--own-scorer] [--jobs N] [--errors FILE]

DIR holds TimeML ``.tml`` files, in sub-folders or not (``TBAQ-cleaned/`` has ``TimeBank/`` and
``AQUAINT/``). For each file, tumen's :func:`tumen.extract.time.find_times` reads the text inside
``<TEXT>`` (entities decoded) with the document creation time — the TIMEX3 whose functionInDocument is
CREATION_TIME — as the anchor. A copy of the file is written to ``--out`` (a temporary folder by
default), mirroring the layout of DIR: everything outside ``<TEXT>`` stays as in the gold file (DOCID,
the DCT and its TIMEX3, TITLE, EXTRAINFO …) except the event instances and links (MAKEINSTANCE, TLINK,
SLINK, ALINK), which refer to gold annotations that are no longer there; inside ``<TEXT>`` every gold tag
(TIMEX3, EVENT, SIGNAL) is removed and tumen's expressions are inserted as ``<TIMEX3 tid type value
[mod]>`` — a range ("from 1991 to 1997") as its two ends, since a TimeML value cannot be a range. The text
itself is kept byte for byte, entities included.

Scoring: the official scorer (``TE3-evaluation.py`` in ``--scorer``, by default ``te3-tools`` beside
DIR) when Python 2, Java and Perl are available. It runs on a copy of itself in a temporary folder (it
writes beside its inputs), on flat copies of the gold and system files (its id normaliser does not read
sub-folders; file names must be unique), split into ``--jobs`` parallel runs whose counts are added (one to
two minutes on TBAQ-cleaned with two cores, nearly all of it in the scorer's Java id normaliser; the rest of
the script takes seconds). Otherwise — or with ``--own-scorer``, or when the official scorer fails — a Python 3
re-implementation of the same timex metrics: the normaliser's alignment (a system and a gold expression
match when one begins at a token inside the other, each taken once, in text order), strict match = same
text, relaxed match = aligned; value and type F1 = (matching attribute / relaxed matches) × relaxed F1.
This script only maps formats and scores; every decision is made by :mod:`tumen.extract.time`. TimeML is read
and written in ``tempeval3_timeml.py``, the Python 3 scorer is ``tempeval3_scoring.py``.
``--errors FILE`` writes the misses, false alarms, wrong extents and wrong values (from the Python 3
scorer) as TSV. The LAST line is::

    tempeval3: strict_f1=.. relaxed_f1=.. value_f1=.. type_f1=..
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from tempeval3_scoring import Counts, Scores, own_counts
from tempeval3_timeml import annotate

# --- the official scorer ----------------------------------------------------------------------------------


def find_python2(explicit: str | None) -> str | None:
    """The real path of a Python 2 interpreter: ``explicit``, ``python2`` on PATH, or a pyenv 2.x version."""
    env = dict(os.environ)
    attempts: list[tuple[str, dict[str, str]]] = []
    if explicit:
        attempts.append((explicit, env))
    elif shutil.which("python2"):
        attempts.append(("python2", env))
        if shutil.which("pyenv"):
            try:
                listed = subprocess.run(["pyenv", "versions", "--bare"], capture_output=True, text=True, timeout=30)
            except (OSError, subprocess.SubprocessError):
                listed = None
            versions = [v.strip() for v in listed.stdout.split()] if listed is not None else []
            attempts += [("python2", {**env, "PYENV_VERSION": v}) for v in versions if v.startswith("2.")]
    for command, attempt_env in attempts:
        try:
            done = subprocess.run(
                [command, "-c", "import sys; print(sys.version_info[0]); print(sys.executable)"],
                capture_output=True,
                text=True,
                env=attempt_env,
                timeout=30,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        lines = done.stdout.split()
        if done.returncode == 0 and len(lines) == 2 and lines[0] == "2":
            return lines[1]
    return None


def _writable(root: Path) -> None:
    for folder, dirs, files in os.walk(root):
        for name in [*dirs, *files]:
            path = Path(folder) / name
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
    root.chmod(root.stat().st_mode | stat.S_IWUSR)


_ROW = re.compile(r"^\s+([\d.]+)\s+([\d.]+)(?:\s+([\d.]+))?\s*$")
_DETAIL = {
    "strict_r": r"Strict Recall: (\S+)",
    "relaxed_r": r"Relaxed Recall: (\S+)",
    "strict_p": r"Strict Precision: (\S+)",
    "gold": r"in gold data: (\d+)",
    "system": r"in system data: (\d+)",
    "relaxed": r"matching timex: (\d+)",
    "type": r"matching type: (\d+)",
    "value": r"matching value: (\d+)",
}


def parse_official(output: str) -> tuple[Counts, Scores]:
    """The timex counts (from the details of debug level 0.5) and the final figures of TE3-evaluation.py's
    report; the figures recomputed from the counts must agree with the reported ones."""
    details = output.split("TIMEX EXTRACTION RECALL PERFORMANCE", 1)
    table = output.split("=== Timex Performance ===", 1)
    if len(details) != 2 or len(table) != 2:
        raise ValueError("no timex figures in the scorer's output")
    found = {key: re.search(pattern, details[1]) for key, pattern in _DETAIL.items()}
    number = {key: float(m[1]) if m else 0.0 for key, m in found.items()}
    if found["gold"] is None or found["system"] is None:
        raise ValueError("no timex counts in the scorer's output")
    gold, system = int(number["gold"]), int(number["system"])
    strict = round(number["strict_r"] * gold) if gold else round(number["strict_p"] * system)
    counts = Counts(gold, system, strict, int(number["relaxed"]), int(number["value"]), int(number["type"]))
    if gold and round(number["relaxed_r"] * gold) != counts.relaxed:
        raise ValueError("inconsistent timex counts in the scorer's output")
    rows = [m for m in (_ROW.match(line) for line in table[1].splitlines()) if m is not None]
    if len(rows) < 3:
        raise ValueError("incomplete timex figures in the scorer's output")
    strict_row, relaxed_row, attributes = rows[:3]
    reported = Scores(
        strict_p=float(strict_row[2]),
        strict_r=float(strict_row[3]),
        strict_f1=float(strict_row[1]),
        relaxed_p=float(relaxed_row[2]),
        relaxed_r=float(relaxed_row[3]),
        relaxed_f1=float(relaxed_row[1]),
        value_f1=float(attributes[1]),
        type_f1=float(attributes[2]),
    )
    recomputed = Scores.of(counts)
    for name in ("strict_f1", "relaxed_f1", "value_f1", "type_f1"):
        if abs(getattr(reported, name) - getattr(recomputed, name)) > 0.006:
            raise ValueError(
                f"{name}: the scorer reports {getattr(reported, name)}, its counts give {getattr(recomputed, name)}"
            )
    return counts, reported


def official_counts(pairs: list[tuple[Path, Path]], scorer: Path, python2: str, jobs: int = 1) -> Counts:
    """Run TE3-evaluation.py from a writable copy of the scorer on flat copies of the files, in ``jobs``
    parallel runs on parts of the files (the scorer sums counts over files: the parts' counts add up)."""
    names = [gold.name for gold, _ in pairs]
    if len(set(names)) != len(names):
        raise ValueError("file names are not unique across sub-folders")
    parts = [pairs[k::jobs] for k in range(jobs) if pairs[k::jobs]]
    with tempfile.TemporaryDirectory(prefix="tempeval3-") as tmp:
        work = Path(tmp)
        tools = work / "tools"
        shutil.copytree(scorer, tools)
        _writable(tools)
        bin_dir = work / "bin"
        bin_dir.mkdir()
        (bin_dir / "python").symlink_to(python2)  # the scorer calls "python" for its own sub-scripts
        env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
        env.pop("PYENV_VERSION", None)
        runs: list[subprocess.Popen[str]] = []
        for number, part in enumerate(parts):
            folders = [work / f"gold{number}", work / f"system{number}"]
            for folder in folders:
                folder.mkdir()
            for gold, system in part:
                shutil.copyfile(gold, folders[0] / gold.name)
                shutil.copyfile(system, folders[1] / gold.name)
            command = [python2, "TE3-evaluation.py", str(folders[0]), str(folders[1]), "0.5"]
            runs.append(
                subprocess.Popen(
                    command, cwd=tools, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
                )
            )
        total = Counts()
        for run in runs:
            output, _ = run.communicate(timeout=3600)
            for problem in ("TEXTS NOT SAME", "NOT EVALUATING", "INVALID INPUT", "not a valid TimeML"):
                if problem in output:
                    raise RuntimeError(f"official scorer: {problem}\n{output[-3000:]}")
            total.add(parse_official(output)[0])
        return total


# --- main -------------------------------------------------------------------------------------------------


def _why_own(asked: bool, python2: str | None, missing: list[str], scorer: Path) -> str:
    if asked:
        return "--own-scorer"
    if python2 is None:
        return "no Python 2"
    if missing:
        return f"no {', '.join(missing)}"
    if not (scorer / "TE3-evaluation.py").is_file():
        return f"no TE3-evaluation.py in {scorer}"
    return "the official scorer failed"


def tml_files(root: Path) -> Iterator[Path]:
    yield from sorted(p for p in root.rglob("*.tml") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, required=True, help="folder of gold .tml files (sub-folders read)")
    parser.add_argument("--scorer", type=Path, help="te3-tools folder (default: te3-tools beside --gold)")
    parser.add_argument("--out", type=Path, help="write tumen's .tml files here (default: a temporary folder)")
    parser.add_argument("--python2", help="Python 2 interpreter for the official scorer (default: found)")
    parser.add_argument("--own-scorer", action="store_true", help="use the Python 3 scorer, not the official one")
    parser.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1), help="parallel scorer runs")
    parser.add_argument("--errors", type=Path, help="write the errors (Python 3 scorer) to this TSV file")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    gold_root: Path = args.gold
    files = list(tml_files(gold_root))
    if not files:
        parser.error(f"no .tml files in {gold_root}")
    with tempfile.TemporaryDirectory(prefix="tempeval3-out-") as tmp:
        out_root: Path = args.out or Path(tmp)
        pairs: list[tuple[Path, Path]] = []
        n_found = 0
        for gold in files:
            system = out_root / gold.relative_to(gold_root)
            system.parent.mkdir(parents=True, exist_ok=True)
            annotated, expressions = annotate(gold.read_text(encoding="utf-8"))
            system.write_text(annotated, encoding="utf-8")
            n_found += len(expressions)
            pairs.append((gold, system))
        print(f"{len(files)} files, {n_found} time expressions found ({time.perf_counter() - started:.1f} s)")

        scorer: Path = args.scorer or gold_root.resolve().parent / "te3-tools"
        python2 = None if args.own_scorer else find_python2(args.python2)
        missing = [tool for tool in ("java", "perl") if shutil.which(tool) is None]
        official = (
            python2 is not None and not missing and (scorer / "TE3-evaluation.py").is_file() and not args.own_scorer
        )
        own = own_counts(pairs, args.errors) if args.errors is not None or not official else None
        scores: Scores | None = None
        if official:
            assert python2 is not None
            try:
                scores = Scores.of(official_counts(pairs, scorer, python2, max(1, args.jobs)))
                print(f"scorer: official TE3-evaluation.py ({scorer}, Python 2 at {python2})")
            except (OSError, RuntimeError, ValueError, subprocess.SubprocessError) as error:
                print(f"the official scorer failed ({error}); falling back to the Python 3 scorer", file=sys.stderr)
        if scores is None:
            scores = Scores.of(own if own is not None else own_counts(pairs))
            print(f"scorer: tumen's Python 3 re-implementation ({_why_own(args.own_scorer, python2, missing, scorer)})")
    print(f"strict  P={scores.strict_p:.2f} R={scores.strict_r:.2f} F1={scores.strict_f1:.2f}")
    print(f"relaxed P={scores.relaxed_p:.2f} R={scores.relaxed_r:.2f} F1={scores.relaxed_f1:.2f}")
    print(f"attribute F1: value={scores.value_f1:.2f} type={scores.type_f1:.2f}")
    print(f"time {time.perf_counter() - started:.0f} s", file=sys.stderr)
    print(
        f"tempeval3: strict_f1={scores.strict_f1:.1f} relaxed_f1={scores.relaxed_f1:.1f} "
        f"value_f1={scores.value_f1:.1f} type_f1={scores.type_f1:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

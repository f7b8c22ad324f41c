"""benchmarks/casebase.py on a tiny synthetic corpus: it runs end to end and prints its table and goals."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from synthetic import Corpus

ROOT = Path(__file__).resolve().parent.parent


def test_corpus_is_deterministic_and_invented() -> None:
    first = [a.record() for a in Corpus(40, seed=3).articles()]
    again = [a.record() for a in Corpus(40, seed=3).articles()]
    assert first == again
    assert len(first) == 40
    assert len({a["text"] for a in first}) == 40  # wire copies differ from their originals
    words = [len(a["text"].split()) for a in first if a["language"] == "en"]
    assert min(words) >= 40 and max(words) <= 180
    extra = Corpus(40, seed=3).extra_article(0)
    assert extra.text not in {a["text"] for a in first}


def test_quick_run_prints_table_and_goals(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "casebase.py"), "--quick", "--workdir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,  # about 15 s of CPU; the machine may be shared
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.split()[:2] == ["docs", "store"])
    row = lines[header + 1].split()
    assert row[:2] == ["30", "sqlite"]
    assert "n/m" not in row, lines[header + 1]  # every column measured
    assert any(line.startswith("add one document to 30 on sqlite: first") for line in lines)
    goals = [line for line in lines if line.startswith("goal ")]
    assert len(goals) == 3
    assert "goal case file p95 < 50 ms at 100000 on sqlite: NOT MEASURED" in goals


def test_a_replicated_size_is_read_and_reported_as_not_processed(tmp_path: Path) -> None:
    """--replicate-above: a size above it is copies of the processed base (benchmarks/replicate.py); its persons
    are read by id like any others, and the report never passes it off as processed."""
    script = str(ROOT / "benchmarks" / "casebase.py")
    done = subprocess.run(
        [sys.executable, script, "--quick", "--sizes", "30,60", "--replicate-above", "30", "--workdir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=400,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    replicated = next(line for line in lines if line.split()[:2] == ["60", "sqlite"]).split()
    assert replicated[-5:] != ["n/m"] * 5, replicated  # its reads were measured
    assert any(line.startswith("60 on sqlite: NOT PROCESSED — 2 copies of the processed 30 base") for line in lines)
    assert not any("read did not complete" in line for line in lines), "\n".join(lines)
    assert any(line.startswith("add one document to 30 on sqlite: first") for line in lines)  # the processed size

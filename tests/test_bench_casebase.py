"""benchmarks/casebase.py on a tiny synthetic corpus: it runs end to end and prints its table and goals."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
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


def test_growing_density_spreads_places_and_years_with_the_corpus() -> None:
    """density="growing" adds towns, facilities, foreign cities and years as the corpus grows; "fixed" does not."""
    small, large = Corpus(1_000, seed=3, density="growing"), Corpus(100_000, seed=3, density="growing")
    assert (len(small.towns), small.first_year) == (24, 2005)
    assert len(large.towns) == 500 and len(set(large.towns)) == 500
    assert len(large.facilities) > 200 and len(large.abroad) > 30 and large.first_year == 1995
    fixed = Corpus(100_000, seed=3)
    assert (len(fixed.towns), len(fixed.abroad), fixed.first_year) == (24, 7, 2005)
    homes = {p.home for p in large.persons[:3000]}
    assert len(homes) > 300  # the persons live in the added towns too
    years = [e.when.year for p in large.persons[:3000] for e in p.events]
    assert min(years) < 2000
    with pytest.raises(ValueError, match="density"):
        Corpus(10, density="sparse")


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

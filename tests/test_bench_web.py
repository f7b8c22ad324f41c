"""benchmarks/web.py on a tiny synthetic corpus: it builds the store, times every request kind and prints its table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ["SELECT 1", "/openapi.json", "/api/persons/{id}", "/api/search?q=", "/api/events?person="]


def test_quick_run_prints_every_request_kind(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "web.py"), "--quick", "--workdir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,  # about 30 s of work; the machine may be shared
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.split()[:3] == ["docs", "store", "request"])
    rows = {line[19:41].strip(): line.split() for line in lines[header + 1 :] if line.strip()}
    for kind in KINDS:
        row = rows[kind]
        assert row[:2] == ["30", "sqlite"], row
        numbers = [float(x) for x in row[-7:]]  # n, p50, p95 and the four ratios: every one measured
        assert numbers[0] == 20 and numbers[1] > 0 and numbers[2] >= numbers[1], row
    assert float(rows["SELECT 1"][-4]) == 1.0  # the reference against itself
    assert "/persons/{id} (page)" in rows  # measured, or said to be not there

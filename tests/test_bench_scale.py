"""benchmarks/scale.py on a handful of documents: it measures every way of processing (one worker, two, a Dask
LocalCluster) against raw spaCy, resolution at two sizes, and writes its Markdown table and log-log plot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_small_run_writes_the_table_and_the_plot(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "scale.py"), "--docs", "6", "--resolution", "300,600",
         "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    table = (tmp_path / "scale.md").read_text(encoding="utf-8")
    rows = ["| raw spaCy", "| tumen process, 1 worker", "| tumen process, 2 workers",
            "| tumen process, Dask LocalCluster of 2", "| 300 |", "| 600 |", "| resolution (mentions) |"]  # fmt: skip
    for row in rows:
        assert row in table, row
    assert (tmp_path / "scale.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("scale: process_ratio=") and "dask_local_2=" in last

"""benchmarks/load.py for 3 seconds with 5 clients on a tiny SQLite store: every request answered (0 errors) and
every document uploaded meanwhile stored and processed (nothing lost)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENDPOINTS = ["/openapi.json", "/api/persons", "/api/persons/{id}", "/api/search?q=", "/api/events"]


def test_a_short_load_run_has_no_errors_and_loses_no_upload(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "load.py"), "--seconds", "3", "--clients", "5", "--uploads", "2",
         "--stores", "sqlite", "--size", "30", "--workers", "1", "--workdir", str(tmp_path)],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    rows = {line.split()[1]: line.split() for line in done.stdout.splitlines() if line.startswith("sqlite ")}
    for endpoint in ENDPOINTS:
        requests, errors = int(rows[endpoint][2]), int(rows[endpoint][3])
        assert requests > 0 and errors == 0, rows[endpoint]
    assert rows["/openapi.json"][-3] == "1.0", "the reference against itself"
    pattern = r"^sqlite: (\d+) requests .* errors (\d+); uploads (\d+)/(\d+) stored and processed \(lost (\d+)\)"
    summary = re.search(pattern, done.stdout, re.M)
    assert summary, done.stdout
    total, errors, processed, uploads, lost = (int(x) for x in summary.groups())
    assert total == sum(int(rows[e][2]) for e in ENDPOINTS) and errors == 0
    assert (processed, uploads, lost) == (2, 2, 0)

"""benchmarks/absorb.py on a few synthetic articles: the updates it times rebuild the processed case base."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_absorb_rebuilds_the_processed_case_base(tmp_path: Path) -> None:
    script = str(ROOT / "benchmarks" / "absorb.py")
    done = subprocess.run(
        [sys.executable, script, "--workdir", str(tmp_path), "--docs", "12", "--forked"],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    found = re.search(r"absorbed (\d+) documents in (\d+) updates: ([\d.]+) s CPU", done.stdout)
    assert found is not None, done.stdout
    assert int(found[1]) == 12 and int(found[2]) >= 1 and float(found[3]) > 0
    digests = re.search(r"case base sha256 ([0-9a-f]{64}) \(the processed base: ([0-9a-f]{64})\)", done.stdout)
    assert digests is not None, done.stdout
    assert digests[1] == digests[2]  # emptied and absorbed again: the same case base as processing made

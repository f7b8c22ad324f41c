"""benchmarks/ecbplus.py end to end on one small ECB+ topic (skipped without ../shared)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import ROOT, SHARED

ECBPLUS = SHARED / "eval" / "ecbplus" / "ECB+"
LAST_LINE = re.compile(
    r"ecbplus: entity_conll_f1=(\d+\.\d) event_conll_f1=(\d+\.\d) "
    r"entity_muc=(\d+\.\d) entity_b3=(\d+\.\d) entity_ceafe=(\d+\.\d)"
)


@pytest.mark.slow
@pytest.mark.skipif(not (ECBPLUS / "16").is_dir(), reason=f"the ECB+ corpus is not in {ECBPLUS}")
def test_benchmark_runs_on_one_topic() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "ecbplus.py"), "--corpus", str(ECBPLUS), "--topics", "16"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    last = run.stdout.strip().splitlines()[-1]
    match = LAST_LINE.fullmatch(last)
    assert match, last
    numbers = [float(x) for x in match.groups()]
    assert all(0.0 <= x <= 100.0 for x in numbers)
    entity_conll, _event_conll, muc, b3, ceafe = numbers
    assert abs(entity_conll - (muc + b3 + ceafe) / 3) <= 0.1
    assert entity_conll > 30  # far from a broken reader or scorer


@pytest.mark.skipif(not ECBPLUS.is_dir(), reason=f"the ECB+ corpus is not in {ECBPLUS}")
def test_benchmark_refuses_topics_it_does_not_have() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "ecbplus.py"), "--corpus", str(ECBPLUS), "--topics", "15"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode != 0
    assert "no documents" in run.stderr

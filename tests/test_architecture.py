"""The layer contracts of docs/architecture.md ("Layer contracts"), checked by import-linter's ``lint-imports``
on the real source tree — and shown to fail, naming the import, on a copy with deliberate violations."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from conftest import ROOT

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
CONTRACT_IDS = {"core-pure", "store-at-the-edges", "layers"}


def lint_imports(cwd: Path, source_root: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` with the contracts of ``cwd/pyproject.toml``, importing tumen from ``source_root``."""
    env = {**os.environ, "PYTHONPATH": str(source_root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", "pyproject.toml"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def violations(output: str) -> list[str]:
    """The offending import lines of lint-imports' report (``-   a.b -> c.d (l.3)``)."""
    return [line.strip() for line in output.splitlines() if re.match(r"^\s*-\s+tumen\.\S+ -> tumen\.", line)]


def test_the_contracts_are_configured() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    contracts = {c["id"]: c for c in config["contracts"]}
    assert config["root_package"] == "tumen" and set(contracts) == CONTRACT_IDS
    assert set(contracts["core-pure"]["source_modules"]) == {"tumen.extract", "tumen.resolve", "tumen.corroborate"}
    assert "tumen.store" in contracts["core-pure"]["forbidden_modules"]
    layers = [re.split(r"\s*[|:]\s*", layer) for layer in contracts["layers"]["layers"]]
    order = [name.strip("()") for layer in layers for name in layer]
    for high, low in [("tumen.cli", "tumen.api"), ("tumen.api", "tumen.pipeline"), ("tumen.pipeline", "tumen.export"),
                      ("tumen.export", "tumen.cases"), ("tumen.cases", "tumen.corroborate"),
                      ("tumen.corroborate", "tumen.resolve"), ("tumen.resolve", "tumen.extract"),
                      ("tumen.extract", "tumen.store"), ("tumen.store", "tumen.model")]:  # fmt: skip
        assert order.index(high) < order.index(low), f"{high} above {low}"


def test_the_source_tree_keeps_its_layer_contracts() -> None:
    result = lint_imports(ROOT, ROOT / "src")
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert "Contracts: 3 kept, 0 broken." in result.stdout


def test_a_deliberate_violation_breaks_the_contracts(tmp_path: Path) -> None:
    """On a copy of the tree, an extractor module that imports the export and a store module that imports the
    case base are both reported, each by its contract."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    src = tmp_path / "src"
    shutil.copytree(ROOT / "src" / "tumen", src / "tumen", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (src / "tumen" / "extract" / "leak.py").write_text("from tumen.export import json_export\n", encoding="utf-8")
    (src / "tumen" / "store" / "upward.py").write_text("import tumen.cases.casebase\n", encoding="utf-8")
    result = lint_imports(tmp_path, src)
    assert result.returncode == 1, result.stdout + result.stderr
    found = violations(result.stdout)
    assert any(line.startswith("- tumen.extract.leak -> tumen.export") for line in map(_squeeze, found)), found
    assert any(line.startswith("- tumen.store.upward -> tumen.cases") for line in map(_squeeze, found)), found
    broken = re.findall(r"^(.*) BROKEN$", result.stdout, re.M)
    assert any(name.startswith("Layers") for name in broken), result.stdout
    assert re.search(r"Contracts: \d kept, [23] broken\.", result.stdout), result.stdout


def _squeeze(line: str) -> str:
    return re.sub(r"\s+", " ", line)

"""Reproducibility: the extractor's version is derived from what decides its output, exports record the
versions that produced them, and every dependency installs from a hashed lock file."""

from __future__ import annotations

import json
import re
import shutil
import tomllib
from importlib import metadata
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from packaging.requirements import Requirement

import tumen
from conftest import ROOT
from tumen.cli import main
from tumen.export.json_export import validate
from tumen.extract import version as v
from tumen.extract.types import EXTRACTOR_VERSION, Extraction

SRC = ROOT / "src" / "tumen"
REQUIREMENTS = ROOT / "requirements"
HEX = re.compile(r"[0-9a-f]{12}")


# --- the extractor's version --------------------------------------------------------------------------


def test_the_extractor_version_is_derived_and_fits_the_store() -> None:
    assert v.current() == EXTRACTOR_VERSION
    scheme, _, digest = EXTRACTOR_VERSION.partition("+")
    assert scheme == "tumen-extract/2" and HEX.fullmatch(digest)
    assert len(EXTRACTOR_VERSION) <= 32, "extractions.version is a VARCHAR(32)"
    assert Extraction(document=None, language="en", anchor=None).version == EXTRACTOR_VERSION


def test_the_vocabularies_are_the_data_files_extraction_loads() -> None:
    names = {p.name for p in v.vocabularies(SRC / "extract", SRC / "data")}
    assert {"events.yaml", "kinship.yaml", "currencies.yaml", "time_words.yaml", "model_hashes.json"} <= names
    assert {"korean_rules.yaml", "state_agents.yaml", "places.yaml"} <= names
    assert "status.yaml" not in names, "read by the case base, not by extraction"
    assert all(p.parent == SRC / "data" for p in v.vocabularies(SRC / "extract", SRC / "data"))


def test_data_file_names_are_found_on_any_line_that_holds_one() -> None:
    source = 'RULES = load("korean_rules.yaml")\nx = 1  # no file here\nPATH = "data/cities1000.json"\nFILE = "a.yml"\n'
    assert v.data_names(source) == {"korean_rules.yaml", "cities1000.json", "a.yml"}
    assert v.data_names("alpha.yamlish = 2\nbeta = 'x.json5'\n") == set()


def test_the_dependencies_are_read_from_package_metadata() -> None:
    deps = v.dependencies()
    model = v.model_package()
    assert model is not None, "the test environment installs the English model (requirements/model.txt)"
    assert deps[model[0]] == model[1] == metadata.version(model[0])
    assert deps["spacy"] == metadata.version("spacy")
    assert deps["currencyconverter"] == metadata.version("currencyconverter")


@pytest.fixture
def extractor_copy(tmp_path: Path) -> tuple[Path, Path]:
    """The extractor's sources and the package data, copied: the tests change the copies, never the package."""
    source = shutil.copytree(SRC / "extract", tmp_path / "extract", ignore=shutil.ignore_patterns("__pycache__"))
    data = shutil.copytree(SRC / "data", tmp_path / "data")
    return source, data


def test_the_version_changes_with_a_vocabulary_file(extractor_copy: tuple[Path, Path]) -> None:
    source, data = extractor_copy
    deps = v.dependencies()
    before = v.extractor_version(source, data, deps)
    assert before == EXTRACTOR_VERSION, "a faithful copy has the installed extractor's version"
    events = data / "events.yaml"
    events.write_bytes(events.read_bytes() + b"\n# one more comment line\n")
    after = v.extractor_version(source, data, deps)
    assert after != before and HEX.fullmatch(after.partition("+")[2])
    # a file extraction does not load changes nothing
    status = data / "status.yaml"
    status.write_bytes(status.read_bytes() + b"\n# one more comment line\n")
    assert v.extractor_version(source, data, deps) == after


def test_the_version_changes_with_a_source_file_or_a_dependency(extractor_copy: tuple[Path, Path]) -> None:
    source, data = extractor_copy
    deps = v.dependencies()
    before = v.extractor_version(source, data, deps)
    (source / "korean" / "extra_rule.py").write_text('"""A new rule."""\n', encoding="utf-8")
    assert v.extractor_version(source, data, deps) != before
    (source / "korean" / "extra_rule.py").unlink()
    assert v.extractor_version(source, data, deps) == before
    assert v.extractor_version(source, data, {**deps, "spacy": "3.9.0"}) != before
    assert v.extractor_version(source, data, {**deps, "en_core_web_sm": "3.8.1"}) != before


# --- what an export records -----------------------------------------------------------------------------


def test_versions_name_tumen_the_extractor_the_model_the_rates_and_python() -> None:
    import platform

    from currency_converter import CurrencyConverter  # type: ignore[import-untyped]

    found = v.versions()
    assert found["tumen"] == tumen.__version__
    assert found["extractor"] == EXTRACTOR_VERSION
    assert found["spacy"] == metadata.version("spacy")
    model = v.model_package()
    assert model is not None and found["spacy_model"] == {"name": model[0], "version": model[1]}
    rates = found["currency_rates"]
    assert rates["package"] == "currencyconverter" and rates["version"] == metadata.version("currencyconverter")
    # the same last day as the converter that computes the euro values, loaded in full
    assert rates["last_date"] == CurrencyConverter().bounds["EUR"].last_date.isoformat()
    assert found["python"] == platform.python_version()


def test_the_export_carries_the_versions_and_validates(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    story = tmp_path / "story.txt"
    story.write_text(
        "Border guards arrested Kang Mi-rae in Hyesan in March 2019, her sister told the rights group.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    for args in (["init"], ["ingest", str(story), "--outlet", "Test", "--published", "2020-01-02"], ["process"]):
        result = runner.invoke(main, ["--db", db, *args])
        assert result.exit_code == 0, result.output
    out = tmp_path / "cases.json"
    result = runner.invoke(main, ["--db", db, "export", "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    validate(data)
    assert data["versions"] == v.versions()
    extraction = tumen.Tumen.open(db).extraction(1)
    assert extraction is not None and extraction.version == data["versions"]["extractor"]
    broken = {**data, "versions": {**data["versions"], "currency_rates": {"package": "currencyconverter"}}}
    with pytest.raises(jsonschema.ValidationError, match="last_date"):
        validate(broken)


# --- the hashed lock --------------------------------------------------------------------------------------


def _pins(path: Path) -> dict[str, tuple[str, int]]:
    """name -> (version, number of hashes) of a hashed requirements file."""
    pins: dict[str, tuple[str, int]] = {}
    name = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", line):
            name = m[1].lower().replace("_", "-").replace(".", "-")
            pins[name] = (m[2], 0)
        elif "--hash=sha256:" in line and name:
            pins[name] = (pins[name][0], pins[name][1] + 1)
    return pins


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_lock_pins_every_dependency_with_hashes() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = [Requirement(r) for r in project["project"]["dependencies"]]
    dev = [Requirement(r) for r in project["project"]["optional-dependencies"]["dev"]]
    build = [Requirement(r) for r in project["build-system"]["requires"]]
    lock, lock_run = _pins(REQUIREMENTS / "lock.txt"), _pins(REQUIREMENTS / "lock-run.txt")
    assert all(hashes > 0 for _, hashes in [*lock.values(), *lock_run.values()]), "every pin has its hashes"
    stale = "re-lock with `make lock`"
    for wanted, pins in ((runtime + dev + build, lock), (runtime + build, lock_run)):
        for requirement in wanted:
            name = _normal(requirement.name)
            assert name in pins, f"{requirement} is not locked: {stale}"
            assert requirement.specifier.contains(pins[name][0], prereleases=True), f"{requirement}: {stale}"
    assert "import-linter" in lock and "uv" not in lock
    assert {n: p[0] for n, p in lock_run.items()} == {n: lock[n][0] for n in lock_run}, "one version of each"
    # A development tool is in the run lock only when a run-time package needs it (weasel asks for httpx).
    tools = {_normal(r.name) for r in dev} - {_normal(r.name) for r in runtime}
    needed = _needed_by(REQUIREMENTS / "lock-run.txt")
    assert not {t for t in set(lock_run) & tools if not needed.get(t)}, "a development tool in the run lock"


def _needed_by(path: Path) -> dict[str, set[str]]:
    """name -> the locked packages that require it (the ``# via`` notes uv writes, without ``-c`` files)."""
    needed: dict[str, set[str]] = {}
    name = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", line):
            name = _normal(m[1])
            needed[name] = set()
        elif name and (m := re.match(r"^\s+#\s+(?:via\s+)?([A-Za-z0-9][A-Za-z0-9._-]*)\s*$", line)) and m[1] != "via":
            needed[name].add(_normal(m[1]))
    return needed


def test_build_in_is_the_build_system() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    lines = (REQUIREMENTS / "build.in").read_text(encoding="utf-8").splitlines()
    listed = {str(Requirement(line)) for line in lines if line.strip() and not line.startswith("#")}
    assert listed == {str(Requirement(r)) for r in project["build-system"]["requires"]}


def test_the_makefile_installs_only_from_hashed_locks() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = [line.strip() for line in makefile.splitlines() if line.startswith("\t") and "pip install" in line]
    assert installs, "the Makefile installs with pip"
    for line in installs:
        assert "--no-deps" in line, f"the locks are complete; pip resolves nothing: {line}"
        assert "--require-hashes" in line or "-e ." in line, line
    assert "pip check" in makefile
    assert "--no-build-isolation" in next(line for line in installs if "-e ." in line)
    stamps = {m[1]: m[2] for m in re.finditer(r"^\$\(VENV\)/(\.run|\.dev):(.*)$", makefile, re.M)}
    assert "requirements/lock-run.txt" in stamps[".run"] and "requirements/model.txt" in stamps[".run"]
    assert "requirements/lock.txt" in stamps[".dev"]
    assert re.search(r"^lock:", makefile, re.M), "re-locking is one command"

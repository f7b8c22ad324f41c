"""benchmarks/realtext.py --explain: where each gold person's documents landed, on a hand-made export of
the invented corpus of tests/test_bench_realtext.py (a split person, a missing record, a person of nobody);
the figures stay what they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_bench_realtext import _corpus, _evidence, _perfect_export, _script


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *options: str) -> list[str]:
    corpus = _corpus(tmp_path)
    data = _perfect_export()
    data["persons"][0]["mentions"] = [_evidence(1, "Park Harim")]  # the woman split in two persons
    data["persons"].append(
        {"id": "P3", "name": "Park Ha-rim", "records": ["2:p1"], "mentions": [_evidence(2, "Park Ha-rim")]}
    )
    data["persons"][1]["mentions"] = [_evidence(2, "Park Minjun")]  # her son: no record in the first report
    data["persons"].append({"id": "P4", "name": "Example", "records": ["1:p9"], "mentions": [_evidence(1, "xyz")]})
    export = tmp_path / "export.json"
    export.write_text(json.dumps(data), encoding="utf-8")
    assert _script().main(["--corpus", str(corpus), "--export", str(export), *options]) == 0
    return capsys.readouterr().out.splitlines()


def test_explain_tells_a_split_person_from_a_missing_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = _run(tmp_path, capsys, "--explain")
    text = "\n".join(lines)
    assert "invented_park/PH (Park Harim): 2 exported person(s)" in text
    assert "inv_b [2]: P3 'Park Ha-rim' ['2:p1']" in text
    assert "invented_park/PM (Park Minjun): 1 exported person(s), no record in 1 of 2 documents (extraction)" in text
    assert any(line.strip().startswith("resolves to nobody: inv_a [1] P4") for line in lines)


def test_explain_changes_no_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = _run(tmp_path, capsys)[-1]
    explained = _run(tmp_path / "again", capsys, "--explain")[-1]
    assert plain.startswith("realtext: ") and explained == plain

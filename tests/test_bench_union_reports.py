"""benchmarks/hrdsattack_labels.py ``union_report``: a report that tells no violation but speaks of a workers' union is
filed by HRDsAttack's annotators under labour rights ("other"), not "unknown" (invented texts)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from tumen.extract.document import Source, extract

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from hrdsattack import DEFAULT_MAP, Mapping, predict
from hrdsattack_labels import union_report

MAP = Mapping.load(DEFAULT_MAP)


def labels(text: str) -> list[str]:
    extraction = extract(Source(text, 1, "en", date(2024, 3, 1)))
    return list(predict(extraction, date(2024, 3, 1), MAP, text)["violation_types"])


@pytest.mark.parametrize(
    "text",
    [
        "The Tarvik Dockers Union says the port authority has ignored the court's ruling on overtime pay for a year.",
        "Tea pickers in Varno earn less than the wage board's rate, the leaders of the Varno Trade Union Centre said "
        "at a meeting on Sunday.",
    ],
)
def test_a_report_about_a_union_is_about_labour_rights(text: str) -> None:
    assert labels(text) == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "The European Union agreed a new trade pact with Varno on Tuesday after two years of talks.",
        "Dara Loman opened a bakery in Tarvik on Sunday; the queue reached the end of the street.",
    ],
)
def test_no_union_no_violation_is_unknown(text: str) -> None:
    assert labels(text) == ["unknown"]


def test_a_union_beside_a_violation_adds_no_label() -> None:
    text = "Police arrested Dara Loman, a leader of the Tarvik Dockers Union, at her home in Tarvik on Monday."
    assert labels(text) == ["arbitrary detention"]


def test_without_the_setting_no_label() -> None:
    text = "The Tarvik Dockers Union says the port authority has ignored the court's ruling on overtime pay."
    extraction = extract(Source(text, 1, "en", date(2024, 3, 1)))
    assert union_report(extraction, MAP) == "other"
    rule = {k: v for k, v in MAP["violation_rule"].items() if k != "union_reports"}
    assert union_report(extraction, Mapping({**MAP.data, "violation_rule": rule})) is None

"""benchmarks/hrdsattack.py: its scorer (hrdsattack_scoring.py) on hand-made gold and predictions, and the script
end to end on the first articles of HRDsAttack's dev split (read from ../shared at test time; skipped when it is
absent)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import hrdsattack_scoring as hs
import pytest

from conftest import ROOT, SHARED
from scripts_testing import load_script

DEV = SHARED / "eval" / "hrdsattack" / "dev.json"
SCRIPT = ROOT / "benchmarks" / "hrdsattack.py"


hb = load_script(SCRIPT, "bench_hrdsattack")


def article(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "perpetrator_mention": True,
        "perpetrator_type": None,
        "violation_types": [],
        "year": None,
        "month": None,
        "date": None,
        "city": None,
        "region": None,
        "country": None,
        "victims": [],
    }
    base.update(fields)
    return base


def victim(name: str | None, sex: str = "unknown", age: str = "adult", kind: str = "journalist") -> dict[str, Any]:
    return {
        "victim_name": name,
        "victim_population_type": "individual" if name else "multiple",
        "victim_type": [kind],
        "victim_sex_type": sex,
        "victim_age_group": age,
    }


def test_normalise_numbers_months_and_absent_values() -> None:
    assert hs.normalise("year", "2019.0") == hs.normalise("year", "2019") == "2019"
    assert hs.normalise("date", "04") == hs.normalise("date", "4.0") == "4"
    assert hs.normalise("month", "October") == hs.normalise("month", "10") == hs.normalise("month", "Ocober") == "10"
    assert hs.normalise("month", "Decenmber") == "12"
    assert hs.normalise("month", "07") == "7"
    for absent in (None, "None", "unknown", "N//A", "", " Unknown "):
        assert hs.normalise("country", absent) is None
    assert hs.normalise("country", "U.S.") == "us"
    assert hs.normalise("city", "  New   York ") == "new york"


def test_accuracy_never_credits_absent_gold_unless_corrected() -> None:
    golds = [article(region="Kashmir"), article(region="None"), article(region="unknown"), article(region="Texas")]
    preds = [article(region="kashmir"), article(region=None), article(region="Delhi"), article(region=None)]
    assert hs.accuracy("region", golds, preds, corrected=False) == 0.25
    assert hs.accuracy("region", golds, preds, corrected=True) == 0.5


def test_violation_micro_f1() -> None:
    golds = [article(violation_types=["killing", "torture"]), article(violation_types=["other"])]
    preds = [article(violation_types=["killing"]), article(violation_types=["other", "kidnapping"])]
    # tp 2, fp 1, fn 1: precision 2/3, recall 2/3
    assert hs.violation_f1(golds, preds) == pytest.approx(2 / 3)


def test_perpetrator_mention_f1_of_the_positive_class() -> None:
    golds = [article(perpetrator_mention=v) for v in (True, True, False, False)]
    preds = [article(perpetrator_mention=v) for v in (True, False, True, False)]
    assert hs.mention_f1(golds, preds) == pytest.approx(0.5)
    assert hs.mention_f1(golds[2:], preds[2:]) == 0.0


def test_victim_names_split_exact_and_fuzzy() -> None:
    assert hs.split_names(["Mehrinisso and Zulhumor Hamdamova", None, "Uladzimir Matskevich,"]) == [
        "mehrinisso",
        "zulhumor hamdamova",
        "uladzimir matskevich",
    ]
    golds = [article(victims=[victim("Peter Magombeyi"), victim("Obert Masaraure"), victim(None)])]
    preds = [article(victims=[victim("peter magombeyi"), victim("Masaraure"), victim("Nick Mangwana")])]
    # exact: 1 of 3 predicted, 1 of 2 gold; fuzzy: "Masaraure" is in "Obert Masaraure" -> 2 of 3, 2 of 2
    assert hs.name_f1(golds, preds, fuzzy=False) == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert hs.name_f1(golds, preds, fuzzy=True) == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))
    assert hs.match_names(["kim"], ["kim", "kim"], fuzzy=True) == 1  # one-to-one


def test_victim_attributes_on_aligned_victims() -> None:
    gold = article(
        victims=[
            victim("Peter Magombeyi", "man", "adult", "trade unionist"),
            victim("Samantha Kureya", "woman", "adult", "insufficient information"),
            victim(None, "unknown", "unknown"),
        ]
    )
    pred = article(
        victims=[
            victim("Kureya", "unknown", "adult", "insufficient information"),
            victim("Magombeyi", "man", "child", "journalist"),
            victim(None, "unknown", "unknown"),
        ]
    )
    scores = hs.victim_accuracy([gold], [pred])
    assert scores == {"victim_sex_acc": 0.5, "victim_age_acc": 0.5, "victim_type_acc": 0.5}
    assert hs.victim_accuracy([gold], [article()]) == {
        "victim_sex_acc": 0.0,
        "victim_age_acc": 0.0,
        "victim_type_acc": 0.0,
    }


def test_score_and_line_format() -> None:
    gold = article(
        perpetrator_type="state actor",
        violation_types=["arbitrary detention"],
        year="2020.0",
        month="08",
        country="Belarus",
        city="Minsk",
        victims=[victim("Katsiaryna Andreyeva", "woman")],
    )
    pred = article(
        perpetrator_type="state actor",
        violation_types=["arbitrary detention"],
        year="2020",
        month="8",
        date="9",
        country="Belarus",
        city="Minsk",
        victims=[victim("Katsiaryna Andreyeva", "woman")],
    )
    scores = hs.score([gold], [pred])
    assert [round(100 * scores[f], 1) for f in hs.FIELDS] == [
        100.0, 100.0, 100.0, 100.0, 0.0, 100.0, 100.0, 100.0, 0.0, 100.0, 100.0, 100.0, 100.0, 100.0,
    ]  # fmt: skip
    corrected = hs.score([gold], [pred], corrected=True)
    assert corrected["region_acc"] == 1.0 and corrected["day_acc"] == 0.0  # gold day absent, predicted "9"
    line = hs.format_line("hrdsattack", scores)
    assert line.startswith("hrdsattack: perpetrator_mention_f1=100.0 perpetrator_type_acc=100.0 violation_f1=100.0")
    assert line.endswith("victim_type_acc=100.0")


def line_pattern(prefix: str) -> re.Pattern[str]:
    return re.compile(rf"^{prefix}: " + " ".join(rf"{name}=(\d+\.\d)" for name in hs.FIELDS) + "$")


@pytest.mark.slow
@pytest.mark.skipif(not DEV.is_file(), reason="../shared/eval/hrdsattack/dev.json is not available")
def test_script_on_three_dev_articles(tmp_path: Path) -> None:
    subset = tmp_path / "dev3.json"
    subset.write_text(json.dumps(json.loads(DEV.read_text(encoding="utf-8"))[:3]), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--data", str(subset)], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    for line, prefix in ((lines[-2], "hrdsattack_corrected"), (lines[-1], "hrdsattack")):
        match = line_pattern(prefix).match(line)
        assert match, line
        assert all(0.0 <= float(v) <= 100.0 for v in match.groups())

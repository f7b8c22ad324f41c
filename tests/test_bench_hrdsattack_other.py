"""HRDsAttack's "other" label (benchmarks/hrdsattack.py, hrdsattack_labels.py), invented texts: a report that tells no
violation but speaks of a workers' union is filed under labour rights ("other"), not "unknown" (``union_report``); a
raid told in any sentence that tells an arrest is the means of that arrest, also when the arrest was first told
elsewhere (``_without_means``); a beating, shot or wound of a person the report tells was killed or kidnapped gives
no label of its own (``lesser_harms``)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from tumen.extract.document import Source, extract

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from hrdsattack import DEFAULT_MAP, Mapping, _without_means, predict
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


def _event(kind: str, *starts: int) -> SimpleNamespace:
    return SimpleNamespace(type=kind, evidence=[SimpleNamespace(start=s) for s in starts])


def test_a_raid_in_a_later_telling_of_an_arrest_is_its_means() -> None:
    # "Police arrested Dara Loman on 4 May. … At the time, Loman was arrested in a raid on the Tarvik Rights Centre.":
    # one arrest told twice (its evidence: both sentences), and the raid of the second sentence is how it was done
    arrest, raid = _event("arrest", 0, 120), _event("raid", 120)
    assert _without_means([arrest, raid], MAP["violation_rule"]) == [arrest]
    # a raid told alone stays: "Two weeks later, police raided the offices of the Tarvik Rights Centre."
    other = _event("raid", 300)
    assert _without_means([arrest, other], MAP["violation_rule"]) == [arrest, other]


def test_a_raid_told_again_beside_an_abduction_is_its_means() -> None:
    # "Gunmen raided the Varno school on Friday. … The gunmen fled after the raid and the abduction of forty pupils."
    abduction, raid = _event("abduction", 200), _event("raid", 0, 200)
    assert _without_means([abduction, raid], MAP["violation_rule"]) == [abduction]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen kidnapped Dara Loman in Tarvik on 3 May. Her captors beat her and shot her when she tried to "
            "escape. Police rescued her a week later.",
            ["kidnapping"],
        ),
        (
            "Ben Arlo was beaten by masked men in Tarvik on 11 May and died in hospital. Parliament condemned the "
            "murder of Ben Arlo.",
            ["killing"],
        ),
        # one beaten who underwent no graver violation: the beating is a violation of its own
        ("Masked men beat Ben Arlo outside his office in Tarvik on 11 May.", ["other"]),
    ],
)
def test_a_harm_done_in_a_graver_violation_is_part_of_it(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_the_lesser_harm_keeps_its_facts() -> None:
    text = "Gunmen kidnapped Dara Loman in Tarvik on 3 May. Her captors beat her and shot her when she tried to escape."
    extraction = extract(Source(text, 1, "en", date(2024, 3, 1)))
    victims = predict(extraction, date(2024, 3, 1), MAP, text)["victims"]
    assert [v["victim_name"] for v in victims] == ["Dara Loman"]

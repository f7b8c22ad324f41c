"""Kindred types: one harm of a named person told in different words is one fact (docs/corroboration.md,
"Kindred types") — a beating or an attack one report tells and the torture another tells, a killing and an
execution. Invented statements and invented articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from helpers import judged_facts as facts
from helpers import statement, whole_and_one_at_a_time
from tumen import Tumen
from tumen.corroborate.facts import Support
from tumen.model import Interval

MAY_2031 = Interval(date(2031, 5, 1), date(2031, 5, 10), "range")
MAY_2034 = Interval(date(2034, 5, 1), date(2034, 5, 31), "month")


def said(document: int, who: tuple[str, ...], kind: str, time: Interval | None = None, start: int = 0) -> Support:
    return statement(document, who, type=kind, role="victim", time=time, start=start)


def test_a_beating_and_the_torture_of_one_person_are_one_fact() -> None:
    # "her father was arrested and beaten" / "her father was arrested and then tortured"
    [fact] = facts(said(1, ("Pfather",), "ill_treatment"), said(2, ("Pfather",), "torture"))
    assert fact.type == "torture" and {s.document for s in fact.supports} == {1, 2}


def test_an_attack_and_a_beating_told_in_one_report_are_one_fact() -> None:
    # "a guard stabbed her with a needle" … "her captors beat her with rods"
    [fact] = facts(said(1, ("Pyun",), "attack", start=0), said(1, ("Pyun",), "ill_treatment", start=50))
    assert fact.type == "ill_treatment"


def test_a_killing_of_the_husband_joins_the_couples_execution() -> None:
    # "the couple was executed by firing squad" / "the husband and his wife were shot dead"
    [fact] = facts(said(1, ("Phusband", "Pwife"), "execution", MAY_2031), said(2, ("Phusband",), "killing"))
    assert fact.type == "execution" and len(fact.supports) == 2


def test_harms_at_different_times_stay_apart() -> None:
    found = facts(said(1, ("Pyun",), "ill_treatment", MAY_2031), said(2, ("Pyun",), "torture", MAY_2034))
    assert sorted(f.type for f in found) == ["ill_treatment", "torture"]


def test_other_types_and_other_persons_stay_apart() -> None:
    assert len(facts(said(1, ("Pyun",), "torture"), said(2, ("Pyun",), "execution"))) == 2
    assert len(facts(said(1, ("Pyun",), "torture"), said(2, ("Pkang",), "ill_treatment"))) == 2
    # no one named: "a man was beaten" / "a man was tortured" are not joined by kindred types
    assert len(facts(said(1, (), "torture"), said(2, (), "ill_treatment"))) == 2


ARTICLES = [
    ("Harbor Times", "2021-05-20", "Guards tortured Kang Min-seo in Hyesan in early May 2021, a resident said."),
    ("Valley Post", "2021-05-22", "Kang Min-seo was beaten by guards in early May 2021, the resident said."),
]


def _facts(tumen: Tumen) -> list[tuple[Any, ...]]:
    base = tumen.casebase()
    titles = {d.id: d.meta.title for d in base.documents}
    return sorted((f.type, tuple(sorted({str(titles[s.document]) for s in f.supports}))) for f in base.facts)


def test_reports_one_at_a_time_give_the_facts_of_one_run(tmp_path: Path) -> None:
    whole, one = whole_and_one_at_a_time(tmp_path, ARTICLES, _facts)
    assert one == whole, (one, whole)
    assert ("torture", ("Report 0", "Report 1")) in whole, whole

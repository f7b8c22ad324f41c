"""A fact dated from its principal's age at the event: the case base uses every source's age and the birth all
reports give, and a time one report computed from an age and its own birth does not stop it."""

from __future__ import annotations

from datetime import date

from tumen.corroborate.dating import date_by_age
from tumen.corroborate.facts import Fact, Support
from tumen.model import Interval


def _said(document: int, age: int, time: Interval | None = None, basis: str | None = None) -> Support:
    attributes: tuple[tuple[str, object], ...] = (("victim_age", age),)
    if basis:
        attributes += (("__time_basis", basis),)
    return Support(
        event=f"{document}:e1", type="ill_treatment", document=document, outlet=f"Outlet {document}", witness=None,
        witness_label=None, hearsay=False, start=0, end=10, quote="beaten at the age of N", time=time,
        participants=(("P1", "victim"),), attributes=attributes,
    )  # fmt: skip


BIRTH = Interval(date(2000, 1, 1), date(2000, 12, 31), "year")


def test_ages_of_every_source_date_the_fact_over_a_report_dated_from_its_own_birth() -> None:
    from_report = Interval(date(2017, 5, 1), date(2018, 4, 30), "range")  # aged 17, from the report's own birth
    fact = Fact("F1", "ill_treatment", "P1", supports=[_said(1, 17, from_report, "from_age"), _said(2, 19)])
    date_by_age(fact, BIRTH)
    assert fact.time == Interval(date(2017, 1, 1), date(2020, 12, 30), "range")
    assert fact.time_basis() == ("from_age", None, None)


def test_a_time_a_source_states_wins_over_ages() -> None:
    stated = Interval(date(2018, 6, 1), date(2018, 6, 30), "month")
    fact = Fact("F1", "ill_treatment", "P1", supports=[_said(1, 17, stated), _said(2, 19)])
    date_by_age(fact, BIRTH)
    assert fact.derived_time is None and fact.time == stated


def test_without_a_birth_the_reports_own_dating_from_age_stays() -> None:
    from_report = Interval(date(2017, 5, 1), date(2018, 4, 30), "range")
    fact = Fact("F1", "ill_treatment", "P1", supports=[_said(1, 17, from_report, "from_age")])
    date_by_age(fact, None)
    assert fact.time == from_report
    basis = fact.time_basis()
    assert basis is not None and basis[0] == "from_age"

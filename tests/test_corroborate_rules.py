"""The rules that make statements one fact and find their conflicts, on hand-made statements."""

from __future__ import annotations

from datetime import date
from typing import Any

from tumen.corroborate.facts import Fact, Support, Verdict, group_facts
from tumen.corroborate.verdicts import judge
from tumen.model import Interval


def day(text: str) -> Interval:
    when = date.fromisoformat(text)
    return Interval(when, when, "day")


def year(number: int) -> Interval:
    return Interval(date(number, 1, 1), date(number, 12, 31), "year")


def statement(
    document: int,
    *,
    type: str = "border_crossing",
    who: str | None = "P1",
    role: str = "subject",
    time: Interval | None = None,
    place: tuple[str, str] | None = None,
    outlet: str | None = None,
    earlier: bool = False,
    event: str | None = None,
    **attributes: Any,
) -> Support:
    return Support(
        event=event or f"{document}:e{len(attributes)}{time}{place}",
        type=type,
        document=document,
        outlet=outlet or f"Outlet {document}",
        witness=None,
        witness_label=None,
        hearsay=False,
        start=0,
        end=10,
        quote="…",
        time=time,
        place=place[0] if place else None,
        place_kind=place[1] if place else None,
        place_name=place[0].split(":")[-1] if place else None,
        amount=None,
        participants=((who, role),) if who else (),
        attributes=tuple(sorted(attributes.items())),
        earlier=earlier,
    )


def facts(*supports: Support, anonymous: frozenset[str] = frozenset()) -> list[Fact]:
    return [judge(f, []) for f in group_facts(list(supports), anonymous)]


JSA = ("place:panmunjom", "facility")
CAMP_14 = ("place:camp-14", "camp")
CAMP_18 = ("place:camp-18", "camp")
HELONG = ("place:helong", "city")


def test_times_of_day_sixteen_minutes_apart_are_a_contradiction() -> None:
    (fact,) = facts(
        statement(1, time=day("2017-11-13"), clock="15:31", clock_approximate=True),
        statement(2, time=day("2017-11-13"), clock="15:15"),
    )
    assert fact.verdict is Verdict.CONTRADICTED
    (conflict,) = fact.conflicts
    assert conflict.kind == "time" and "about 15:31 vs 15:15" in conflict.detail and "16 minutes" in conflict.detail


def test_times_of_day_a_few_minutes_apart_agree() -> None:
    (fact,) = facts(
        statement(1, time=day("2017-11-13"), clock="15:31", clock_approximate=True),
        statement(2, time=day("2017-11-13"), clock="15:35"),
    )
    assert fact.verdict is Verdict.CORROBORATED and not fact.conflicts


def test_ages_at_the_event_seven_years_apart_are_a_contradiction() -> None:
    (fact,) = facts(
        statement(1, type="torture", role="victim", victim_age=13),
        statement(2, type="torture", role="victim", victim_age=20),
    )
    assert [(c.kind, c.detail) for c in fact.conflicts] == [("age", "aged 13 vs aged 20")]
    (same,) = facts(
        statement(1, type="torture", role="victim", victim_age=13),
        statement(2, type="torture", role="victim", victim_age=14),
    )
    assert not same.conflicts


def test_a_corrected_earlier_account_stands_against_its_correction() -> None:
    now = statement(1, type="execution", role="victim", place=CAMP_18, event="1:e1")
    before = statement(1, type="execution", role="victim", place=CAMP_14, event="1:e1", earlier=True)
    (fact,) = facts(now, before)
    assert fact.verdict is Verdict.CONTRADICTED and fact.independent_sources == 1
    (conflict,) = fact.conflicts
    assert conflict.kind == "place" and "camp-18 vs camp-14" in conflict.detail
    assert {conflict.left.earlier, conflict.right.earlier} == {True, False}
    assert "the earlier account reported by Outlet 1" in fact.explanation
    assert fact.place == "place:camp-18", "the fact is what the source now says"


def test_an_earlier_account_conflicts_only_with_its_own_correction() -> None:
    first = statement(1, type="execution", role="victim", place=CAMP_18, event="1:e1")
    before = statement(1, type="execution", role="victim", place=CAMP_14, event="1:e1", earlier=True)
    second = statement(2, type="execution", role="victim", place=CAMP_18, event="2:e1")
    (fact,) = facts(first, before, second)
    assert len(fact.conflicts) == 1 and fact.independent_sources == 2


def test_an_anonymous_soldier_joins_the_one_named_crossing_on_that_day_at_that_place() -> None:
    named = statement(1, who="P1", time=Interval(date(2017, 11, 1), date(2017, 11, 30), "month"), place=JSA)
    anonymous = statement(2, who="P9", time=day("2017-11-13"), place=JSA, clock="15:31")
    (fact,) = facts(named, anonymous, anonymous=frozenset({"P9"}))
    assert fact.principal == "P1" and {s.document for s in fact.supports} == {1, 2}


def test_an_anonymous_statement_stays_apart_when_it_could_be_either_of_two_facts() -> None:
    one = statement(1, who="P1", time=day("2017-11-13"), place=JSA)
    other = statement(3, who="P2", time=day("2017-11-13"), place=JSA)
    anonymous = statement(2, who="P9", time=day("2017-11-13"), place=JSA)
    assert len(facts(one, other, anonymous, anonymous=frozenset({"P9"}))) == 3


def test_an_anonymous_statement_at_another_place_or_time_stays_apart() -> None:
    named = statement(1, who="P1", time=day("2017-11-13"), place=JSA)
    elsewhere = statement(2, who="P9", time=day("2017-11-13"), place=("place:dandong", "facility"))
    later = statement(3, who="P8", time=day("2017-12-21"), place=JSA)
    assert len(facts(named, elsewhere, later, anonymous=frozenset({"P8", "P9"}))) == 3
    named_person = statement(4, who="P7", time=day("2017-11-13"), place=JSA)
    assert len(facts(named, named_person)) == 2, "two named persons are two facts"


def test_the_same_distinctive_count_in_two_reports_is_one_fact_whose_years_disagree() -> None:
    english = statement(
        1, type="forced_repatriation", who="G1", role="victim", time=year(2023), place=HELONG, count=108
    )
    korean = statement(2, type="forced_repatriation", who=None, time=year(2024), place=HELONG, count=108)
    (fact,) = facts(english, korean)
    assert [c.kind for c in fact.conflicts] == ["time"]
    assert fact.verdict is Verdict.CONTRADICTED


def test_round_or_small_counts_do_not_identify_an_event() -> None:
    for count in (600, 12):
        left = statement(1, type="forced_repatriation", who=None, time=year(2023), place=HELONG, count=count)
        right = statement(2, type="forced_repatriation", who=None, time=year(2024), place=HELONG, count=count)
        assert len(facts(left, right)) == 2, count


def test_the_same_count_in_two_cities_is_two_events() -> None:
    left = statement(1, type="arrest", who=None, time=year(2023), place=HELONG, count=37)
    right = statement(2, type="arrest", who=None, time=year(2024), place=("place:dandong", "city"), count=37)
    assert len(facts(left, right)) == 2


def test_estimates_of_one_mass_return_conflict_but_different_tallies_are_different_events() -> None:
    october = Interval(date(2023, 10, 1), date(2023, 10, 31), "month")
    estimate = statement(1, type="forced_repatriation", who="G1", role="victim", time=day("2023-10-09"), count=500)
    other = statement(2, type="forced_repatriation", who="G1", role="victim", time=october, count=600)
    (fact,) = facts(estimate, other)
    assert [c.kind for c in fact.conflicts] == ["count"]
    yearly = statement(3, type="forced_repatriation", who="G1", role="victim", time=year(2023), count=270)
    assert len(facts(estimate, other, yearly)) == 2, "a year's tally is not the October mass return"
    tally = statement(4, type="forced_repatriation", who="G1", role="victim", time=year(2023), count=212)
    assert len(facts(yearly, tally)) == 2, "212 and 270 are two exact tallies, not one disputed number"


def test_where_a_return_started_and_where_it_ended_are_not_a_contradiction() -> None:
    china, north = ("place:china", "country"), ("place:north-korea", "country")
    (fact,) = facts(
        statement(1, type="forced_repatriation", role="victim", place=china),
        statement(2, type="forced_repatriation", role="victim", place=north),
    )
    assert not fact.conflicts
    (killed,) = facts(
        statement(1, type="execution", role="victim", place=CAMP_14),
        statement(2, type="execution", role="victim", place=CAMP_18),
    )
    assert [c.kind for c in killed.conflicts] == ["place"]


def test_held_in_one_camp_and_in_another_conflict_only_at_the_same_time() -> None:
    (moved,) = facts(
        statement(1, type="detention", role="victim", place=CAMP_14),
        statement(2, type="detention", role="victim", place=CAMP_18, time=year(2001)),
    )
    assert not moved.conflicts, "a person may be held in one camp, then another"
    (both,) = facts(
        statement(1, type="detention", role="victim", place=CAMP_14, time=year(2001)),
        statement(2, type="detention", role="victim", place=CAMP_18, time=year(2001)),
    )
    assert [c.kind for c in both.conflicts] == ["place"]


def test_a_report_coming_back_to_its_own_tally_is_one_event() -> None:
    dated = statement(1, type="forced_repatriation", who="G1", role="victim", time=year(2023), count=108)
    undated = statement(1, type="forced_repatriation", who="G1", role="victim", count=108, event="1:e9")
    later = statement(2, type="forced_repatriation", who="G1", role="victim", time=year(2024), count=108)
    (fact,) = facts(dated, undated, later)
    assert [c.kind for c in fact.conflicts] == ["time"]

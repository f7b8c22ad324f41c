"""Which statements are one fact when several people are its principals, and when accounts of one event give
it different modalities (docs/corroboration.md, "Facts"): the set of principals, not the first one named,
and compatible modalities. Invented statements and invented articles."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from helpers import judged_facts as facts
from helpers import statement as said
from helpers import whole_and_one_at_a_time
from tumen import Tumen
from tumen.model import Interval

MAY_2031 = Interval(date(2031, 5, 1), date(2031, 5, 10), "range")
JUNE_2031 = Interval(date(2031, 6, 1), date(2031, 6, 30), "month")


def test_the_order_the_couple_is_named_in_does_not_make_two_facts() -> None:
    # "A teacher and her husband were caught at the river" / "The husband and his wife were caught …"
    [fact] = facts(
        said(1, ("Pwife", "Phusband"), type="arrest", role="victim"),
        said(2, ("Phusband", "Pwife"), type="arrest", role="victim"),
    )
    assert {s.document for s in fact.supports} == {1, 2}
    assert fact.principal == "Pwife"  # the first as told, whichever report came in first


def test_a_report_naming_part_of_the_party_joins_it() -> None:
    # "the couple and their nephew fled in early May" / "the husband fled" / "the couple fled"
    found = facts(
        said(1, ("Phusband", "Pwife", "Pnephew"), time=MAY_2031),
        said(2, ("Phusband",)),
        said(3, ("Pwife", "Phusband"), time=MAY_2031),
    )
    assert len(found) == 1 and {s.document for s in found[0].supports} == {1, 2, 3}


def test_parties_sharing_one_person_are_different_events() -> None:
    # "the mother and the father crossed" / "the mother and her daughter crossed": one person in common
    found = facts(said(1, ("Pmother", "Pfather")), said(2, ("Pmother", "Pdaughter")))
    assert len(found) == 2


def test_a_part_of_the_party_at_another_time_is_another_event() -> None:
    found = facts(said(1, ("Phusband", "Pwife"), time=MAY_2031), said(2, ("Phusband",), time=JUNE_2031))
    assert len(found) == 2


def test_an_attempt_joins_what_was_done_and_the_fact_is_what_was_done() -> None:
    # "Kang Min-seo tried to cross in May" / "Kang Min-seo crossed into China in May"
    [fact] = facts(said(1, ("Pkang",), modality="attempted", time=MAY_2031), said(2, ("Pkang",), time=MAY_2031))
    assert fact.attributes().get("modality") is None  # asserted
    [fact] = facts(said(1, ("Pkang",), modality="attempted"), said(2, ("Pkang",), modality="failed"))
    assert fact.attributes()["modality"] == "failed"


def test_a_plan_joins_its_attempt() -> None:
    [fact] = facts(said(1, ("Pkang",), modality="planned"), said(2, ("Pkang",), modality="attempted"))
    assert fact.attributes()["modality"] == "attempted"


def test_done_and_failed_at_the_same_time_are_one_event_in_contradiction() -> None:
    # "the couple crossed in early May" / "the couple's attempt in early May failed"
    [fact] = facts(said(1, ("Pkang",), time=MAY_2031), said(2, ("Pkang",), time=MAY_2031, modality="failed"))
    assert [c.kind for c in fact.conflicts] == ["modality"]
    assert fact.verdict.value == "contradicted"
    assert "done" in fact.conflicts[0].detail and "failed" in fact.conflicts[0].detail


def test_failed_attempts_and_an_undated_crossing_are_different_events() -> None:
    # "she failed eight times" / "she finally crossed": nothing says they are one event
    found = facts(said(1, ("Pkang",), modality="failed"), said(2, ("Pkang",)))
    assert len(found) == 2


def test_a_demanded_price_is_no_account_of_a_payment() -> None:
    found = facts(
        said(1, ("Pmother",), type="payment", role="payer", modality="demanded"),
        said(2, ("Pmother",), type="payment", role="payer"),
    )
    assert len(found) == 2


ARTICLES = [
    (
        "Harbor Times",
        "2021-05-20",
        "Kang Min-seo and her husband Park Jun-ho were arrested at the border in early May 2021, a resident said.",
    ),
    (
        "Valley Post",
        "2021-05-22",
        "Park Jun-ho and his wife Kang Min-seo were arrested at the border in early May 2021, the resident said.",
    ),
    ("Pacific Digest", "2021-05-23", "Park Jun-ho was arrested at the border in early May 2021, a report said."),
]


def _facts(tumen: Tumen) -> list[tuple[Any, ...]]:
    base = tumen.casebase()
    names = {p.id: p.name for p in base.persons.values()}
    titles = {d.id: d.meta.title for d in base.documents}
    return sorted(
        (
            f.type,
            tuple(sorted(names.get(e, e) or e for e, r in f.participants() if r != "perpetrator")),
            tuple(sorted({str(titles[s.document]) for s in f.supports})),
        )
        for f in base.facts
    )


def test_articles_one_at_a_time_give_the_facts_of_one_run(tmp_path: Path) -> None:
    whole, one = whole_and_one_at_a_time(tmp_path, ARTICLES, _facts)
    assert one == whole, (one, whole)
    arrests = [f for f in whole if f[0] == "arrest"]
    assert len(arrests) == 1 and len(arrests[0][2]) == 3, whole


def test_an_undated_report_of_one_person_does_not_bridge_two_crossings_of_her_party() -> None:
    # one report: "In 1998 Ms Ryu, her mother and her brother crossed …"; "In 2002 the three crossed again";
    # another: "Ms Ryu fled North Korea" (undated) — it may join either crossing, never make them one
    first = said(1, ("Pryu", "Pmother", "Pbrother"), time=Interval(date(1998, 1, 1), date(1998, 12, 31), "year"))
    second = said(
        1, ("Pryu", "Pmother", "Pbrother"), time=Interval(date(2002, 1, 1), date(2002, 12, 31), "year"), start=50
    )
    found = facts(first, second, said(2, ("Pryu",)))
    assert len(found) == 2
    assert all(not (first in f.supports and second in f.supports) for f in found)


def test_one_report_dating_two_parties_events_apart_tells_two_events() -> None:
    # "A year later the two children escaped the orphanage (2001-2002)"; "In 2002 the three fled again"
    escape = said(1, ("Pryu", "Pbrother"), time=Interval(date(2001, 9, 1), date(2002, 8, 31), "range"))
    flight = said(
        1, ("Pryu", "Pmother", "Pbrother"), time=Interval(date(2002, 1, 1), date(2002, 12, 31), "year"), start=80
    )
    assert len(facts(escape, flight)) == 2
    # told by another report, the part of the party joins
    assert len(facts(replace(escape, document=2, event="2:e0"), flight)) == 1

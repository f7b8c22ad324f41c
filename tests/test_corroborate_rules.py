"""The rules that make statements one fact, group them into independent sources and find their conflicts,
on hand-made statements (and one source through the real pipeline)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from tumen import Tumen
from tumen.corroborate.facts import Fact, Support, Verdict
from tumen.corroborate.grouping import group_facts
from tumen.corroborate.verdicts import judge
from tumen.model import Interval
from tumen.resolve.places import entity_id


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
CAMP_16 = ("place:camp-16", "camp")
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


ZONE = (entity_id("place", "Demilitarized Zone"), "border_crossing")  # Panmunjom lies within it (the data)
CROSSING_IN_ZONE = (entity_id("place", "Panmunjom"), "border_crossing")
OTHER_CROSSING = (entity_id("place", "Sino-Korean Friendship Bridge"), "border_crossing")


def test_a_place_and_a_place_inside_it_are_one_place_told_less_precisely() -> None:
    """'A soldier ran across the zone' in one invented report, 'a guard fled at the truce village at 14:02' in
    another, and a third that names him and dates his flight to 14:40: one crossing, whose times disagree."""
    named = statement(1, who="P1", time=day("2019-06-04"), place=ZONE, clock="14:40")
    anonymous = statement(2, who="P9", time=day("2019-06-04"), place=CROSSING_IN_ZONE, clock="14:02")
    (fact,) = facts(named, anonymous, anonymous=frozenset({"P9"}))
    assert {s.document for s in fact.supports} == {1, 2}
    assert [c.kind for c in fact.conflicts] == ["time"], "no place conflict: the crossing is inside the zone"
    assert fact.place == CROSSING_IN_ZONE[0], "the fact keeps the more specific place"
    other = statement(3, who="P8", time=day("2019-06-04"), place=OTHER_CROSSING)
    assert len(facts(named, other, anonymous=frozenset({"P8"}))) == 2, "a crossing outside the zone stays apart"


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


# --- one source, whether it publishes or is quoted ------------------------------------------------


def quoting(document: int, outlet: str, witness: str, label: str, **fields: Any) -> Support:
    """A statement of ``outlet``'s report that quotes ``label`` (entity ``witness``)."""
    return replace(
        statement(document, type="arrest", role="victim", outlet=outlet, **fields),
        witness=witness,
        witness_label=label,
    )


def organization(name: str) -> str:
    return entity_id("organization", name)


def test_a_report_quoting_an_organisation_depends_on_that_organisations_own_report() -> None:
    own = statement(1, type="arrest", role="victim", outlet="Freedom Watch Korea")
    quoted = quoting(2, "Seoul Daily", organization("Freedom Watch Korea"), "Freedom Watch Korea")
    (fact,) = facts(own, quoted)
    assert fact.independent_sources == 1 and fact.verdict is Verdict.SINGLE_WITNESS
    assert "Seoul Daily quoting Freedom Watch Korea: quotes Freedom Watch Korea, the outlet of another report" in (
        fact.explanation
    )
    (again,) = facts(quoted, replace(own, document=3, event="3:e1"))
    assert again.independent_sources == 1, "whichever comes first"
    assert (
        "Freedom Watch Korea: published by Freedom Watch Korea, which another report here quotes" in again.explanation
    )


def test_an_outlet_and_its_alias_or_acronym_are_one_source_but_other_names_are_not() -> None:
    hrw = statement(1, type="arrest", role="victim", outlet="Human Rights Watch")
    (alias,) = facts(hrw, quoting(2, "Seoul Daily", organization("HRW"), "Human Rights Watch"))
    assert alias.independent_sources == 1, "HRW is filed under Human Rights Watch (data/place_aliases.yaml)"
    (spelled,) = facts(
        statement(1, type="arrest", role="victim", outlet="HRW"),
        quoting(2, "Seoul Daily", organization("Human Rights Watch"), "Human Rights Watch"),
    )
    assert spelled.independent_sources == 1
    fwk = statement(1, type="arrest", role="victim", outlet="Freedom Watch Korea")
    (initials,) = facts(fwk, quoting(2, "Seoul Daily", organization("FWK"), "FWK"))
    assert initials.independent_sources == 1, "an acronym no table knows: the initials of the one outlet"
    other = quoting(2, "Seoul Daily", organization("Korea Future Watch"), "Korea Future Watch")
    (different,) = facts(fwk, other)
    assert different.independent_sources == 2 and different.verdict is Verdict.CORROBORATED
    weekly = statement(1, type="arrest", role="victim", outlet="Korea Weekly")
    wire = statement(2, type="arrest", role="victim", outlet="Korea Wire")
    (ambiguous,) = facts(weekly, wire, quoting(3, "Seoul Daily", organization("KW"), "KW"))
    assert ambiguous.independent_sources == 3, "KW could be either outlet: no dependency is assumed"
    (namesakes,) = facts(quoting(1, "Seoul Daily", "P1", "Kim Ok-ran"), quoting(2, "Busan Herald", "P2", "Kim Ok-ran"))
    assert namesakes.independent_sources == 2, "two persons of one name, kept apart by resolution, are two sources"


def test_an_organisation_the_extractor_took_for_a_person_is_still_the_outlet() -> None:
    own = statement(1, type="arrest", role="victim", outlet="Freedom Watch Korea")
    (fact,) = facts(own, quoting(2, "Seoul Daily", "P1a2b3c4d", "Freedom Watch Korea"))
    assert fact.independent_sources == 1


def test_a_relay_or_a_copy_is_named_as_the_reason_of_the_dependency() -> None:
    own = statement(1, type="arrest", role="victim", outlet="Freedom Watch Korea")
    relay = statement(2, type="arrest", role="victim", outlet="Seoul Daily")
    (fact,) = [judge(f, [(2, 1, "relays the other outlet's report")]) for f in group_facts([own, relay])]
    assert fact.independent_sources == 1
    assert "Seoul Daily: documents 2 and 1 are one source: relays the other outlet's report" in fact.explanation
    (plain,) = [judge(f, [(1, 2)]) for f in group_facts([own, relay])]
    assert "Seoul Daily: documents 1 and 2 are one source: a copy or a relay" in plain.explanation


def test_a_paper_quoting_an_organisation_before_its_own_report_is_one_source_with_it(tmp_path: Path) -> None:
    texts = {
        "daily.txt": (
            "Seoul Daily",
            "2021-04-05",
            "A trader from Musan is missing. According to Freedom Watch Korea, Ri Hyang-mi was arrested by "
            "the Ministry of State Security in Musan in March 2021.",
        ),
        "report.txt": (
            "Freedom Watch Korea",
            "2021-04-10",
            "Freedom Watch Korea has documented the case of Ri Hyang-mi, a 34-year-old trader. Ri Hyang-mi was "
            "arrested by the Ministry of State Security in Musan in March 2021, her cousin told Freedom Watch Korea.",
        ),
    }
    tumen = Tumen.init(str(tmp_path / "tumen.db"))
    try:
        for name, (outlet, published, text) in texts.items():
            (tmp_path / name).write_text(text, encoding="utf-8")
            assert tumen.ingest([str(tmp_path / name)], meta={"outlet": outlet, "published": published}).failed == 0
        assert not tumen.process(workers=1).failed
        quoted = [f for f in tumen.casebase().facts if "Seoul Daily" in f.explanation]
    finally:
        tumen.close()
    assert len(quoted) == 1, [f.explanation for f in quoted]
    (fact,) = quoted
    assert fact.independent_sources == 1 and fact.verdict is Verdict.SINGLE_WITNESS, fact.explanation
    assert (
        "published by Freedom Watch Korea, which another report here quotes (Seoul Daily quoting Freedom Watch Korea)"
        in fact.explanation
    )


# --- lasting states told in the present ------------------------------------------------------------


def held(document: int, when: Interval | None, published: str, place: tuple[str, str] | None = CAMP_16) -> Support:
    """ "P1 is now held in Camp 16": a detention whose time is its report's date (or as given)."""
    return replace(
        statement(document, type="detention", role="victim", time=when, place=place), published=day(published)
    )


def test_still_held_on_two_report_dates_is_no_contradiction_but_two_camps_that_day_are() -> None:
    (fact,) = facts(held(1, day("2022-03-14"), "2022-03-14"), held(2, day("2022-09-02"), "2022-09-02"))
    assert not fact.conflicts and fact.verdict is Verdict.CORROBORATED
    (remains,) = facts(
        held(1, day("2022-03-14"), "2022-03-14"),
        held(2, Interval(date(2023, 1, 20), date(2023, 1, 20), "ongoing"), "2023-01-20"),
    )
    assert not remains.conflicts, "'remains detained' (ongoing) and 'is now held' (the report's day)"
    (missing,) = facts(
        replace(held(1, day("2019-05-02"), "2019-05-02", None), type="disappearance"),
        replace(held(2, day("2021-11-30"), "2021-11-30", None), type="disappearance"),
    )
    assert not missing.conflicts
    (camps,) = facts(held(1, day("2022-09-02"), "2022-09-02"), held(2, day("2022-09-02"), "2022-09-02", CAMP_18))
    assert [c.kind for c in camps.conflicts] == ["place"], "held in two camps on one day"
    left = replace(statement(1, type="arrest", role="victim", time=day("2022-03-14")), published=day("2022-03-14"))
    right = replace(statement(2, type="arrest", role="victim", time=day("2022-09-02")), published=day("2022-09-02"))
    (arrest,) = facts(left, right)
    assert [c.kind for c in arrest.conflicts] == ["time"], "an arrest happens once: two days disagree"


def test_a_detention_begun_long_before_a_report_finds_it_still_lasting_is_no_contradiction() -> None:
    begun = held(1, year(2019), "2019-08-01")
    (fact,) = facts(begun, held(2, day("2022-09-02"), "2022-09-02"))
    assert not fact.conflicts
    assert fact.time == year(2019), "the fact's time is when it began, not a date a report found it lasting"


def test_a_release_is_its_own_fact_not_a_clash_with_a_later_still_held() -> None:
    release = replace(statement(1, type="release", role="victim", time=year(2019)), published=day("2020-01-10"))
    found = facts(release, held(2, day("2021-06-01"), "2021-06-01"), held(3, day("2021-09-01"), "2021-09-01"))
    assert sorted(f.type for f in found) == ["detention", "release"]
    assert not any(f.conflicts for f in found)


def test_two_reports_resting_on_one_original_in_its_words_are_one_source() -> None:
    """A wire story (document 9, which says nothing of this arrest) reprinted by one paper and relayed by
    another: the two reports are one source. Two papers that merely credit the same agency stay two."""
    first = statement(1, type="arrest", role="victim", outlet="Seoul Daily")
    second = statement(2, type="arrest", role="victim", outlet="Busan Herald")
    reprinted = [(1, 9, "near-duplicate text (Jaccard 0.91)"), (2, 9, "relays the other outlet's report")]
    (fact,) = [judge(f, reprinted) for f in group_facts([first, second])]
    assert fact.independent_sources == 1
    credited = [(1, 9, "relays the other outlet's report"), (2, 9, "relays the other outlet's report")]
    (fact,) = [judge(f, credited) for f in group_facts([first, second])]
    assert fact.independent_sources == 2

"""Relatives across reports: ranked relatives ("her eldest child" / "her second child") are never one
person, in one document or across documents; relatives listed together are different persons and
share the list's possessor. Every sentence and record here is invented."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.kin_ranks import ranks_differ, split
from tumen.extract.names import parse
from tumen.extract.types import Entity, Extraction
from tumen.model import Interval
from tumen.resolve.matching import Record, score
from tumen.resolve.persons import records_of
from tumen.resolve.resolver import resolve

DAY = date(2022, 4, 5)


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", DAY, None, None))


def relatives(extraction: Extraction) -> list[Entity]:
    return [e for e in extraction.entities if e.kind == "person" and e.name is None and e.anchor]


def named(extraction: Extraction, name: str) -> Entity:
    return next(e for e in extraction.entities if e.name == name)


def test_a_rank_is_kept_in_the_descriptor_and_two_ranks_are_two_children() -> None:
    text = (
        "Ra Mi-ok was born in 1990. She left her eldest child with his father. "
        "Her second child stayed in China with her."
    )
    extraction = run(text)
    mother = named(extraction, "Ra Mi-ok")
    children = [e for e in relatives(extraction) if e.anchor == ("child_of", mother.id)]
    assert sorted(e.descriptor or "" for e in children) == ["eldest child", "second child"]


def test_a_relative_without_rank_is_the_one_last_spoken_of() -> None:
    text = "Ra Mi-ok fled in 2006. Her eldest son was caught in 2008. Her son was sent to a camp."
    extraction = run(text)
    sons = [e for e in relatives(extraction) if split(e.descriptor)[1] == "son"]
    assert len(sons) == 1 and sons[0].descriptor == "eldest son"
    assert {m.text for m in sons[0].mentions} == {"Her eldest son", "Her son"}


def test_relatives_of_one_kind_listed_together_are_two_persons() -> None:
    text = "Pyon Un-hi was born in 1988. She left her elder sister and her baby sister with a neighbour."
    extraction = run(text)
    sisters = [e for e in relatives(extraction) if split(e.descriptor)[1] == "sister"]
    assert len(sisters) == 2
    assert sorted(e.descriptor or "" for e in sisters) == ["sister", "youngest sister"]


def test_every_kin_noun_of_a_list_shares_its_possessor() -> None:
    text = "Ra Mi-ok grew up on a farm near Wonsan with her father, mother, three cousins, grandfather and aunt."
    extraction = run(text)
    anchor = named(extraction, "Ra Mi-ok").id
    kinds = {e.descriptor for e in relatives(extraction) if e.anchor and e.anchor[1] == anchor}
    assert {"mother", "father", "grandfather", "aunt"} <= kinds


def rel(key: str, descriptor: str, anchor: str, relation: str = "child_of") -> Record:
    return Record(
        key=key,
        document=int(key.split(":")[0]),
        name=None,
        label=descriptor,
        anchor=(relation, anchor),
        descriptor=descriptor,
        published=DAY,
    )


def mother(key: str) -> Record:
    return Record(key=key, document=int(key.split(":")[0]), name=parse("Ra Mi-ok"), label="Ra Mi-ok", published=DAY)


def together(members: dict[str, list[str]], *keys: str) -> bool:
    return any(set(keys) <= set(m) for m in members.values())


def test_ranked_relatives_of_one_person_never_merge_across_reports() -> None:
    assert ranks_differ("eldest child", "second child")
    assert not ranks_differ("child", "second child")
    records = [
        mother("1:p1"),
        rel("1:p2", "eldest child", "1:p1"),
        mother("2:p1"),
        rel("2:p2", "second child", "2:p1"),
        mother("3:p1"),
        rel("3:p2", "eldest child", "3:p1"),
    ]
    assert score(records[1], records[3]).total < 0  # different ranks speak against
    members = resolve(records).members
    assert together(members, "1:p1", "2:p1", "3:p1")
    assert together(members, "1:p2", "3:p2")
    assert not together(members, "1:p2", "2:p2")


def test_an_unranked_relative_joins_no_one_when_the_person_has_several_ranked_ones() -> None:
    records = [
        mother("1:p1"),
        rel("1:p2", "child", "1:p1"),
        mother("2:p1"),
        rel("2:p2", "second child", "2:p1"),
        mother("3:p1"),
        rel("3:p2", "eldest child", "3:p1"),
    ]
    members = resolve(records).members
    assert not together(members, "1:p2", "2:p2")
    assert not together(members, "1:p2", "3:p2")
    alone = [mother("1:p1"), rel("1:p2", "child", "1:p1"), mother("2:p1"), rel("2:p2", "second child", "2:p1")]
    assert together(resolve(alone).members, "1:p2", "2:p2")  # one ranked child known: "her child" may be it


# -- whose relative: the protagonist, "had a daughter", "another sister", "her sister Kum-hui Ri" ----------


def anchored_to(extraction: Extraction, descriptor: str) -> str | None:
    found = [e for e in relatives(extraction) if e.descriptor == descriptor]
    assert len(found) == 1, [(e.descriptor, e.anchor) for e in relatives(extraction)]
    anchor = found[0].anchor
    return anchor[1] if anchor else None


def test_her_grandfather_after_her_mother_is_the_protagonists_grandfather() -> None:
    text = (
        "Ri Song-a left Chongjin in 1999. Her mother went along as far as the market. "
        "Her grandfather stayed at the farm, and her eldest sister joined an army unit."
    )
    extraction = run(text)
    protagonist = named(extraction, "Ri Song-a").id
    assert anchored_to(extraction, "grandfather") == protagonist
    assert anchored_to(extraction, "eldest sister") == protagonist


def test_a_pronoun_of_the_other_gender_still_means_the_relative() -> None:
    extraction = run("Ms Kim Sun-ok fled with her son. His wife stayed in Hyesan.")
    son = next(e for e in relatives(extraction) if e.descriptor == "son")
    assert anchored_to(extraction, "wife") == son.id  # "his" cannot be Ms Kim: the son's wife


def test_having_a_daughter_makes_her_the_subjects_daughter() -> None:
    extraction = run("Yun Sun-ok sold noodles in Sinuiju. Yun had a 4-year-old daughter, named after a flower.")
    assert anchored_to(extraction, "daughter") == named(extraction, "Yun Sun-ok").id


def test_another_sister_is_one_more_sister() -> None:
    extraction = run("Ri Song-a fled in 1998 with her sister. Later her mother and another sister followed.")
    sisters = [e for e in relatives(extraction) if e.descriptor == "sister"]
    assert len(sisters) == 2


def test_a_kin_noun_before_a_name_describes_that_name_and_a_list_goes_on() -> None:
    text = (
        "Pyon Song-a was born in 1991. After recovering, Song-a’s mother left Song-a, her older sister Sunhee "
        "Pyon, her younger brother and her little brother with an aunt."
    )
    extraction = run(text)
    sister = named(extraction, "Sunhee Pyon")
    assert sister.gender == "female" and sister.anchor == ("sibling_of", named(extraction, "Pyon Song-a").id)
    assert not any("brother" in m.text for m in sister.mentions)  # the brothers are the list's next items


# -- "my son" in a quotation; relatives that stay apart -------------------------------------------------


def test_my_relative_in_a_quotation_is_the_speakers_relative() -> None:
    text = (
        "Ri Un-ha left Kimchaek in 2007. “My second child was born in a shed, and my husband never saw him,” "
        "Ri told the radio. “I hoped to send for my daughter, but the broker vanished,” she said."
    )
    extraction = run(text)
    speaker = named(extraction, "Ri Un-ha").id
    assert anchored_to(extraction, "second child") == speaker
    assert anchored_to(extraction, "husband") == speaker
    assert anchored_to(extraction, "daughter") == speaker


def test_my_relative_without_a_speaker_is_no_ones() -> None:
    extraction = run("Ri Un-ha fled in 2006. My mother still lives in Hyesan, the columnist writes.")
    assert not any(e.descriptor == "mother" for e in relatives(extraction))


def test_brothers_are_not_ambiguous_because_of_ranked_sisters() -> None:
    records = [
        mother("1:p1"),
        rel("1:p2", "brother", "1:p1", "sibling_of"),
        rel("1:p3", "eldest sister", "1:p1", "sibling_of"),
        mother("2:p1"),
        rel("2:p2", "brother", "2:p1", "sibling_of"),
        rel("2:p3", "youngest sister", "2:p1", "sibling_of"),
    ]
    members = resolve(records).members
    assert together(members, "1:p2", "2:p2")  # sisters of two ranks say nothing about which brother
    assert not together(members, "1:p3", "2:p3")


def test_two_relatives_one_report_kept_apart_stay_apart_across_reports() -> None:
    records = [
        mother("1:p1"),
        rel("1:p2", "sister", "1:p1", "sibling_of"),  # "her sister" (named in the report, say)
        rel("1:p3", "eldest sister", "1:p1", "sibling_of"),  # and "her eldest sister": two sisters there
        mother("2:p1"),
        rel("2:p2", "eldest sister", "2:p1", "sibling_of"),
    ]
    members = resolve(records).members
    assert together(members, "1:p3", "2:p2")
    assert not together(members, "1:p2", "1:p3")


# -- spouses: one at a time, several over a life ----------------------------------------------------------


def husband(key: str, name: str | None = None) -> Record:
    record = rel(key, "husband", f"{key.split(':')[0]}:p1", "spouse_of")
    return Record(**{**record.__dict__, "name": parse(name) if name else None, "label": name or "husband"})


def test_a_named_spouse_does_not_join_an_unnamed_one_by_the_relation_alone() -> None:
    records = [
        mother("1:p1"),
        husband("1:p2"),  # "her husband drank and hit her" (the first marriage)
        mother("2:p1"),
        husband("2:p2", "Pak Chol-jin"),  # "she and her husband Pak Chol-jin opened a noodle shop"
        mother("3:p1"),
        husband("3:p2"),  # "a year after her husband first hit her", in a third report
    ]
    resolution = resolve(records)
    assert together(resolution.members, "1:p2", "3:p2")  # two unnamed husbands of one story: one man
    assert not together(resolution.members, "1:p2", "2:p2")
    assert not together(resolution.members, "2:p2", "3:p2")
    asked = [p for p in resolution.review if "2:p2" in (p.left, p.right)]
    assert len(asked) == 1 and any("two spouses" in reason for reason in asked[0].score.reasons)


def test_a_named_spouse_with_other_evidence_still_joins() -> None:
    born = Interval(date(1970, 1, 1), date(1970, 12, 31), "year")
    records = [mother("1:p1"), husband("1:p2"), mother("2:p1"), husband("2:p2", "Pak Chol-jin")]
    records[1] = Record(**{**records[1].__dict__, "birth": born, "gender": "male", "context": frozenset({"hoeryong"})})
    records[3] = Record(**{**records[3].__dict__, "birth": born, "gender": "male", "context": frozenset({"hoeryong"})})
    assert together(resolve(records).members, "1:p2", "2:p2")  # the same stated birth and town: one man


def test_a_named_husband_in_one_report_is_not_the_husband_who_hit_her_in_another() -> None:
    day = date(2020, 3, 1)
    texts = [
        "Ra Mi-ok grew up in Kilju. Her husband drank and hit her, so she left him and walked to the river in 2003.",
        "Ra Mi-ok and her husband Pak Chol-jin opened a noodle shop in Incheon last year.",
        "Ra Mi-ok left Kilju in 2003, a year after her husband first hit her.",
    ]
    records: list[Record] = []
    for document, text in enumerate(texts, start=1):
        records += records_of(document, extract(Source(text, document, "en", day, None, None)), day)
    spouses = {r.key: r for r in records if r.anchor and r.anchor[0] == "spouse_of"}
    named_one = next(k for k, r in spouses.items() if r.name is not None)
    unnamed = sorted(k for k, r in spouses.items() if r.name is None)
    members = resolve(records).members
    assert len(unnamed) == 2 and together(members, *unnamed)
    assert not any(together(members, named_one, k) for k in unnamed)

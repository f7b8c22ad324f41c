"""Persons across reports when no report names them: an unnamed couple and their relatives are
persons of the story (English extraction), and the same cast told by two reports of one story is
the same people (tumen.resolve.casts). Every sentence and record here is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tumen import Tumen
from tumen.extract.document import Source, extract
from tumen.extract.names import parse
from tumen.extract.types import Entity, Extraction
from tumen.extract.vocab import load
from tumen.model import Interval
from tumen.resolve.casts import cast_keys, cast_matches
from tumen.resolve.matching import Record
from tumen.resolve.persons import records_of
from tumen.resolve.resolver import block_keys, resolve

DAY = date(2023, 6, 10)


def run(text: str, published: date = DAY, document: int = 1) -> Extraction:
    return extract(Source(text, document, "en", published, None, None))


def unnamed(extraction: Extraction, descriptor: str) -> list[Entity]:
    return [e for e in extraction.entities if e.kind == "person" and e.name is None and e.descriptor == descriptor]


def one(extraction: Extraction, descriptor: str) -> Entity:
    found = unnamed(extraction, descriptor)
    assert len(found) == 1, [(e.descriptor, e.label) for e in extraction.entities]
    return found[0]


def born(start: int, end: int) -> Interval:
    return Interval(date(start, 6, 11), date(end, 6, 10), "range")


def person(key: str, descriptor: str, *, gender: str | None = None, birth: Interval | None = None,
           published: date = DAY, anchor: tuple[str, str] | None = None) -> Record:  # fmt: skip
    return Record(
        key=key,
        document=int(key.split(":")[0]),
        name=None,
        label=descriptor,
        gender=gender,
        birth=birth,
        anchor=anchor,
        descriptor=descriptor,
        published=published,
    )


def together(members: dict[str, list[str]], *keys: str) -> bool:
    return any(set(keys) <= set(m) for m in members.values())


# -- an unnamed couple is two persons of the story -------------------------------------------------


def test_a_couple_is_a_husband_and_a_wife_who_are_spouses_with_the_couples_age() -> None:
    extraction = run("A farming couple in their 40s was arrested near the river last week.")
    husband, wife = one(extraction, "husband"), one(extraction, "wife")
    assert (husband.gender, wife.gender) == ("male", "female")
    assert any(r.type == "spouse_of" and {r.subject, r.object} == {husband.id, wife.id} for r in extraction.relations)
    for member in (husband, wife):  # in their 40s at publication: born 1973..1983
        assert member.birth is not None
        assert member.birth.earliest.year in (1972, 1973) and member.birth.latest.year == 1983
        assert any("couple" in m.text for m in member.mentions)


def test_husband_and_wife_joined_are_the_couple_and_their_nephew_is_their_relative() -> None:
    text = "The husband and wife boarded a truck with their 13-year-old nephew. The boy was later found at a school."
    extraction = run(text)
    husband, nephew = one(extraction, "husband"), one(extraction, "nephew")
    one(extraction, "wife")
    assert nephew.anchor == ("relative_of", husband.id)
    assert nephew.birth is not None and nephew.birth.latest.year == 2010
    strong = load("kinship.yaml")["strong_gender_weight"]
    assert nephew.gender_votes["male"] == 2 * strong  # "nephew", then "the boy": a young nephew is the boy


def test_the_wifes_brother_is_the_wifes_sibling_and_a_couple_of_days_is_no_couple() -> None:
    text = "A couple from the coast was caught. The wife's elder brother had left a couple of days before."
    extraction = run(text)
    wife, brother = one(extraction, "wife"), one(extraction, "brother")
    assert brother.anchor == ("sibling_of", wife.id)
    assert len(unnamed(extraction, "husband")) == 1  # "a couple of days" made no second couple


def test_an_age_at_a_moment_of_the_story_still_gives_no_birth() -> None:
    extraction = run("In their 30s, the couple opened a shop in the port.")
    assert all(e.birth is None for e in unnamed(extraction, "husband") + unnamed(extraction, "wife"))


# -- the same cast in two reports is the same people -----------------------------------------------


def test_the_cast_rule_joins_each_role_of_two_reports_of_one_story() -> None:
    records = [
        person("1:p1", "husband", gender="male", birth=born(1973, 1983)),
        person("1:p2", "wife", gender="female", birth=born(1973, 1983)),
        person("1:p3", "nephew", gender="male", anchor=("relative_of", "1:p1")),
        person("2:p1", "husband", gender="male", birth=born(1974, 1984), published=date(2023, 7, 2)),
        person("2:p2", "wife", gender="female", published=date(2023, 7, 2)),
        person("2:p3", "nephew or niece", published=date(2023, 7, 2)),
    ]
    members = resolve(records).members
    assert together(members, "1:p1", "2:p1")
    assert together(members, "1:p2", "2:p2")
    assert together(members, "1:p3", "2:p3")
    assert not together(members, "1:p1", "1:p2")
    reasons = [r for m in cast_matches(records) for r in m.roles]
    assert "nephew or niece" in reasons


def test_one_agreeing_role_or_no_agreeing_age_is_not_a_cast() -> None:
    lone = [
        person("1:p1", "husband", gender="male", birth=born(1973, 1983)),
        person("2:p1", "husband", gender="male", birth=born(1973, 1983)),
    ]
    assert cast_matches(lone) == []  # one unnamed husband each: any two stories have one
    ageless = [
        person("1:p1", "husband", gender="male"),
        person("1:p2", "wife", gender="female"),
        person("2:p1", "husband", gender="male"),
        person("2:p2", "wife", gender="female"),
    ]
    assert cast_matches(ageless) == []  # nothing but role words: not enough


def test_a_role_whose_players_disagree_means_two_stories() -> None:
    records = [
        person("1:p1", "husband", gender="male", birth=born(1973, 1983)),
        person("1:p2", "wife", gender="female", birth=born(1973, 1983)),
        person("2:p1", "husband", gender="male", birth=born(1993, 2003)),  # in his 20s, not his 40s
        person("2:p2", "wife", gender="female", birth=born(1973, 1983)),
    ]
    assert cast_matches(records) == []
    assert not together(resolve(records).members, "1:p2", "2:p2")


def test_reports_months_apart_or_an_ambiguous_role_do_not_join() -> None:
    later = date(2023, 9, 1)
    apart = [
        person("1:p1", "husband", gender="male", birth=born(1973, 1983)),
        person("1:p2", "wife", gender="female", birth=born(1973, 1983)),
        person("2:p1", "husband", gender="male", birth=born(1973, 1983), published=later),
        person("2:p2", "wife", gender="female", birth=born(1973, 1983), published=later),
    ]
    assert cast_matches(apart) == []
    assert not set(cast_keys(apart[0])) & set(cast_keys(apart[2]))  # not even in one block
    two_brothers = [
        person("1:p1", "brother", gender="male", birth=born(1990, 1991)),
        person("1:p2", "sister", gender="female", birth=born(1993, 1994)),
        person("2:p1", "brother", gender="male", birth=born(1990, 1991)),
        person("2:p2", "brother", gender="male", birth=born(1985, 1986)),
        person("2:p3", "sister", gender="female", birth=born(1993, 1994)),
    ]
    matches = cast_matches(two_brothers)
    assert {m.roles for m in matches} <= {("sister",)} and not matches  # which brother? and one role is no cast


def test_a_named_persons_unnamed_relative_is_left_to_the_anchor_rule() -> None:
    records = [
        person("1:p2", "husband", gender="male", birth=born(1973, 1983), anchor=("spouse_of", "1:p1")),
        person("1:p3", "nephew", gender="male", birth=born(2009, 2010), anchor=("relative_of", "1:p1")),
        person("2:p2", "husband", gender="male", birth=born(1973, 1983), anchor=("spouse_of", "2:p1")),
        person("2:p3", "nephew", gender="male", birth=born(2009, 2010), anchor=("relative_of", "2:p1")),
    ]
    named = [Record(key=f"{d}:p1", document=d, name=parse("Ko Un-suk"), label="Ko", published=DAY) for d in (1, 2)]
    assert cast_matches(records + named) == []


def test_cast_keys_are_block_keys_so_an_update_region_finds_the_other_report() -> None:
    unaged = person("1:p1", "wife", gender="female", published=date(2023, 12, 20))
    assert cast_keys(unaged) == ["D|1"]  # brought in with the rest of its report's cast
    aged = person("2:p1", "wife", gender="female", birth=born(1983, 1984), published=date(2023, 12, 20))
    assert cast_keys(aged) == [
        "D|2",
        "C|wife|1980s|2023-12",
        "C|wife|1980s|2024-01",
    ]
    assert set(cast_keys(aged)) <= set(block_keys(aged))


def test_two_english_reports_of_one_unnamed_couple_become_two_persons_across_them() -> None:
    first = run(
        "Police stopped a couple in their 60s and their 11-year-old niece at a bus station.",
        published=date(2023, 5, 20),
        document=1,
    )
    second = run(
        "The husband and wife, said to be in their sixties, were taken to a detention centre. "
        "Their 11-year-old niece went home.",
        published=date(2023, 6, 2),
        document=2,
    )
    records = records_of(1, first, date(2023, 5, 20)) + records_of(2, second, date(2023, 6, 2))
    members = resolve(records).members
    by_descriptor = {(r.document, r.descriptor): r.key for r in records}
    assert together(members, by_descriptor[(1, "husband")], by_descriptor[(2, "husband")])
    assert together(members, by_descriptor[(1, "wife")], by_descriptor[(2, "wife")])
    assert not together(members, by_descriptor[(1, "husband")], by_descriptor[(1, "wife")])


# -- processing report by report gives the batch's persons ------------------------------------------------

REPORTS = [
    ("2023-05-20", "Police stopped a couple in their 60s and their 11-year-old niece at a bus station."),
    (
        "2023-05-28",
        "The husband and wife, said to be in their sixties, were taken away. Their 11-year-old niece went home.",
    ),
    ("2023-06-03", "Neighbours said a couple in their sixties and their niece, 11, had been taken away."),
]


def _persons(tumen: Tumen) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((p.name, tuple(sorted(p.records))) for p in tumen.persons())


def test_casts_are_the_same_whether_reports_come_one_by_one_or_in_one_batch(tmp_path: Path) -> None:
    files = []
    for index, (published, text) in enumerate(REPORTS):
        path = tmp_path / f"report{index}.txt"
        path.write_text(text, encoding="utf-8")
        files.append((path, published))
    batch = Tumen.init(str(tmp_path / "batch.db"))
    for path, published in files:
        batch.ingest([str(path)], meta={"published": published, "language": "en"})
    batch.process(workers=1)
    one_by_one = Tumen.init(str(tmp_path / "single.db"))
    for path, published in files:
        one_by_one.ingest([str(path)], meta={"published": published, "language": "en"})
        one_by_one.process(workers=1)
    assert _persons(one_by_one) == _persons(batch)
    husbands = [records for name, records in _persons(batch) if name == "husband"]
    assert husbands and max(len(r) for r in husbands) >= 2  # the husband is one person across reports
    batch.close()
    one_by_one.close()

""" "With her mother" (docs/extraction.md, "Who 'they' are" and "Companions"), on invented sentences: a person a
companion word ("with", "along with", "alongside") joins to a clause's person subject makes a party with that
subject, which a later "they" stands for; and in an event done together (a crossing, an escape, a resettlement,
a disappearance) the companions did it too."""

from __future__ import annotations

from datetime import date

from helpers import events_of as of_type
from helpers import named_in_role as role
from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2018, 6, 1)))


def test_they_after_a_companion_are_the_subject_and_the_companion() -> None:
    x = run("Ana Berg crossed the river with her mother. In 2001 they were caught by border police.")
    [arrest] = of_type(x, "arrest")
    assert role(x, arrest, "victim") == {"Ana Berg", "mother"}


def test_they_after_listed_companions_include_the_subject() -> None:
    # before: "they" was the conjoined "her mother and sister" alone, without Ana Berg
    x = run("In 1998 Ana Berg crossed the river with her mother and sister. They were caught in 2001.")
    [arrest] = of_type(x, "arrest")
    assert role(x, arrest, "victim") == {"Ana Berg", "mother", "sister"}


def test_along_with_makes_a_party_too() -> None:
    x = run("Ana Berg was arrested along with her husband in 2004. They were sent to a labour camp.")
    [held] = of_type(x, "detention")
    assert role(x, held, "victim") == {"Ana Berg", "husband"}


def test_a_companion_crosses_too() -> None:
    x = run("Ana Berg fled to China with her mother in 1998.")
    [crossing] = of_type(x, "border_crossing")
    assert role(x, crossing, "subject") == {"Ana Berg", "mother"}


def test_companions_disappear_too() -> None:
    x = run("Ana Berg disappeared along with her brother in 2010.")
    [gone] = of_type(x, "disappearance")
    assert role(x, gone, "victim") == {"Ana Berg", "brother"}


def test_help_and_harms_are_no_companions() -> None:
    # "with the help of a broker" names no person; a death "with her husband at her side" is not his
    x = run("Ana Berg crossed the border with the help of a broker.")
    [crossing] = of_type(x, "border_crossing")
    assert role(x, crossing, "subject") == {"Ana Berg"}
    x = run("Ana Berg died with her husband at her side.")
    [death] = of_type(x, "death")
    assert role(x, death, "victim") == {"Ana Berg"}


def test_we_is_the_speakers_party() -> None:
    # before: "we" stood for no one, and "caught" with no person as its object made no arrest
    x = run('"My mother and I crossed the river in 1998," Ana Berg said. "We were caught by border police in 1999."')
    [arrest] = of_type(x, "arrest")
    assert role(x, arrest, "victim") == {"Ana Berg", "mother"}


def test_we_is_the_party_named_after_it() -> None:
    x = run('"We crossed the river in 1998, my mother and I," Ana Berg said.')
    [crossing] = of_type(x, "border_crossing")
    assert role(x, crossing, "subject") == {"Ana Berg", "mother"}


def test_we_without_the_speakers_party_is_no_one() -> None:
    x = run('"We were arrested in 2004," said Ana Berg, a journalist.')
    [arrest] = of_type(x, "arrest")
    assert role(x, arrest, "victim") == set()


def test_a_pronoun_the_name_finder_took_for_a_name_names_no_one() -> None:
    x = run('Ana Berg told reporters: "We crossed the river in 1998, my mother and I. The police came later."')
    assert [e.name for e in x.entities if e.kind in ("person", "organization") and e.name in ("I", "I.")] == []


def test_listed_companions_each_take_part() -> None:
    x = run("Ana Berg fled to China with her husband and her son in 2010.")
    [crossing] = of_type(x, "border_crossing")
    assert role(x, crossing, "subject") == {"Ana Berg", "husband", "son"}


def test_one_who_escaped_the_harm_is_no_victim_of_it() -> None:
    x = run("Police arrested Ana Berg, Tom Reller and Ivo Holm, although Tom Reller managed to evade arrest.")
    [arrest] = of_type(x, "arrest")
    assert role(x, arrest, "victim") == {"Ana Berg", "Ivo Holm"}


def test_companions_of_the_subject_take_part() -> None:
    # "along with" hung on the subject or on the verb the trigger shares its subject with
    x = run("Ana Berg and Tom Reller, along with their nephew Mark Lund, tried to cross the border but were caught.")
    [arrest] = of_type(x, "arrest")
    assert role(x, arrest, "victim") == {"Ana Berg", "Tom Reller", "Mark Lund"}
    x = run("Ana Berg, along with her son, was arrested in May.")
    [arrest] = of_type(x, "arrest")
    assert role(x, arrest, "victim") == {"Ana Berg", "son"}


def test_together_with_joins_too() -> None:
    x = run("Ana Berg, together with Tom Reller, fled to China.")
    [crossing] = of_type(x, "border_crossing")
    assert role(x, crossing, "subject") == {"Ana Berg", "Tom Reller"}

"""A description told after the names it stands for: a plural noun set off by a comma after a list of names ("A and
B, two activists"), and the complement of "be" whose subject has the name in apposition ("The victim, A, was a
lawyer"); and the trade of a paralegal. Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Entity, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def named(extraction: Extraction, name: str) -> Entity:
    return next(e for e in extraction.entities if e.kind == "person" and e.name == name)


def test_a_plural_noun_after_a_list_of_names_describes_each_of_them() -> None:
    extraction = run("Police arrested Ana Berg and Tom Reller, two activists of the Tarvik Youth Front, on Monday.")
    assert [named(extraction, n).descriptor for n in ("Ana Berg", "Tom Reller")] == ["activist"] * 2
    extraction = run("Gunmen killed Ana Berg and Tom Reller, both environmental activists, on Monday.")
    assert named(extraction, "Ana Berg").descriptor == "environmental activist"


def test_a_list_of_three_names_before_the_plural_noun() -> None:
    extraction = run("Ana Berg, Tom Reller and Ivo Holm, all journalists, were arrested in Tarvik on Monday.")
    assert [named(extraction, n).descriptor for n in ("Ana Berg", "Tom Reller", "Ivo Holm")] == ["journalist"] * 3
    extraction = run("Police arrested Ana Berg, Tom Reller and Ivo Holm, three journalists of the Tarvik Courier.")
    assert named(extraction, "Ana Berg").descriptor == "journalist"


def test_a_plural_noun_whose_number_does_not_count_the_names_describes_only_its_own() -> None:
    extraction = run("Police arrested Ana Berg, Tom Reller and Ivo Holm, two activists, in Tarvik on Monday.")
    assert named(extraction, "Ana Berg").descriptor is None


def test_a_plural_noun_that_is_a_subject_after_the_list_describes_no_one_of_it() -> None:
    extraction = run("Police arrested Ana Berg and Tom Reller on Monday, Tarvik journalists said.")
    assert named(extraction, "Ana Berg").descriptor is None


def test_a_plural_noun_with_a_verb_of_its_own_after_the_list_describes_no_one_of_it() -> None:
    extraction = run("Police arrested Ana Berg and Tom Reller, Tarvik journalists reported on Monday.")
    assert [named(extraction, n).descriptor for n in ("Ana Berg", "Tom Reller")] == [None, None]
    extraction = run("Police arrested Ana Berg and Tom Reller, two activists who fled Tarvik in May.")
    assert named(extraction, "Ana Berg").descriptor == "activist"  # a relative clause still describes


def test_the_object_of_an_opening_clause_is_not_in_the_list_of_subjects_after_it() -> None:
    text = (
        "After meeting Ana Berg, Tom Reller and Ivo Holm, activists of the Tarvik Youth Front, were arrested on Monday."
    )
    extraction = run(text)
    assert [named(extraction, n).descriptor for n in ("Ana Berg", "Tom Reller", "Ivo Holm")] == [
        None,
        *["activist"] * 2,
    ]


def test_the_complement_of_be_describes_the_name_apposed_to_its_subject() -> None:
    extraction = run("Gunmen killed two people in Tarvik on Monday. One of the victims, Ana Berg, was a lawyer.")
    assert named(extraction, "Ana Berg").descriptor == "lawyer"
    extraction = run("Gunmen killed a woman in Tarvik. The victim, Ana Berg, was a well-known activist.")
    assert named(extraction, "Ana Berg").descriptor == "activist"


def test_a_negated_complement_describes_no_one() -> None:
    extraction = run("Gunmen killed a woman in Tarvik. The victim, Ana Berg, was not a lawyer.")
    assert named(extraction, "Ana Berg").descriptor is None


def test_a_paralegal_is_a_role() -> None:
    extraction = run("Ana Berg works as a paralegal at the Tarvik legal aid centre. Police arrested her on Monday.")
    assert named(extraction, "Ana Berg").descriptor == "paralegal"

"""A "who" clause after a named person's description is about the one named (invented texts)."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2025, 5, 12)))


def victims(extraction: Extraction, kind: str) -> list[str]:
    names = {e.id: e.name for e in extraction.entities}
    events: list[Event] = [e for e in extraction.events if e.type == kind]
    return [names[p.entity] for e in events for p in e.participants if p.role == "victim"]


def test_who_after_a_description_ending_in_a_village_is_the_named_person() -> None:
    extraction = run(
        "The victims include:\n\n- Ana Berg, 52, a community leader from Holm village, who was shot dead by "
        "unidentified gunmen outside her home on 21 April 2025;\n"
        "- Karl Vos, 27, a student, who was arrested on 28 April."
    )
    killing = next(e for e in extraction.events if e.type == "killing")
    assert victims(extraction, "killing") == ["Ana Berg"]
    assert killing.time is not None and killing.time.earliest == date(2025, 4, 21)


def test_who_after_an_apposed_role_outside_the_vocabulary_is_the_named_person() -> None:
    extraction = run("Tomas Lind, 40, a community leader, who was arrested on 3 May, remains in custody.")
    assert "Tomas Lind" in victims(extraction, "arrest")


def test_who_after_the_village_of_a_place_is_the_named_person() -> None:
    extraction = run("The victims include Karl Vos, a farmer from the village of Dorn, who was abducted on 3 May.")
    assert "Karl Vos" in victims(extraction, "abduction")


def test_who_on_a_person_of_the_description_stays_with_that_person() -> None:
    extraction = run("Ana Berg, the mother of a boy who was shot dead in Holm, spoke to reporters.")
    assert "Ana Berg" not in victims(extraction, "killing")


def test_who_after_the_description_of_a_name_something_is_named_after_keeps_its_event() -> None:
    extraction = run(
        "Near the square lies the Karl Vos Park, named in memory of Karl Vos, a textile worker who was stabbed to "
        "death in 1978 by extremists."
    )
    assert "Karl Vos" in victims(extraction, "killing")


def test_who_after_a_description_ending_in_a_body_is_the_named_person() -> None:
    """ "who" stands for a person: not "the unit" nor "the Tarvik plant" the description ends in."""
    killed = run("Karl Vos, a soldier in the unit, who was killed in May, was buried.")
    assert victims(killed, "killing") == ["Karl Vos"]
    abducted = run("Karl Vos, an engineer at the Tarvik plant, who was abducted, is missing.")
    assert victims(abducted, "abduction") == ["Karl Vos"]


def test_who_on_a_named_person_of_the_description_stays_with_that_person() -> None:
    extraction = run("Ana Berg, a friend of Karl Vos, who was killed in May, spoke.")
    assert victims(extraction, "killing") == ["Karl Vos"]


def test_who_on_a_family_of_the_description_is_no_named_person() -> None:
    """ "who" may stand for a family: not for the one named whose description ends in it."""
    extraction = run("Ana Berg, the head of a family who was killed in May, spoke.")
    assert "Ana Berg" not in victims(extraction, "killing")

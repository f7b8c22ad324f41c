"""A title headed by a "general" after its office ("the party's secretary general Ana Berg", "the union's director
general") is a role, and a participle opening a sentence ("Narrating Berg's ordeal, …") is no part of the name
after it. Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import named, run


def test_a_secretary_general_before_a_name_is_described() -> None:
    extraction = run("Police arrested the party's secretary general Ana Berg in Tarvik on Sunday.")
    assert named(extraction, "Ana Berg").descriptor == "secretary general"


def test_a_director_general_in_apposition_keeps_the_field_of_its_owner() -> None:
    extraction = run("Police arrested Ana Berg, the union's director general, in Tarvik on Sunday.")
    assert named(extraction, "Ana Berg").descriptor == "union director general"


def test_a_capitalised_secretary_general_keeps_its_office() -> None:
    extraction = run("Police arrested Secretary General Ana Berg in Tarvik on Sunday.")
    assert named(extraction, "Ana Berg").descriptor == "secretary general"


def test_a_capitalised_secretary_general_is_no_military_general() -> None:
    extraction = run("Police arrested Secretary General Ana Berg.")
    assert named(extraction, "Ana Berg").titles == []


def test_a_prosecutor_general_is_that_office_and_no_rank() -> None:
    extraction = run("Police arrested Prosecutor General Karl Vos.")
    vos = named(extraction, "Karl Vos")
    assert (vos.descriptor, vos.titles) == ("prosecutor general", [])


def test_a_general_by_rank_keeps_the_title() -> None:
    extraction = run("Police arrested General Karl Vos.")
    assert named(extraction, "Karl Vos").titles == ["General"]


def test_a_bare_general_is_no_role_of_a_name() -> None:
    extraction = run("The general said Ana Berg was arrested in Tarvik on Sunday.")
    assert named(extraction, "Ana Berg").descriptor is None


def test_an_opening_participle_is_no_part_of_a_name_met_before() -> None:
    extraction = run("Ana Berg was detained in May. Narrating Berg's ordeal, Tom Vell said she was beaten.")
    persons = sorted(e.name for e in extraction.entities if e.kind == "person")
    assert persons == ["Ana Berg", "Tom Vell"]
    beaten = next(e for e in extraction.events if e.type == "ill_treatment")
    assert [p.entity for p in beaten.participants if p.role == "victim"] == [named(extraction, "Ana Berg").id]


def test_an_opening_ing_name_not_met_before_stays_whole() -> None:
    extraction = run("Browning Holm was detained in Tarvik in May. Holm said he was beaten in custody.")
    assert named(extraction, "Browning Holm").gender == "male"

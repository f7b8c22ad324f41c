"""Roles told beside the name in other ways: by a pronoun ("She is a journalist"), across a kin noun in a list a
plural role introduces, by a field noun coordinated before the role ("a rights and development worker"), by the
field "humanitarian". Invented sentences."""

from __future__ import annotations

from hrdsattack import DEFAULT_MAP, Mapping
from hrdsattack_victims import victim_types

from test_plural_role_before_names import named, run


def test_a_pronoun_subject_of_be_gives_its_person_the_role() -> None:
    extraction = run("Police arrested Ana Cruz in Varno on Monday. She is a journalist who has written about the mine.")
    assert named(extraction, "Ana Cruz").descriptor == "journalist"
    extraction = run("Police arrested Ana Cruz in Varno on Monday. Her family said she is a journalist.")
    assert named(extraction, "Ana Cruz").descriptor == "journalist"


def test_a_pronoun_subject_of_a_verb_of_working_as_gives_its_person_the_role() -> None:
    extraction = run("Police arrested Ana Cruz in Varno on Monday. She worked as a reporter for ten years.")
    assert named(extraction, "Ana Cruz").descriptor == "reporter"
    extraction = run("Police arrested Ana Cruz on Monday. Her brother Ivo Lenz said he worked as a lawyer in Varno.")
    assert named(extraction, "Ana Cruz").descriptor is None


def test_a_pronoun_role_is_added_to_the_roles_the_person_has() -> None:
    extraction = run("Police arrested Pavo Lindqvist, a teacher, on Monday. He is also a blogger and activist.")
    assert named(extraction, "Pavo Lindqvist").descriptor == "teacher and blogger and activist"


def test_a_pronoun_role_in_quotation_marks_or_under_a_condition_is_none() -> None:
    extraction = run("Police arrested Ana Cruz in Varno on Monday. She was an “activist” at best, they said.")
    assert named(extraction, "Ana Cruz").descriptor is None
    extraction = run("Police arrested Ana Cruz in Varno on Monday. If she were a journalist, she would be free.")
    assert named(extraction, "Ana Cruz").descriptor is None


def test_a_pronoun_far_from_the_name_gives_no_role() -> None:
    extraction = run(
        "Police arrested Ana Cruz in Varno on Monday. The court will hear the case in May. "
        "The hearing was delayed twice. She was a lawyer for ten years."
    )
    assert named(extraction, "Ana Cruz").descriptor is None


def test_a_kin_noun_in_the_list_a_plural_role_introduces_keeps_the_names_listed() -> None:
    extraction = run(
        "Gunmen abducted rights defenders, Mira Osei and her husband Tomas Brevik, and their colleagues Karel Dovik "
        "and Lena Tarvo from their office in Tarvik."
    )
    for name in ("Mira Osei", "Tomas Brevik", "Karel Dovik", "Lena Tarvo"):
        assert named(extraction, name).descriptor == "rights defender"


def test_a_field_noun_coordinated_before_the_role_is_a_role_of_its_own() -> None:
    extraction = run("Police arrested the human rights and development worker Ana Cruz in Varno.")
    assert named(extraction, "Ana Cruz").descriptor == "human rights worker and development worker"
    extraction = run("Ana Cruz is the latest rights and development worker arrested this year.")
    assert named(extraction, "Ana Cruz").descriptor == "rights worker and development worker"
    extraction = run("Police arrested Ana Cruz, a teacher and union leader, in Varno.")
    assert named(extraction, "Ana Cruz").descriptor == "teacher and union leader"
    extraction = run("Ana Cruz, a former instructor and researcher at the college, was charged with fraud.")
    assert named(extraction, "Ana Cruz").descriptor == "researcher"


def test_humanitarian_is_a_field_of_a_role_and_its_volunteer_a_defender() -> None:
    extraction = run("Police arrested a humanitarian volunteer, Ana Cruz, in Varno on Monday.")
    person = named(extraction, "Ana Cruz")
    assert person.descriptor == "humanitarian volunteer"
    entities = {e.id: e for e in extraction.entities}
    assert victim_types(person, entities, Mapping.load(DEFAULT_MAP)) == ["human rights defender"]

"""Roles a list's relative clause gives, a title's capitalised field, the speaker of a definite role noun, and a
definite description that repeats a known role. Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import named, run


def test_a_plural_role_in_a_who_clause_describes_every_name_of_the_list() -> None:
    extraction = run("Police arrested Ana Cruz, Tomas Brevik and Lena Tarvo, who are trade unionists, in Varno.")
    for name in ("Ana Cruz", "Tomas Brevik", "Lena Tarvo"):
        assert named(extraction, name).descriptor == "trade unionist"
    extraction = run("Police detained Ana Cruz, who is a trade unionist, in Varno on Monday.")
    assert named(extraction, "Ana Cruz").descriptor == "trade unionist"


def test_a_name_described_as_one_of_the_groups_is_an_organisation() -> None:
    text = (
        "Police targeted Vaskra, one of the country's top rights groups. Police raided the office of Vaskra and "
        "detained the group's leader, Ana Ruiz."
    )
    extraction = run(text)
    group = next(e for e in extraction.entities if e.name == "Vaskra")
    assert group.kind == "organization"
    assert any(r.type == "leads" and r.object == group.id for r in extraction.relations)


def test_a_capitalised_field_word_before_a_capitalised_role_qualifies_it() -> None:
    text = "The sentences include: • Labour Activist Karel Dovik, who was sentenced to seven years in prison."
    assert named(run(text), "Karel Dovik").descriptor == "labour activist"
    text = "Police detained Labour activist Karel Dovik in Varno on Monday."  # a party's activist, no title
    assert named(run(text), "Karel Dovik").descriptor == "activist"


def test_the_speaker_of_a_definite_role_noun_is_not_the_one_it_describes() -> None:
    text = "Police detained Karel Dovik on Monday. Tomas Brevik said the student activist was arrested at home."
    extraction = run(text)
    assert named(extraction, "Karel Dovik").descriptor == "student activist"
    assert named(extraction, "Tomas Brevik").descriptor is None
    text = "Police detained Lena Berg on Monday. Lena Berg's lawyer said the actress was held in Varno."
    assert named(run(text), "Lena Berg").descriptor == "actress"  # the speaker is the lawyer


def test_a_definite_description_that_repeats_a_known_role_adds_its_other_roles() -> None:
    text = (
        "Police arrested journalist Roman Vasko in Varno. After the landing, the 26-year-old activist, journalist, "
        "and critic of the president was arrested."
    )
    assert named(run(text), "Roman Vasko").descriptor == "journalist and activist and critic"
    text = "Police arrested the activist Marc Tallis in Varno. The cameraman pointed the camera down."
    assert named(run(text), "Marc Tallis").descriptor == "activist"  # someone else


def test_a_place_that_qualifies_what_an_organisation_owns_does_not_stand_between() -> None:
    text = (
        "Police targeted Vaskra, one of the country's top rights groups. Police raided Vaskra's Lisbon office and "
        "detained the group's leader, Ana Ruiz, its vice-chair, Ivo Lenz."
    )
    extraction = run(text)
    group = next(e for e in extraction.entities if e.name == "Vaskra")
    lenz = named(extraction, "Ivo Lenz")
    assert any(r.type == "member_of" and (r.subject, r.object) == (lenz.id, group.id) for r in extraction.relations)
    text = "Police raided the Kestrel Centre and then Lisbon, and detained the group's leader, Ana Ruiz."
    assert not any(r.type == "leads" for r in run(text).relations)  # a place between: "the group" unsure

"""A plural role set before a list of names by a comma alone, and a role right before a name the parser hangs
elsewhere, describe those names. Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import named, run


def test_a_plural_role_and_a_comma_before_a_list_of_names_describes_each() -> None:
    extraction = run("Police detained journalists, Tamsin Orrell and Pavo Lindqvist, in Varno on Monday.")
    assert named(extraction, "Tamsin Orrell").descriptor == "journalist"
    assert named(extraction, "Pavo Lindqvist").descriptor == "journalist"
    extraction = run(
        "Gunmen abducted human rights defenders, Tamsin Orrell, Mira Holm and Pavo Lindqvist from their office."
    )
    assert [named(extraction, n).descriptor for n in ("Tamsin Orrell", "Mira Holm", "Pavo Lindqvist")] == [
        "human rights defender"
    ] * 3


def test_a_phrase_of_origin_may_stand_between_the_plural_role_and_the_comma() -> None:
    text = "Police detained two boys from Varno, Oskar Lind and Tomas Vell, after a protest."
    extraction = run(text)
    assert [named(extraction, n).descriptor for n in ("Oskar Lind", "Tomas Vell")] == ["boy", "boy"]
    assert named(extraction, "Oskar Lind").gender == "male"
    extraction = run(text.replace("two boys", "three boys"))  # the number must count the names
    assert named(extraction, "Oskar Lind").descriptor is None


def test_names_that_begin_the_clause_after_a_plural_role_are_not_its_list() -> None:
    extraction = run("After meeting journalists, Tamsin Orrell and Pavo Lindqvist left Varno.")
    assert named(extraction, "Tamsin Orrell").descriptor is None
    extraction = run(
        "Speaking to reporters, Tamsin Orrell and Pavo Lindqvist, the two ministers, said they would resign."
    )
    assert named(extraction, "Pavo Lindqvist").descriptor is None


def test_a_role_right_before_a_name_describes_it_however_the_name_is_parsed() -> None:
    # The parser may hang the name on another noun of the sentence (as an apposition of "relief" in "In a relief to
    # <role> <name>, who …"); the singular role word right before the name still describes that name.
    from tumen.extract.described_names import named_right_after
    from tumen.extract.nlp import english

    doc = english()("Good news came for labour rights activist Mira Osei and for two activists Ivo Tarn met.")
    osei = object()
    person_of = {doc[k].i: osei for k in range(len(doc)) if doc[k].text in ("Mira", "Osei")}.get
    activist = next(t for t in doc if t.text == "activist")
    assert named_right_after(activist, lambda token: person_of(token.i)) is osei
    activists = next(t for t in doc if t.text == "activists")
    assert named_right_after(activists, lambda token: person_of(token.i)) is None  # plural: not this rule
    labour = next(t for t in doc if t.text == "labour")
    assert named_right_after(labour, lambda token: person_of(token.i)) is None  # not right before the name


def test_a_critic_a_volunteer_and_a_chair_are_roles() -> None:
    extraction = run("Police arrested Daniel Kovac, a government critic, in Varno.")
    assert named(extraction, "Daniel Kovac").descriptor == "government critic"
    extraction = run("Mira Holm, the chair of the Varno Rights Centre, was detained on Monday.")
    assert named(extraction, "Mira Holm").descriptor == "chair"
    extraction = run("Police detained Ivo Sandberg, a volunteer at the Varno shelter, on Monday.")
    assert named(extraction, "Ivo Sandberg").descriptor == "volunteer"


def test_a_role_the_parser_hangs_on_another_beside_a_possessor_is_a_role_of_its_own() -> None:
    """ "a writer and women's rights activist": the parser may read "writer and women" as the possessor; the writer is
    a role of the person's."""
    extraction = run(
        "Among those counted is Samira al-Tarbi, a Saudi writer and women’s rights activist currently behind bars. "
        "Al-Tarbi was detained in 2018."
    )
    assert named(extraction, "Samira al-Tarbi").descriptor == "writer and rights activist"

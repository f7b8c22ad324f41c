"""A description fronted before the name it describes, set off by a comma ("A mother of two, X was arrested"),
gives that person its role and the gender its noun says; a copula under a condition ("if X had been a man") describes
no one. Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import named, run


def test_a_fronted_kin_noun_genders_the_named_subject_after_it() -> None:
    extraction = run("A mother of two, Qorvin Tallis was arrested in Tarvik on Monday.")
    assert named(extraction, "Qorvin Tallis").gender == "female"


def test_a_fronted_description_in_a_later_sentence_means_the_surname_after_it() -> None:
    extraction = run("Police arrested Qorvin Tallis in Tarvik. A father of three, Tallis ran a small shop.")
    assert named(extraction, "Qorvin Tallis").gender == "male"


def test_a_fronted_role_noun_gives_the_role_and_its_gender() -> None:
    extraction = run("A former actress, Qorvin Tallis was detained in Tarvik on Monday.")
    person = named(extraction, "Qorvin Tallis")
    assert person.gender == "female"
    assert person.descriptor == "actress"


def test_a_subject_joined_by_and_is_no_description() -> None:
    extraction = run("A woman and Qorvin Tallis were detained in Tarvik on Monday.")
    assert named(extraction, "Qorvin Tallis").gender is None


def test_a_who_clause_of_be_describes_the_name_it_is_on() -> None:
    extraction = run("Police arrested Qorvin Tallis on Monday. Tallis, who is a mother of two, denies the charges.")
    assert named(extraction, "Qorvin Tallis").gender == "female"


def test_a_who_clause_with_a_role_noun_gives_the_role_and_its_gender() -> None:
    extraction = run("Qorvin Tallis, who was a well-known actress, was detained in Tarvik.")
    person = named(extraction, "Qorvin Tallis")
    assert (person.descriptor, person.gender) == ("actress", "female")


def test_a_description_under_a_condition_describes_no_one() -> None:
    """ "if Dube had been a man": supposed, not said — she is no man and no man's role is hers."""
    extraction = run(
        "Lerato Dube was shot dead in Paris in 1988. Her colleagues say that if Dube had been a man she would not"
        " have been called hysterical. She had reported on arms deals."
    )
    assert named(extraction, "Lerato Dube").gender == "female"


def test_a_description_said_outright_still_describes() -> None:
    extraction = run("Lerato Dube was shot dead in Paris in 1988. Dube was a teacher.")
    assert named(extraction, "Lerato Dube").descriptor == "teacher"

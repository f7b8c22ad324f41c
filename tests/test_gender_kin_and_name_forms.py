"""Gender from a kin noun that describes a named person and from more role nouns that say a gender. Invented
sentences and names."""

from __future__ import annotations

from test_plural_role_before_names import named, run


def test_a_singular_kin_noun_in_apposition_says_the_named_persons_gender() -> None:
    extraction = run("Police arrested Maren Tallis, the wife of a shopkeeper, in Tarvik.")
    assert named(extraction, "Maren Tallis").gender_votes.get("female", 0) > 0  # explicit: no pronoun, no name


def test_a_kin_noun_coordinated_with_a_role_noun_says_the_gender() -> None:
    extraction = run("Police arrested Maren Tallis, a grandmother and activist, in Tarvik.")
    person = named(extraction, "Maren Tallis")
    assert person.gender_votes.get("female", 0) > 0
    assert person.descriptor == "activist"


def test_a_possessed_kin_noun_listed_after_a_name_describes_others() -> None:
    """ "X, his wife and their daughter": three persons; the daughter's gender is not X's."""
    extraction = run("Police detained Tomas Oberg, his wife and their daughter in Tarvik.")
    assert "female" not in named(extraction, "Tomas Oberg").gender_votes


def test_more_role_nouns_that_say_a_gender() -> None:
    assert named(run("Police detained the duchess Maren Tallis in Tarvik."), "Maren Tallis").gender == "female"
    extraction = run("Maren Tallis, a housewife from Tarvik, was detained on Monday.")
    assert named(extraction, "Maren Tallis").gender_votes.get("female", 0) > 0

"""Whose gender a cue gives: a later given name when the first word of a name says nothing, a short form of
given names, a description whose clause names someone else, and a relative's "her son" that means the person
the relative is known by. Invented sentences and names."""

from __future__ import annotations

from test_plural_role_before_names import named, run
from tumen.extract.gender import name_gender


def test_a_later_given_name_when_the_first_word_is_no_name() -> None:
    assert name_gender("J. Gretchen Holm") == "female"  # an initial
    assert name_gender("Judge Ahmed Benali") == "male"  # a title the name finder took in
    assert name_gender("Activist Gretchen Holm") == "female"  # a role written as a title
    assert name_gender("Gretchen Ahmed Holm") == "female"  # the first word decides when it says something
    assert name_gender("Judge Benali Holm") is None  # no listed given name before the last word


def test_after_an_unlisted_given_name_a_later_word_says_nothing() -> None:
    """ "Qorva Ahmed Benali" may be Ahmed's daughter: the word after a given name is often the father's name."""
    assert name_gender("Qorva Ahmed Benali") is None


def test_a_marian_middle_name_says_nothing() -> None:
    """Men bear Maria and Marie as middle names ("Rainer Maria"): after an initial they say nothing, and a later
    word is not read past them."""
    assert name_gender("J. Maria Benali") is None
    assert name_gender("J. Marie Ahmed Benali") is None


def test_a_short_form_of_given_names_of_one_gender() -> None:
    assert name_gender("Doug Holm") == "male"  # Douglas
    assert name_gender("Meg Holm") == "female"  # Margaret
    assert name_gender("Sam Holm") is None  # Samuel or Samantha


def test_a_description_whose_clause_names_someone_else_is_not_that_person() -> None:
    """ "a woman who had lived with Qorvo Varga" is not Varga; "a woman named …" and "a woman who was identified
    as …" name her."""
    extraction = run("Police questioned a woman who had lived with Qorvo Varga in Tarvik.")
    assert "female" not in named(extraction, "Qorvo Varga").gender_votes
    extraction = run("Police detained a woman who was identified as Qorvo Varga.")
    assert named(extraction, "Qorvo Varga").gender == "female"
    extraction = run("Police detained a boy named Qorvo Varga.")
    assert named(extraction, "Qorvo Varga").gender == "male"


def test_a_relatives_her_son_is_the_person_she_is_the_mother_of() -> None:
    """ "Orsolo's mother said her son was innocent": the son is Orsolo — a man, not a mother of a son."""
    extraction = run("Kavu Orsolo, 19, was arrested in May. Orsolo's mother said her son was innocent.")
    person = named(extraction, "Kavu Orsolo")
    assert person.gender == "male"
    assert "pronoun:female" not in person.gender_votes
    sons = [e for e in extraction.entities if e.name is None and e.descriptor == "son"]
    assert sons == []


def test_a_relatives_kin_noun_of_the_other_gender_is_someone_else() -> None:
    extraction = run("Police detained Vanka Orsolo. Her mother said her son had fled.")
    assert named(extraction, "Vanka Orsolo").gender == "female"
    assert [e for e in extraction.entities if e.name is None and e.descriptor == "son"]


def test_a_listed_role_that_says_a_gender_is_an_explicit_cue() -> None:
    extraction = run("On Monday, stage actress and former radio presenter Qorvo Tull was detained in Tarvik.")
    person = named(extraction, "Qorvo Tull")
    assert person.gender_votes.get("female", 0) > 0
    assert person.descriptor == "stage actress and former radio presenter"


def test_a_name_set_apart_at_the_end_of_the_clause_is_the_described_person() -> None:
    extraction = run("Also charged was the man who had founded the printing shop, Mario Tarvelli.")
    assert named(extraction, "Mario Tarvelli").descriptor == "man"


def test_the_boy_after_a_parents_young_son_is_that_person() -> None:
    """ "his 9-year-old son" made the named person the father's young son, so "the boy's mother" is theirs."""
    extraction = run(
        "Kavu Orsolo's father said he had not seen his 9-year-old son since March. Kavu has been held in Tarvik."
        " The boy's mother was detained in June."
    )
    mothers = [e for e in extraction.entities if e.descriptor == "mother"]
    assert [m.anchor for m in mothers] == [("parent_of", named(extraction, "Kavu Orsolo").id)]


def test_a_kin_noun_with_a_name_beside_it_is_that_named_person() -> None:
    extraction = run("Police detained Kavu Orsolo. His mother said her son, Pavo Orsolo, had fled.")
    assert named(extraction, "Pavo Orsolo").descriptor == "son"
    assert named(extraction, "Kavu Orsolo").descriptor is None


def test_the_boy_or_the_girl_is_a_named_person_of_a_minors_age() -> None:
    """An age beside the name ("Aris Delakos, 16," or "15-year-old Mira Kovan") makes a named person one "the boy"
    or "the girl" may mean; an adult's age does not."""
    extraction = run(
        "Aris Delakos, 16, was shot by police in Tarvik on 6 May. The officer says he shot the boy in self-defence."
    )
    assert named(extraction, "Aris Delakos").gender_votes.get("male", 0) > 0
    extraction = run("Police shot 15-year-old Qorva Kovan in Tarvik. The girl died in hospital.")
    assert named(extraction, "Qorva Kovan").gender_votes.get("female", 0) > 0
    extraction = run("Police shot Qorvin Kovan, 45, in Tarvik. The boy who filmed it fled.")
    assert "male" not in named(extraction, "Qorvin Kovan").gender_votes


def test_a_pronoun_no_one_fits_is_a_missed_name_not_a_person_whose_name_says_the_other_gender() -> None:
    """The name finder misses "Tarvika", the subject of "died"; the pronouns after it are hers, not Mark Holm's,
    the only person found: his given name still says a man."""
    extraction = run(
        "The singer of the 1960s has died. Her agent, Mark Holm, said Tarvika died on Sunday in a hospital."
        " She never woke up. She had been ill for weeks, and she was about to go home."
    )
    holm = named(extraction, "Mark Holm")
    assert holm.gender == "male"
    assert "pronoun:female" not in holm.gender_votes

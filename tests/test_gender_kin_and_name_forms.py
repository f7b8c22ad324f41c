"""Gender from a kin noun that describes a named person, from more role nouns that say a gender, from a spouse of
known gender (weakly), and from more forms of names: Vietnamese middle words, South Asian name words, women's
forms of surnames and more given names. Invented sentences and names."""

from __future__ import annotations

from test_plural_role_before_names import named, run
from tumen.extract.gender import gender_of, name_gender


def test_a_singular_kin_noun_in_apposition_says_the_named_persons_gender() -> None:
    extraction = run("Police arrested Maren Tallis, the wife of a shopkeeper, in Tarvik.")
    assert named(extraction, "Maren Tallis").gender_votes.get("female", 0) > 0  # explicit: no pronoun, no name


def test_a_name_opening_the_clause_after_a_kin_noun_is_not_its_apposition() -> None:
    """ "… the testimony of his sister, Ri Chol-ho was arrested": the name is the clause's subject, not the sister;
    with a comma closing it ("his sister, Maren Tallis, was arrested") it is an apposition."""
    extraction = run("According to the report, based on the testimony of his sister, Ri Chol-ho was arrested in 2016.")
    assert "female" not in named(extraction, "Ri Chol-ho").gender_votes
    extraction = run("Police questioned Tomas Oberg. His sister, Maren Tallis, was arrested in Tarvik.")
    assert named(extraction, "Maren Tallis").gender_votes.get("female", 0) > 0


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


def test_a_vietnamese_middle_word_after_a_surname() -> None:
    assert name_gender("Nguyen Thi Qorvi") == "female"
    assert name_gender("Tran Van Qorvi") == "male"
    assert name_gender("Qorvin Van Dyke") is None  # no Vietnamese surname before it: a particle


def test_south_asian_name_words_of_women() -> None:
    assert [name_gender(f"Qorvina {w}") for w in ("Begum", "Bibi", "Khatun", "Devi")] == ["female"] * 4


def test_a_womans_form_of_a_surname_when_the_given_name_says_nothing() -> None:
    assert name_gender("Qorvi Tallisova") == "female"
    assert name_gender("Qorvi Tallinska") == "female"
    assert name_gender("Qorvi Tallaite") == "female"
    assert name_gender("Rafael Tallisova") == "male"  # the given name decides first
    assert name_gender("Qorvi Nava") is None  # too short to be read so


def test_the_spouse_of_someone_an_explicit_cue_genders_is_weakly_of_the_other_gender() -> None:
    extraction = run("Police detained Qorvin Tallis in Tarvik. Tallis's wife said the arrest was unlawful.")
    assert gender_of(named(extraction, "Qorvin Tallis").gender_votes) == ("male", True)  # weak: never blocks a merge
    extraction = run("Police detained Maria Tallis in Tarvik. Tallis's wife said the arrest was unlawful.")
    assert named(extraction, "Maria Tallis").gender is None  # a given name of the other gender cancels it


def test_more_common_given_names_of_european_and_christian_tradition() -> None:
    names = ("Siobhan Tallis", "Thierry Tallis", "Ximena Tallis", "Godfrey Tallis", "Immaculee Tallis")
    assert [name_gender(n) for n in names] == ["female", "male", "female", "male", "female"]


def test_a_widow_is_the_spouse_of_her_possessor_who_is_weakly_a_man() -> None:
    """ "Tallis's widow": a kin noun like "wife" (spouse_of, female), so Tallis gets the weak spouse vote."""
    extraction = run("Police shot Qorvin Tallis in Tarvik. Qorvin Tallis's widow said the charges were false.")
    assert named(extraction, "Qorvin Tallis").gender_votes == {"name:male": 1.0}
    extraction = run("Police shot Qorvin Tallis in Tarvik. Qorvin Tallis's widower said the charges were false.")
    assert named(extraction, "Qorvin Tallis").gender_votes == {"name:female": 1.0}


def test_whose_anchors_a_kin_noun_to_the_name_its_clause_is_on() -> None:
    """ "X, whose husband was killed": the husband is X's, so X is weakly a woman (the spouse vote)."""
    extraction = run("Qorvin Tallis, whose husband was killed in 2019, was arrested in Tarvik on Monday.")
    assert named(extraction, "Qorvin Tallis").gender_votes == {"name:female": 1.0}
    extraction = run("Police detained Qorvin Tallis, whose wife is a lawyer, in Tarvik.")
    assert named(extraction, "Qorvin Tallis").gender_votes == {"name:male": 1.0}


def test_each_kin_noun_of_a_list_describes_the_name_after_it() -> None:
    """ "son Milo, 9, daughter Ava, 4": the parser hangs "daughter" on Milo and "Ava" on "daughter"; the daughter
    is Ava, a woman, and Milo stays the son, a man."""
    extraction = run("Lars Halvorsen bakes bread for son Milo, 9, daughter Ava, 4, as well as his wife.")
    assert named(extraction, "Milo").gender == "male"
    assert "female" not in named(extraction, "Milo").gender_votes
    assert named(extraction, "Ava").gender_votes.get("female", 0) > 0

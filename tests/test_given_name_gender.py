"""A person whom no title, kin noun, description or pronoun genders takes the conventional gender of their
given name (data/given_names.yaml), as a weak vote that never blocks a merge. Invented sentences."""

from __future__ import annotations

from datetime import date

from test_plural_role_before_names import named, run
from tumen.extract.gender import gender_of, name_gender
from tumen.resolve.persons import records_of

DAY = date(2024, 3, 1)  # the publication date run() gives every invented document


def test_a_person_nobody_genders_takes_the_gender_of_the_given_name() -> None:
    extraction = run("Police detained the journalist Gretchen Holm and the lawyer Ahmed Benali in Tarvik.")
    assert named(extraction, "Gretchen Holm").gender == "female"
    assert named(extraction, "Ahmed Benali").gender == "male"


def test_the_given_name_gender_is_weak_and_never_blocks_a_merge() -> None:
    extraction = run("Police detained the journalist Gretchen Holm in Tarvik on Monday.")
    gender, weak = gender_of(named(extraction, "Gretchen Holm").gender_votes)
    assert (gender, weak) == ("female", True)
    record = next(r for r in records_of(1, extraction, DAY) if r.name is not None and "Holm" in str(r.name))
    assert record.gender_weak


def test_pronouns_and_explicit_cues_decide_over_the_given_name() -> None:
    extraction = run("Mr Maria Lindqvist was arrested in Tarvik. Police beat him in custody.")
    assert named(extraction, "Maria Lindqvist").gender == "male"


def test_a_single_word_or_an_unlisted_or_shared_name_gives_no_gender() -> None:
    assert name_gender("Thomas") is None  # alone it may be a surname
    assert name_gender("Sasha Orlov") is None  # given to women and men
    assert name_gender("Qorvin Dale") is None
    assert name_gender("José Alvarez") == "male"  # accents do not matter


def test_names_from_every_region_the_list_covers() -> None:
    assert [name_gender(n) for n in ("Samantha Lind", "Joel Varga", "Wael Darwish", "Kofi Mensah")] == [
        "female",
        "male",
        "male",
        "male",
    ]


def test_french_compound_given_names_and_short_forms() -> None:
    assert name_gender("Jean-Luc Morel") == "male"  # Jean- opens a man's compound name
    assert name_gender("Marie-Claire Dufour") == "female"
    assert name_gender("Anne-Sophie Roux") == "female"
    assert name_gender("Jean Dufour") is None  # alone, Jean is given to women and men
    assert name_gender("Andy Qarvani") == "male"  # a short form of a listed name
    assert name_gender("Yusef Qarvani") == "male"  # another spelling of one


def test_a_given_name_outweighs_a_lone_pronoun_of_the_other_gender() -> None:
    """ "his" is the unnamed man's here; one pronoun does not make Amanda a man, three would."""
    extraction = run(
        "A man found guilty in the kidnapping of Amanda Veldhout has abandoned the appeal of his sentence."
    )
    assert named(extraction, "Amanda Veldhout").gender == "female"
    extraction = run("Police detained Amanda Veldhout on Monday. He was released on Friday. He said they beat him.")
    assert named(extraction, "Amanda Veldhout").gender == "male"


def test_belarusian_and_ukrainian_spellings_and_names_of_the_arab_world_and_the_united_states() -> None:
    """Names reported in their Belarusian or Ukrainian spelling are the listed Russian names; names in wide use in
    the Arab world, Haiti, Southern Africa and the United States."""
    assert [name_gender(n) for n in ("Uladzimir Tarvo", "Siarhei Tarvo", "Volha Tarvo", "Oleksandr Tarvo")] == [
        "male",
        "male",
        "female",
        "male",
    ]
    assert [name_gender(n) for n in ("Lina Qarvani", "Tarek Qarvani", "Breonna Lind", "Jovenel Lind")] == [
        "female",
        "male",
        "female",
        "male",
    ]


def test_muslim_names_of_bangladesh_and_pakistan_with_the_arabic_article() -> None:
    """ "Shafiq-ul", "Mujib-ur": a man's given name; the Malay "Nurul" says nothing."""
    assert [name_gender(n) for n in ("Shafiqul Tarvan", "Mizanur Tarvan", "Altaf Tarvan", "Nurul Tarvan")] == [
        "male",
        "male",
        "male",
        None,
    ]

"""Gender from the clause a pronoun sits in, from naming conventions beyond the given name, and from courtesy
titles of other languages; and an Arabic family name said alone is the person who bears it. Invented sentences
and names."""

from __future__ import annotations

from test_plural_role_before_names import named, run
from tumen.extract.gender import gender_of, name_gender
from tumen.extract.names import parse


def test_a_possessive_in_a_clause_means_its_subject_not_a_later_name_of_known_gender() -> None:
    """Ms Pak is a woman already; "her" in Kim's clause is still Kim's."""
    extraction = run(
        "Ms Pak runs a farm near Hyesan. In January, Kim Ok-sun was moved from the farm of Ms Pak to a camp"
        " and deprived of her books."
    )
    assert named(extraction, "Kim Ok-sun").gender == "female"
    assert "pronoun:female" not in named(extraction, "Pak").gender_votes


def test_a_subject_pronoun_of_a_reported_clause_means_the_reporting_subject() -> None:
    extraction = run("Ms Pak runs a farm near Hyesan. Kim Ok-sun said after a visit to Ms Pak that she was ill.")
    assert named(extraction, "Kim Ok-sun").gender == "female"
    assert "pronoun:female" not in named(extraction, "Pak").gender_votes


def test_words_of_a_name_that_say_a_gender_by_convention() -> None:
    assert name_gender("Ravleen Kaur") == "female"  # Sikh women carry Kaur
    assert name_gender("Tarek bin Yusri") == "male"
    assert name_gender("Noor bint Yusri") == "female"
    assert name_gender("Sasha Petrovna Orlova") == "female"  # a patronymic in the middle
    assert name_gender("Sasha Petrovich Orlov") == "male"
    assert name_gender("Sasha Orlovich") is None  # a surname in -ovich: women bear them too
    assert name_gender("Sasha Jonsdottir") == "female"


def test_given_names_built_by_convention() -> None:
    assert name_gender("Habibullah Qarvani") == "male"
    assert name_gender("Abdolvahid Qarvani") == "male"
    assert name_gender("Nasreddine Qarvani") == "male"


def test_a_name_convention_is_weak_and_decides_when_pronouns_tie() -> None:
    extraction = run("Police detained Ravleen Kaur in Tarvik. A court gave her bail, and a judge read his order.")
    votes = named(extraction, "Ravleen Kaur").gender_votes
    assert gender_of(votes) == ("female", True)


def test_courtesy_titles_of_other_languages() -> None:
    assert named(run("Police in Mandalay detained Daw Khin Mar Aye on Monday."), "Khin Mar Aye").gender == "female"
    assert named(run("Police detained Herr Pak Chol on Monday."), "Pak Chol").gender == "male"
    assert named(run("Police detained Frau Kim Ok-sun on Monday."), "Kim Ok-sun").gender == "female"


def test_west_african_and_portuguese_honorifics() -> None:
    """ "Alhaji" and "Mallam" a man's, "Hajia" a woman's, "Senhora" the Portuguese "Mrs"; not part of the name."""
    assert named(run("Gunmen abducted Alhaji Tarvi Qolan in Varno on Monday."), "Tarvi Qolan").gender == "male"
    assert named(run("Police arrested Mallam Tarvi Qolan in Varno."), "Tarvi Qolan").gender == "male"
    assert named(run("Gunmen abducted Hajia Tarvi Qolan in Varno."), "Tarvi Qolan").gender == "female"
    assert named(run("Police in Recife detained Senhora Tarvi Qolan."), "Tarvi Qolan").gender == "female"


def test_begum_is_a_womans_title() -> None:
    """ "Begum", a title of Muslim women in South Asia before the name, gives a woman and is not part of the name."""
    assert named(run("Police arrested Begum Tarvi Qolan in Varno on Monday."), "Tarvi Qolan").gender == "female"
    assert named(run("Begum Kadri Tamm was detained by police."), "Kadri Tamm").gender == "female"


def test_the_titles_of_muslim_clerics() -> None:
    """ "Imam", "Maulana", "Mufti", "Mullah" a man's, not part of the name; a family name after the given one stays,
    and a lone title spaCy took for a name is no person."""
    assert named(run("Police arrested Maulana Idris Farooq in Tarvik on Monday."), "Idris Farooq").gender == "male"
    assert named(run("Mullah Karim Zahir was shot dead in Tarvik."), "Karim Zahir").gender == "male"
    assert named(run("Gunmen abducted Imam Yusuf Barak after prayers."), "Yusuf Barak").gender == "male"
    x = run("Mufti Rahim Osman was detained by police.")
    assert named(x, "Rahim Osman").gender == "male"
    assert not [e for e in x.entities if e.name == "Mufti" and e.kind == "person"]
    assert named(run("Police abducted the lawyer Sami Imam, who remains in prison."), "Sami Imam")


def test_a_title_of_an_office_held_by_one_sex() -> None:
    """ "Pope", "Monsignor", "Ayatollah": the title says the gender, over a pronoun a careless sentence gives; a
    title that also opens names of places ("Queen Street") is none."""
    x = run("The honour was created by Pope Ivo in 1888. She said the honour had been created by Pope Ivo for her.")
    assert named(x, "Ivo").gender == "male"
    assert named(run("Police in Tarvik detained Ayatollah Ana Holm on Monday."), "Ana Holm").gender == "male"
    x = run("Police arrested Ana Berg on Queen Street in Tarvik. She was held near King Street.")
    assert named(x, "Ana Berg").gender == "female" and all(e.name != "Street" for e in x.entities)


def test_an_arabic_family_name_alone_is_a_surname() -> None:
    assert parse("al-Tamimi").surname == "al-Tamimi"
    assert parse("Chol-jin").given == "Chol-jin"  # a hyphenated Korean given name stays one
    extraction = run("Police detained Tarek al-Tamimi in Tarvik. al-Tamimi was beaten in custody.")
    persons = [e.name for e in extraction.entities if e.kind == "person"]
    assert persons == ["Tarek al-Tamimi"]


def test_a_role_noun_that_says_a_gender_or_a_word_before_it_that_does() -> None:
    assert named(run("Kim Ok-sun, a female lawyer, was detained in Hyesan."), "Kim Ok-sun").gender == "female"
    assert named(run("Police detained the male nurse Pak Chol in Hyesan."), "Pak Chol").gender == "male"
    assert named(run("Kim Ok-sun, a widow, was detained in Hyesan."), "Kim Ok-sun").gender == "female"
    assert named(run("Police detained the actress Kim Ok-sun in Hyesan."), "Kim Ok-sun").gender == "female"

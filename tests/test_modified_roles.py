"""A gender word before the role noun that introduces a name gives the named person that gender ("woman human
rights defender X", "women journalists X and Y"); not before another noun ("women rights activist X": an activist
for women's rights) nor after "and" ("male and female journalists X and Y"). A plural apposition after coordinated
names describes each, though the parser hangs it on the last ("X and Y, two female activists"). Invented sentences
and names."""

from __future__ import annotations

from test_plural_role_before_names import named, run


def test_a_gender_word_before_a_qualified_role_before_a_name() -> None:
    extraction = run("Police in Tarvik arrested woman human rights defender Kesta Qorl on Monday.")
    assert named(extraction, "Kesta Qorl").gender == "female"


def test_a_gender_word_before_a_plural_role_genders_each_listed_name() -> None:
    extraction = run("Police arrested women journalists Kesta Qorl and Vina Tell in Tarvik.")
    assert named(extraction, "Kesta Qorl").gender == "female"
    assert named(extraction, "Vina Tell").gender == "female"


def test_a_list_of_three_names_after_a_gendered_plural_role() -> None:
    extraction = run("Police arrested the male students Dorin Vell, Tavi Orsk and Ilvo Tarn in Tarvik.")
    assert [named(extraction, n).gender for n in ("Dorin Vell", "Tavi Orsk", "Ilvo Tarn")] == ["male"] * 3


def test_a_gender_word_before_another_noun_says_nothing() -> None:
    extraction = run("Police in Tarvik arrested women rights activist Kesta Qorl on Monday.")
    assert named(extraction, "Kesta Qorl").gender is None  # an activist for women's rights, of either sex


def test_both_gender_words_say_nothing() -> None:
    extraction = run("Police in Tarvik arrested male and female journalists Kesta Qorl and Vina Tell on Monday.")
    assert named(extraction, "Kesta Qorl").gender is None
    assert named(extraction, "Vina Tell").gender is None


def test_a_gender_word_owned_by_another_noun_says_nothing() -> None:
    extraction = run("Police in Tarvik arrested the woman's lawyer Kesta Qorl on Monday.")
    assert named(extraction, "Kesta Qorl").gender is None


def test_a_plural_apposition_after_two_names_describes_both() -> None:
    # the parser hangs "two female activists" on the last name only
    extraction = run("Kesta Qorl and Vina Tell, two female activists, were arrested in Tarvik.")
    assert named(extraction, "Kesta Qorl").gender == "female"
    assert named(extraction, "Kesta Qorl").descriptor == "activist"
    assert named(extraction, "Vina Tell").gender == "female"


def test_a_singular_apposition_describes_the_last_name_only() -> None:
    extraction = run("Kesta Qorl met Vina Tell, a journalist, in Tarvik.")
    assert named(extraction, "Kesta Qorl").descriptor is None
    assert named(extraction, "Vina Tell").descriptor == "journalist"


def test_a_speaker_after_a_gendered_list_takes_no_gender_from_it() -> None:
    extraction = run("Police detained women activists Ana Berg and Lena Varga, Ivan Petrov told reporters.")
    assert named(extraction, "Ivan Petrov").gender == "male"
    assert named(extraction, "Lena Varga").gender == "female"


def test_a_gender_word_of_the_people_a_role_serves_says_nothing_of_the_role() -> None:
    extraction = run("Police beat female migrant workers activist Pavel Dorn in Tarvik on Monday.")
    assert named(extraction, "Pavel Dorn").gender == "male"

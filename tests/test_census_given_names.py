"""A given name that data/given_names.yaml lacks takes the gender the 1990 US Census first-name files (the ``names``
package) give it, when one sex's bearers outnumber the other's at least ten times; the hand list, its rules and its
names of both sexes decide first. Invented sentences and names."""

from __future__ import annotations

from test_plural_role_before_names import named, run
from tumen.extract.census_names import RATIO, census_genders
from tumen.extract.gender import gender_of, name_gender


def test_a_person_named_with_a_census_given_name_takes_its_gender() -> None:
    extraction = run("Police detained the journalist Tammy Varga and the lawyer Dwayne Holm in Tarvik.")
    assert named(extraction, "Tammy Varga").gender == "female"
    assert named(extraction, "Dwayne Holm").gender == "male"
    gender, weak = gender_of(named(extraction, "Dwayne Holm").gender_votes)
    assert (gender, weak) == ("male", True)  # a weak name vote, like the hand list's


def test_a_census_name_of_both_sexes_says_nothing() -> None:
    assert name_gender("Kelly Varga") is None  # 0.063 % of men, 0.283 % of women: under ten times
    assert name_gender("Shawn Varga") is None  # 0.200 % of men, 0.024 % of women: eight times
    assert name_gender("Robin Varga") is None
    assert name_gender("Alona Varga") is None  # rare, in one file only: the ratio cannot be told


def test_a_name_missing_from_the_other_sexs_file_counts_at_half_its_floor() -> None:
    assert name_gender("Latonya Varga") == "female"  # 0.022 % of women, no man among the commonest names
    assert name_gender("Jamaal Varga") == "male"  # 0.006 % of men, no woman listed


def test_a_title_or_role_taken_into_the_name_is_not_read_in_the_census() -> None:
    assert name_gender("Prince Varga") is None  # a title, though the census lists Prince as a man's name
    assert name_gender("Major Varga") is None  # a military rank


def test_the_hand_list_and_its_names_of_both_sexes_decide_first() -> None:
    assert name_gender("Andrea Varga") is None  # mostly women in the census, a man's name in Italy
    assert name_gender("Sam Varga") is None  # a short form of Samuel and of Samantha
    assert name_gender("Yuri Varga") == "male"  # the hand list, though the census counts more women


def test_the_ratio_of_one_sexs_bearers_to_the_others() -> None:
    genders = census_genders()
    assert RATIO == 10.0
    assert genders["chase"] == "male" and genders["june"] == "female"
    assert "kelly" not in genders and "shawn" not in genders and "alona" not in genders

"""Names the name finder cuts short of what they name (docs/extraction.md, "Places and routes"): a company's name it
ends before the company's last word ("Tarvo Brandt" of "Tarvo Brandt Cos.") is the company's, and a name ending in
a sports team's nickname ("the league's Ida Bobcats") is the team's, however it opens; a title or a month read as a
name ("Sgt", "Mon Dec") is no one's. Invented names and texts."""

from __future__ import annotations

import pytest

from test_person_evidence import kinds
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tarvo Brandt Cos., Boston, adopted a defence plan against a hostile bid. The board is not aware of any "
            "attempt to take over Tarvo Brandt.",
            "Tarvo Brandt",
        ),
        ("Ferris's Bay Co. announced a rights issue. Ferris's Bay shares closed at 35 dollars.", "Ferris"),
    ],
)
def test_a_name_cut_before_a_companys_last_word_is_the_companys(text: str, name: str) -> None:
    assert kinds(text).get(name) == {"organization"}


def test_a_name_before_s_and_a_company_is_a_persons_where_it_opens_with_a_given_name() -> None:
    found = kinds("Ana Berg's Tarvo Foods Inc. was raided. Ana Berg was arrested on Monday.")
    assert found.get("Ana Berg") == {"person"}


def test_a_person_shown_as_one_keeps_a_name_a_company_bears() -> None:
    found = kinds("Police said Ivo Brandt Ltd. had paid the guards. Ivo Brandt, its founder, was arrested.")
    assert found.get("Ivo Brandt") == {"person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lorn Heath, now an assistant coach with the league's Ida Bobcats, retired in 1978.", "Ida Bobcats"),
        ("Ivo Jaxon will play against Steelers on Sunday, his agent said.", "Steelers"),
    ],
)
def test_a_name_ending_in_a_teams_nickname_is_the_teams(text: str, name: str) -> None:
    assert kinds(text).get(name) == {"organization"}


def test_a_title_read_alone_as_a_name_is_no_one() -> None:
    found = kinds("Her longtime colleague, Tarvik police Sgt. Ivo Tlusty, was visibly shaken as he spoke of her.")
    assert "Sgt" not in found
    assert found.get("Ivo Tlusty") == {"person"}


def test_a_run_of_a_weekdays_and_a_months_abbreviations_is_no_one() -> None:
    assert "Mon Dec" not in kinds("Edited on Mon Dec - 19 - 05 03 : 49 PM")


def test_a_month_that_is_a_given_name_stays_a_persons() -> None:
    assert kinds("Police said May Reck was arrested on Monday in Tarvik.").get("May Reck") == {"person"}


def test_a_month_abbreviation_that_is_a_given_name_stays_alone() -> None:
    found = kinds("Police questioned Jan Vale on Monday in Tarvik. Jan said she had seen nothing.")
    assert found.get("Jan Vale") == {"person"}
    assert "person" in found.get("Jan", {"person"})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police Detain Maria Lopez After Tarvo Motors Strike\n\nPolice detained Maria Lopez on 3 May 2011 in Lima.",
            "Maria Lopez",
        ),
        (
            "Soldiers Shoot Ana Cruz Near Tarvo Holdings Mine\n\nSoldiers shot Ana Cruz on 4 June 2013 near Tarvik.",
            "Ana Cruz",
        ),
        (
            "Police Detain Halvar Sorenko After Tarvo Motors Strike\n\nPolice detained Halvar Sorenko on 3 May 2011.",
            "Halvar Sorenko",
        ),
    ],
)
def test_a_name_in_a_headline_before_a_company_stays_a_persons(text: str, name: str) -> None:
    assert kinds(text).get(name) == {"person"}


def test_a_victim_named_in_a_headline_before_a_company_keeps_the_event() -> None:
    text = "Police Detain Maria Lopez After Tarvo Motors Strike\n\nPolice detained Maria Lopez on 3 May 2011 in Lima."
    victims = {e.name for e in run(text).entities if e.kind == "person"}
    assert "Maria Lopez" in victims
    assert any(e.type == "detention" for e in run(text).events)


def test_a_given_name_and_a_weekdays_abbreviation_stay_a_persons_name() -> None:
    text = "On 3 June 2012 police arrested May Sun, a labour activist, in Shanghai."
    assert kinds(text).get("May Sun") == {"person"}
    people = [e for e in run(text).entities if e.kind == "person" and e.name == "May Sun"]
    assert people and people[0].gender == "female"


def test_full_names_of_months_as_given_names_stay_a_persons_name() -> None:
    assert kinds("Police said April Sun was beaten in Tarvik on Monday.").get("April Sun") == {"person"}

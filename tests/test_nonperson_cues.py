"""Names the name finder tags a person's that the sentence shows to be something else (docs/extraction.md, "Places
and routes"): an outlet whose noun follows its name, a programme or a vessel after its noun, a building whose last
word says so, a company's product. Invented names and texts; the name finder tags each of them a person's."""

from __future__ import annotations

import pytest

from test_person_evidence import kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An opinion poll for the respected Norlani newspaper found that most voters were unhappy.", "Norlani"),
        ("Police fired tear gas, regional television Omroep Holm reported.", "Omroep Holm"),
        ("Citing state media Tarvex, the group said a man died in custody.", "Tarvex"),
    ],
)
def test_an_outlet_named_beside_its_noun_is_an_organisation(text: str, name: str) -> None:
    assert kinds(text)[name] == {"organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In an interview on the program “Tarva Semana,” Reyes denounced the police.", "Tarva Semana"),
        ("Pirates seized the supertanker Sirius Holm off the coast.", "Sirius Holm"),
        ("The bulk carrier Veldra ran aground near Tarvik.", "Veldra"),
        ("Warship Tarvo fired flares at the skiffs.", "Warship Tarvo"),
        ("He spoke at a press conference at the MILL BAKER HOTEL in Holm.", "BAKER HOTEL"),
        ("The warden of the Holm Detention Annex 9 Male Dormitory freed her.", "Male Dormitory"),
        ("Ana Vale checks into Dora Quill Clinic, hires lawyer.", "Dora Quill Clinic"),
    ],
)
def test_a_programme_a_vessel_or_a_building_is_no_one(text: str, name: str) -> None:
    assert "person" not in kinds(text).get(name, set())


def test_a_person_an_outlet_possesses_stays_a_person() -> None:
    found = kinds("Kestrel TV's Ana Berg asked the minister. Later Kestrel TV's Berg said the minister had lied.")
    assert found["Berg"] == {"person"}


def test_a_surname_an_organisation_possesses_stays_a_person() -> None:
    assert kinds("Police arrested Amnesty International's Berg in Tarvik in 2019.")["Berg"] == {"person"}


def test_a_weekly_before_a_name_makes_it_an_outlet() -> None:
    assert kinds("The Tarvik weekly Holm Vesper published the letter.")["Holm Vesper"] == {"organization"}


def test_a_name_after_a_product_noun_is_no_one() -> None:
    found = kinds("Police made him download the dating app Tarvix on his phone. Tarvix showed them where he was.")
    assert "person" not in found.get("Tarvix", set())


@pytest.mark.parametrize(
    "text",
    [
        "The app Ana Berg built was banned, and she was arrested in 2019.",
        "Officials said the yacht Ana Berg sailed on was seized and she was detained.",
        "The film Ana Berg directed was banned and she was arrested.",
    ],
)
def test_a_name_that_opens_a_clause_after_the_noun_stays_a_person(text: str) -> None:
    assert kinds(text)["Ana Berg"] == {"person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ferry Wijaya, an activist, was arrested in Tarvik in 2019.", "Ferry Wijaya"),
        ("Carrier Johnson, a union leader, was detained in 2019.", "Carrier Johnson"),
    ],
)
def test_a_name_opened_by_a_vessel_word_that_a_mention_shows_a_person_stays_one(text: str, name: str) -> None:
    assert kinds(text)[name] == {"person"}


def test_a_name_before_an_outlet_noun_that_has_its_own_name_is_no_outlet() -> None:
    found = kinds("The Norlani newspaper Dagbladet reported that Ana Berg was arrested.")
    assert "organization" not in found.get("Norlani", set())
    assert found["Dagbladet"] == {"organization"}

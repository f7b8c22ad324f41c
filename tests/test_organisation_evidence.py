"""A name the document describes as an organisation is an organisation's, whatever the name finder tagged it: a noun
for an organisation in apposition to it or right before it (docs/extraction.md, "Places and routes"). Invented names
and texts; each is tagged a person by the name finder."""

from __future__ import annotations

import pytest

from test_person_evidence import kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police stopped Ali at a checkpoint run by Hashd al-Abatat, an armed group in Karbala.", "Hashd al-Abatat"),
        ("Security forces raided the office of the independent news website Madar Qasr.", "Madar Qasr"),
    ],
)
def test_a_noun_for_an_organisation_makes_an_organisation(text: str, name: str) -> None:
    assert kinds(text)[name] == {"organization"}


def test_a_person_described_by_a_role_in_an_organisation_stays_a_person() -> None:
    found = kinds("Police stopped Ali at a checkpoint. The party's leader, Tomas Ruiz, was detained.")
    assert found["Ali"] == {"person"} and found["Tomas Ruiz"] == {"person"}


@pytest.mark.parametrize(
    "text",
    [
        "Councilman Ivo Holm said on Twitter that police had beaten protesters in Tarvik.",
        "Ana Berg announced the news on Twitter on Friday.",
    ],
)
def test_a_platform_people_post_on_is_no_person(text: str) -> None:
    assert kinds(text)["Twitter"] == {"organization"}


def test_a_name_ending_in_a_word_for_a_street_or_building_is_a_place() -> None:
    found = kinds("Police said Ana Berg was taken to Tarvik Memorial Hospital. The plant stands on Byberry Road.")
    assert "person" not in found.get("Tarvik Memorial Hospital", set()) | found.get("Byberry Road", set())
    assert kinds("Police arrested Andrew Lane in Tarvik on Monday.")["Andrew Lane"] == {"person"}  # Lane: a family name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police said Marta Quill Holdings had paid the guards who beat Ana Berg.", "Marta Quill Holdings"),
        ("Shares of Tomas Hale Industries fell after the arrest of Ana Berg.", "Tomas Hale Industries"),
        ("Brask Co. said it holds a stake in Tomas Veller Corp., a pump maker.", "Tomas Veller Corp"),
    ],
)
def test_a_name_ending_in_a_company_word_is_an_organisation(text: str, name: str) -> None:
    found = kinds(text)
    assert found[name] == {"organization"}
    assert found.get("Ana Berg", {"person"}) == {"person"}


def test_a_company_named_without_its_last_word_is_the_company() -> None:
    text = (
        "Brask Co. said it holds a stake in Tomas Veller Corp., a pump maker. Tomas Veller gave no reason for the sale."
    )
    assert kinds(text)["Tomas Veller"] == {"organization"}


def test_a_person_named_like_a_company_stays_a_person() -> None:
    found = kinds("Police raided Ana Berg Ltd. on Monday. Ana Berg was arrested.")
    assert found["Ana Berg"] == {"person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Velmora Mining Systems Inc. said it would close the Tarvik plant. "
            "Velmora said the guards were not its own.",
            "Velmora",
        ),
        ("Ostrelli S.p.A. agreed to sell the mine. Ostrelli said 300 miners would lose their jobs.", "Ostrelli"),
    ],
)
def test_a_company_named_by_the_first_words_of_its_name_is_the_company(text: str, name: str) -> None:
    assert kinds(text)[name] == {"organization"}


def test_the_family_name_of_a_person_stays_a_person_beside_a_company_of_that_name() -> None:
    text = "Tomas Halvik, a businessman, owns Halvik Shipping Corp. Halvik told reporters he had paid the guards."
    assert kinds(text)["Halvik"] == {"person"}

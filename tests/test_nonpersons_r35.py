"""What a sentence does with a name shows it is no person's (docs/extraction.md, "Places and routes"): a company's
possessions, shares and takeovers, "which" and "its" (tumen.extract.usage_organisations); a product's noun or a list
of brands, a holiday, an award before "winning" (tumen.extract.work_titles); a name in a list in apposition to a
noun for organisations (tumen.extract.organisation_evidence). Invented names and texts."""

from __future__ import annotations

import pytest

from test_person_evidence import kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police said Abernathy's founder, Ivo Reck, was arrested on Monday.", "Abernathy"),
        ("Castellan Chairman Ivo Reck resigned on Monday.", "Castellan"),
        ("Investors bought shares of Castellan on Monday.", "Castellan"),
        ("Castellan shares fell 5% on Monday after the strike.", "Castellan"),
        ("Brask agreed to acquire Dorrance for 40 million dollars.", "Dorrance"),
        ("Dorrance had 926 million shares outstanding.", "Dorrance"),
    ],
)
def test_a_name_with_a_companys_possessions_or_shares_is_an_organisation(text: str, name: str) -> None:
    assert kinds(text).get(name) == {"organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Castellan, which makes pumps, said profits fell.", "Castellan"),
        ("Dorrance strengthened its defences after the vote.", "Dorrance"),
    ],
)
def test_a_name_described_as_an_it_is_an_organisation(text: str, name: str) -> None:
    assert kinds(text).get(name) == {"organization"}


def test_a_which_clause_after_an_organisation_after_the_name_keeps_the_person() -> None:
    found = kinds(
        "Anna Marie Castellan of Tarvik Public Affairs, which is advising the family, said they will not speak."
    )
    assert found.get("Anna Marie Castellan") == {"person"}


def test_its_after_a_noun_for_an_organisation_keeps_the_subject_a_person() -> None:
    assert kinds("Dorrance accused the party of abusing its power.").get("Dorrance") != {"organization"}


def test_a_title_with_no_holders_name_after_it_keeps_a_signature() -> None:
    found = kinds("We never asked for that.  PAUL R. DUNMORE President The Tarvik Fund New York")
    assert found.get("PAUL R. DUNMORE") == {"person"}


@pytest.mark.parametrize(
    "text",
    [
        "The company unveiled its Adam home computer in 1983, but the product failed.",
        "Shops stopped selling brands such as Harlan Oats, Tessa Brandt and Morrow Krispies.",
    ],
)
def test_a_products_name_is_no_one(text: str) -> None:
    found = kinds(text)
    assert not {n for n, k in found.items() if "person" in k}


def test_a_name_in_a_list_apposed_to_a_noun_for_organisations_is_an_organisation() -> None:
    found = kinds("Three groups, the Tarvik Centre for Rights, Kessler and the Holm Trust, filed suit.")
    assert found.get("Kessler") == {"organization"}


def test_a_list_of_persons_apposed_to_a_group_stays_persons() -> None:
    found = kinds("A group led by two directors, Burt Halvorsen and Willam E. Brask II, holds a stake.")
    assert found.get("Willam E. Brask II") == {"person"}


def test_a_holiday_is_no_one() -> None:
    assert "Valentine" not in kinds("She was to marry her boyfriend on Valentine's Day in 2012.")


def test_an_award_before_winning_is_no_one() -> None:
    found = kinds("The studio hired Oscar winning screenwriter Ana Berg to write the script.")
    assert "Oscar" not in found
    assert found.get("Ana Berg") == {"person"}

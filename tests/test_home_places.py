"""A person comes from a place: a one-word name after "from" and a noun for a person is a place, not a person the
name finder took it for. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


def kinds(text: str) -> dict[str, str]:
    return {e.name or "": e.kind for e in run(text).entities if e.name}


@pytest.mark.parametrize(
    "text",
    [
        "Gang Mirae, a 34-year-old woman from Sumun, was arrested in Shenyang in March 2019.",
        "Woman from Sumun arrested in China, rights group says",
        "Two defectors from Sumun said the guards beat them in 2019.",
    ],
)
def test_the_place_a_person_comes_from_is_a_place(text: str) -> None:
    assert kinds(text)["Sumun"] == "place"


def test_a_letter_from_a_person_keeps_the_person() -> None:
    extraction = run("Gang Mirae read a letter from Pak Chol-min in May 2019.")
    assert {e.name for e in extraction.entities if e.kind == "person"} == {"Gang Mirae", "Pak Chol-min"}


def test_a_place_with_a_surnames_shape_is_a_place() -> None:
    found = kinds("The lawyers defended a group of Hong Kong activists who were arrested in 2020.")
    assert found["Hong Kong"] == "place"


def test_a_preposition_before_a_surname_is_no_korean_name() -> None:
    names = {e.name for e in run("In Kang's trial in 2019, the judge read the charges.").entities if e.kind == "person"}
    assert names == {"Kang"}
    assert "In Myong-hui" in {e.name for e in run("In Myong-hui was arrested in 2019.").entities}


def test_viet_nam_is_vietnam() -> None:
    from tumen.resolve import places as place_ids

    assert kinds("Viet Nam imprisoned a record number of writers in 2020.")["Viet Nam"] == "place"
    assert place_ids.canonical("Viet Nam") == place_ids.canonical("Vietnam")


@pytest.mark.parametrize(
    "text",
    [
        "According to Kim, the guards beat the prisoners in 2019.",
        "The message was from Kim, a defector, in May 2019.",
        "Police arrested a lawyer from Kim's office in May 2020.",
    ],
)
def test_a_surname_after_a_preposition_stays_a_person(text: str) -> None:
    assert kinds(text)["Kim"] == "person"


def test_a_given_name_that_is_also_a_city_stays_in_the_name() -> None:
    found = kinds("The lawyer met with Rosario Ibarra Piedra in Mexico City in 2019.")
    assert found.get("Rosario Ibarra Piedra") == "person"


def test_a_preposition_inside_a_sentence_is_left_to_the_name_finder() -> None:
    assert "Kang" not in kinds("Police questioned In Kang about the protest in May 2020.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police say Lena Varn, 66, of Dunmore, was killed on Monday.", "Dunmore"),  # a name, its age, "of"
        ("Gang Mirae and Pak Chol were arrested in the town of Dunmore.", "Dunmore"),  # a noun for a place, "of"
    ],
)
def test_the_place_of_a_named_person_or_a_place_noun_is_a_place(text: str, place: str) -> None:
    assert kinds(text)[place] == "place"


def test_a_ship_named_with_its_prefix_is_no_person() -> None:
    found = kinds("MV Kestrel was later escorted to safety, he added. The navy said INS Korvan escorted MV Kestrel.")
    assert (found["MV Kestrel"], found["INS Korvan"]) == ("place", "place")


def test_a_team_after_a_persons_name_is_no_place() -> None:
    found = kinds("The record was set by Hamp Vale of the Rams in 1952 and Wally Lemm of Houston in 1961.")
    assert found.get("Rams") != "place"

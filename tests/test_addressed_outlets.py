"""A one-word name after "the" only ever told or interviewed is an outlet (tumen.extract.addressed_outlets;
docs/extraction.md, "Places and routes"). Invented names and texts."""

from __future__ import annotations

import pytest

from test_person_evidence import kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Berg, a lawyer, told the Rappwood that she was threatened by soldiers.", "Rappwood"),
        ("Ivo Reck told the Kestrelnet that he was beaten.", "Kestrelnet"),
        ("Ivo Reck was speaking to the Rappwood when police arrived.", "Rappwood"),
        ("Ivo Reck was beaten in custody, according to the Rappwood.", "Rappwood"),
    ],
)
def test_a_one_word_name_after_the_only_told_is_an_outlet(text: str, name: str) -> None:
    assert kinds(text).get(name) == {"organization"}


@pytest.mark.parametrize(
    "text",
    [
        "Guards beat the prisoners every night. Interrogators told Varnek that he would be executed.",
        "She spoke to Kowalczyk by phone from her cell every week.",
    ],
)
def test_a_surname_told_without_the_stays_a_person(text: str) -> None:
    found = kinds(text)
    assert [found[n] for n in ("Varnek", "Kowalczyk") if n in found] == [{"person"}]


def test_a_surname_of_a_person_named_in_full_stays_a_person() -> None:
    found = kinds("Ana Vossberg was arrested on Monday. Her lawyer told Vossberg that the charges were dropped.")
    assert "organization" not in found.get("Vossberg", {"person"})


def test_a_name_with_a_persons_evidence_stays_a_person() -> None:
    found = kinds("Mr Kestrelnet, 54, was beaten. Police told the Kestrelnet to leave the city.")
    assert found.get("Kestrelnet") != {"organization"}


def test_a_name_that_is_also_a_subject_stays_a_person() -> None:
    found = kinds("Rappwood was arrested on Monday. Police told the Rappwood that he would be charged.")
    assert found.get("Rappwood") != {"organization"}

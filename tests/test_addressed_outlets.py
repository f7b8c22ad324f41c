"""A one-word name only ever told or interviewed is an outlet (tumen.extract.addressed_outlets; docs/extraction.md,
"Places and routes"). Invented names and texts."""

from __future__ import annotations

import pytest

from test_person_evidence import kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Berg, a lawyer, told Rappwood that she was threatened by soldiers.", "Rappwood"),
        ("'We were beaten,' Ivo Reck told Kestrelnet on Monday.", "Kestrelnet"),
        ("Ivo Reck said in an interview with Kestrelnet that he was beaten.", "Kestrelnet"),
        ("Ivo Reck was speaking to Rappwood when police arrived.", "Rappwood"),
        ("Ivo Reck was beaten in custody, according to Rappwood.", "Rappwood"),
    ],
)
def test_a_one_word_name_only_told_is_an_outlet(text: str, name: str) -> None:
    assert kinds(text).get(name) == {"organization"}


def test_a_surname_of_a_person_named_in_full_stays_a_person() -> None:
    found = kinds("Ana Vossberg was arrested on Monday. Her lawyer told Vossberg that the charges were dropped.")
    assert "organization" not in found.get("Vossberg", {"person"})


def test_a_name_with_a_persons_evidence_stays_a_person() -> None:
    found = kinds("Mr Kestrelnet, 54, was beaten. Police told Kestrelnet to leave the city.")
    assert found.get("Kestrelnet") != {"organization"}


def test_a_name_that_is_also_a_subject_stays_a_person() -> None:
    found = kinds("Rappwood was arrested on Monday. Police told Rappwood that he would be charged.")
    assert found.get("Rappwood") != {"organization"}

"""A name that modifies a noun for a building or a business ("the old Tarvo Maid dairy building", "the Kessel
warehouse") is the facility's or the company's, no person's — in all its mentions, unless one of them shows a
person ("Mr Kessel"), the name opens with a listed given name or is a place the gazetteer knows. Every sentence
here is invented."""

from __future__ import annotations

from test_plural_role_before_names import run


def kinds(text: str) -> dict[str, str]:
    return {e.name or "": e.kind for e in run(text).entities if e.name}


def test_a_name_before_a_facility_noun_is_no_person() -> None:
    found = kinds("Fire destroyed the old Tarvo Maid dairy building on Monday. Tarvo Maid had been closed for years.")
    assert found.get("Tarvo Maid") == "place"


def test_the_other_mentions_of_the_name_follow() -> None:
    found = kinds("The Dorrit Maid warehouse burned down on Monday. Dorrit Maid survived two earlier fires.")
    assert found.get("Dorrit Maid") == "place"


def test_a_person_shown_by_a_title_stays_a_person() -> None:
    found = kinds("Mr Kessel said the Kessel warehouse burned down on Monday.")
    assert found.get("Kessel") == "person"


def test_a_name_opened_by_a_given_name_stays_a_person() -> None:
    found = kinds("Ana Vale said the Ana Vale building was empty.")
    assert found.get("Ana Vale") == "person"

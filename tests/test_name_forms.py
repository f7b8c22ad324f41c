"""How a name is written around its words: another name given after it ("Tomas Vrell aka Koba"), coordinators a
parser took into it, an abbreviated given name before it ("Md Sohel Karim") and a courtesy title that is part of a
full name ("Lady Ann Selma"). Every sentence here is invented."""

from __future__ import annotations

from test_plural_role_before_names import run
from tumen.extract.name_forms import alias_after, without_trailing


def persons(text: str) -> dict[str, list[str]]:
    return {e.name or "": [m.text for m in e.mentions] for e in run(text).entities if e.kind == "person" and e.name}


def test_a_name_given_after_aka_is_the_same_person() -> None:
    found = persons("Soldiers arrested Tomas Vrell aka Koba in Vanuzi on Monday. Koba was taken to a camp.")
    assert list(found) == ["Tomas Vrell"], found
    assert found["Tomas Vrell"].count("Koba") == 2


def test_a_name_given_after_alias_in_brackets_is_the_same_person() -> None:
    text = "Soldiers arrested Tomas Vrell (alias Koba Dant) in Vanuzi. Koba Dant was taken to a camp."
    assert list(persons(text)) == ["Tomas Vrell"]


def test_the_alias_after_a_name() -> None:
    text = "Tomas Vrell, also known as Koba, was arrested. Tomas Vrell, popularly known as “Big Koba”, left."
    assert alias_after(text, len("Tomas Vrell")) == "Koba"
    assert alias_after(text, text.index(", popularly")) == "Big Koba"
    assert alias_after("Tomas Vrell and Koba Dant were held.", len("Tomas Vrell")) is None


def test_a_coordinator_closing_a_name_is_not_part_of_it() -> None:
    assert without_trailing("Anton “Fat Toni” Sarelli and") == "Anton “Fat Toni” Sarelli"
    assert without_trailing("Ivo Brant ,") == "Ivo Brant"
    assert without_trailing("Anna Berg") == "Anna Berg"


def test_md_before_a_full_name_is_an_abbreviated_given_name() -> None:
    found = persons("Police arrested Md Sohel Karim in Vanuzi on Monday. Karim was freed on Friday.")
    assert list(found) == ["Sohel Karim"], found
    assert run("Police arrested Md Sohel Karim in Vanuzi.").entities[0].gender == "male"


def test_lady_before_a_full_name_is_part_of_the_name() -> None:
    found = persons("Police arrested the editor Lady Ann Selma in Vanuzi. Selma was freed on Friday.")
    assert list(found) == ["Lady Ann Selma"], found
    assert run("Police arrested the editor Lady Ann Selma in Vanuzi.").entities[0].gender == "female"


def test_sons_after_a_possessive_family_name_share_it() -> None:
    found = persons("Police charged Jomo Talek in Vanuzi. Talek's sons, Ian and Jon, were also detained.")
    assert set(found) == {"Jomo Talek", "Ian Talek", "Jon Talek"}, found


def test_a_family_name_written_first_is_written_first_for_the_kin() -> None:
    found = persons("Police detained Ri Jong Suk in Hamgyong. Ri's son, Chol, was also held.")
    assert "Ri Chol" in found, found


def test_a_spouse_and_a_possessive_given_name_do_not_give_a_family_name() -> None:
    found = persons("Police detained Jomo Talek in Vanuzi. Talek's wife, Ana, was also held.")
    assert "Ana Talek" not in found, found
    found = persons("Police detained Liban Odar in Vanuzi. Liban's sister, Sahra, was also held.")
    assert "Sahra Odar" not in found and "Sahra Liban" not in found, found

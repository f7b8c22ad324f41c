"""A nickname in quotation marks inside a full name ("Jose 'Pepe' Ruiz") is another name of that person: later
"Jose Ruiz", "Pepe Ruiz" and "Pepe" alone are the same person, whose name is the full name without the nickname.
Every sentence here is invented."""

from __future__ import annotations

from test_plural_role_before_names import run
from tumen.extract.nicknames import called_by, split_nickname


def persons(text: str) -> dict[str, list[str]]:
    return {e.name or "": [m.text for m in e.mentions] for e in run(text).entities if e.kind == "person" and e.name}


def test_the_nickname_with_the_family_name_is_the_same_person() -> None:
    text = (
        "Police in Tarvik arrested the land rights defender Dr. Marisol “Mari” Vantrell on Friday. Her brother said"
        " Mari Vantrell had been threatened for months."
    )
    found = persons(text)
    assert list(found) == ["Marisol Vantrell"], found
    assert "Mari Vantrell" in found["Marisol Vantrell"]


def test_the_nickname_alone_is_the_same_person() -> None:
    found = persons("Soldiers arrested Jose “Pepe” Ruiz in Vanuzi on Monday. Pepe was taken to a camp near the border.")
    assert list(found) == ["Jose Ruiz"], found
    assert "Pepe" in found["Jose Ruiz"]


def test_the_full_name_without_the_nickname_is_the_same_person() -> None:
    text = (
        "Gunmen shot the organiser Ana “Nena” Doral in Vanuzi on Monday. A week later, friends of Ana Doral marched"
        " to the town hall."
    )
    assert list(persons(text)) == ["Ana Doral"]


def test_a_name_cut_at_straight_quotes_is_one_person() -> None:
    text = "Soldiers detained the journalist Arturo 'Turo' Benavid in Norland. Arturo Benavid was freed on Thursday."
    found = persons(text)
    assert list(found) == ["Arturo Benavid"], found


def test_a_name_with_a_nickname_is_a_person_though_taken_for_an_organisation() -> None:
    found = persons("Gunmen killed the farmer Rodrigo “Digo” Almazan near Vanuzi. Relatives said Digo was going home.")
    assert list(found) == ["Rodrigo Almazan"], found


def test_another_person_of_the_family_name_is_not_the_nickname() -> None:
    found = persons("Police arrested Jose “Pepe” Ruiz in Vanuzi. His sister Lina Ruiz said Pepe had done nothing.")
    assert set(found) == {"Jose Ruiz", "Lina Ruiz"}, found
    assert "Pepe" in found["Jose Ruiz"]


def test_the_person_is_named_as_the_report_first_names_them_in_full() -> None:
    text = (
        "Police in Tarvik arrested Dr. Nena Doral on Friday. Her brother said Dr. Ana “Nena” Doral had been"
        " threatened for months. Ana Doral was released on Sunday."
    )
    assert list(persons(text)) == ["Nena Doral"]


def test_a_quoted_epithet_before_a_name_is_no_part_of_it() -> None:
    text = "Harbour 'Banker' Tom Vessey, 75, Dies\nThomas Vessey, 75, the banker of the Harbour scheme, died on Monday."
    assert list(persons(text)) == ["Tom Vessey"]


def test_split_nickname() -> None:
    assert split_nickname("Jose 'Pepe' Ruiz") == ("Jose Ruiz", "Pepe")
    assert split_nickname("Ma. Natalia “Nat” Berg") == ("Ma. Natalia Berg", "Nat")
    assert split_nickname("“Pepe” Ruiz") == ("“Pepe” Ruiz", None)  # no name before the quotes
    assert split_nickname("Jose Ruiz") == ("Jose Ruiz", None)
    assert called_by("Pepe", "Ruiz", "Pepe Ruiz") and called_by("Pepe", "Ruiz", "Pepe")
    assert not called_by("Pepe", "Ruiz", "Pepe Ortiz")

"""Offices of the courts and the police, players' positions and demonyms written as a title before a name
("Prosecutor Tarja Vell", "Linebacker Ivo Holm", "Frenchwoman Elise Porrin") are titles, no part of the name; a
demonym of one sex gives the person's gender. Every sentence here is invented."""

from __future__ import annotations

from test_plural_role_before_names import run


def persons(text: str) -> dict[str, str | None]:
    return {e.name or "": e.gender for e in run(text).entities if e.kind == "person" and e.name}


def test_an_office_of_the_courts_or_the_police_is_a_title() -> None:
    found = persons("Prosecutor Tarja Vell was shot. Deputy Lena Varo found the body. Coroner Ivo Marsk said so.")
    assert {"Tarja Vell", "Lena Varo", "Ivo Marsk"} <= set(found)
    assert not [n for n in found if n.split()[0] in ("Prosecutor", "Deputy", "Coroner")]


def test_a_players_position_is_a_title() -> None:
    found = persons("Linebacker Rafe Dunmore was arrested after the game.")
    assert "Rafe Dunmore" in found and "Linebacker Rafe Dunmore" not in found


def test_a_demonym_is_a_title_and_gives_the_gender() -> None:
    found = persons("Englishman Rob Tarkley was killed in the blast. Frenchwoman Elise Porrin was beaten by police.")
    assert found.get("Rob Tarkley") == "male"
    assert found.get("Elise Porrin") == "female"

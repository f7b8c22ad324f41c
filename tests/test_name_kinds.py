"""Cues in a name's context to the kind of thing it names (docs/extraction.md, "Places and routes"): a plural name
with "the", a score or a team's word is a team's or several people's; a title of an office between an organisation's
name and a person's keeps the person a person; a title of a work after a noun for a work names no one; a name of
common words only is no one's. Invented names and texts; the name finder tags each of them wrongly."""

from __future__ import annotations

import pytest

from test_person_evidence import kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jaguars coach Ivo Reck said his men were tired.", "Jaguars"),
        ("Drake beat the Bulldogs 70-61 on Friday.", "Bulldogs"),
        ("Ana Vale scored 20 points as the Bluejays won.", "Bluejays"),
    ],
)
def test_a_plural_name_in_a_game_is_a_team(text: str, name: str) -> None:
    assert kinds(text)[name] == {"organization"}


def test_a_plural_name_after_the_is_several_people() -> None:
    found = kinds("The Holmses and Bryan will face a trial.")
    assert found["Holmses"] == {"group"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The fumble-prone Jamal Charles lost the ball in the game.", "Jamal Charles"),
        ("Serena Lyons won the match. The Lyons family was there.", "Serena Lyons"),
    ],
)
def test_a_person_whose_name_ends_in_s_stays_a_person(text: str, name: str) -> None:
    assert kinds(text)[name] == {"person"}


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        ("NYPD Commissioner Tamsin Orrell said the man was shot twice.", "Tamsin Orrell", "NYPD"),
        ("Harbor Police Sergeant Dora Mest said the man was shot twice.", "Dora Mest", "Harbor Police"),
        ("INS Deputy Commissioner Dora Mest announced the decision.", "Dora Mest", "INS"),
    ],
)
def test_a_title_between_an_organisation_and_a_name_keeps_the_person(text: str, name: str, office: str) -> None:
    found = kinds(text)
    assert found[name] == {"person"}
    assert found[office] == {"organization"}
    assert not any(name in other and other != name for other in found)


def test_a_title_inside_an_organisations_name_makes_no_person() -> None:
    found = kinds("The body was taken to the Tarvik Office of the Chief Medical Examiner on Monday.")
    assert "Medical Examiner" not in found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tara Mell, who starred in the film Silent River, was arrested on Friday.", "Silent River"),
        ("She had a guest role in the television sitcom Lantern Bay before her arrest.", "Lantern Bay"),
        ("Ana Vale, whose movie “ Tomas Varga ” opened on Friday, was arrested.", "Tomas Varga"),
        ("She wrote the novel Dora Quill in prison.", "Dora Quill"),
        ("Tara Mell, who starred in Tomas Varga, was arrested.", "Tomas Varga"),
        ("Ana Vale has starred in Harry Lime and Dora Quill.", "Dora Quill"),
        ("She played in Lantern Crows, a television drama, last year.", "Lantern Crows"),
    ],
)
def test_a_title_of_a_work_names_no_one(text: str, title: str) -> None:
    assert title not in kinds(text)


def test_a_known_place_after_starred_in_stays_a_place() -> None:
    assert kinds("Ana Vale starred in Paris last year.").get("Paris") == {"place"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Story Created : Aug 7 , 2012\nNo injuries were reported.", "Story Created"),
        ("Atty . Ana Vale said the man was guilty.", "Atty"),
    ],
)
def test_a_name_of_common_words_only_is_no_ones(text: str, words: str) -> None:
    assert words not in kinds(text)


def test_a_name_with_a_role_before_it_stays_a_person() -> None:
    found = kinds("Police mourned slain radio host Raed Fares in Tarvik on Monday.")
    assert found["Raed Fares"] == {"person"}


def test_a_peoples_name_of_a_common_word_stays() -> None:
    assert kinds("Turkmens go to the polls Sunday.").get("Turkmens") == {"group"}

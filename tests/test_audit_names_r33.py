"""Names a news column or a headline writes around a person's (docs/extraction.md, "Places and routes" and
"Persons"): a describing word before a given name is no part of the name, a run of a capitalised headline's common
words is no one's, a sequel's title names no one; and a dead man's family that he "leaves behind" is no family
separation, nor is leaving the public's sight a disappearance; an organisation that names one of its people ("a
Tarvik Customs agent") is no victim. Invented names and texts."""

from __future__ import annotations

import pytest

from test_negated_senses import run, told
from test_person_evidence import kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Unemployed John Reck, 23, was arrested yesterday.", "John Reck"),
        ("Star Esther Willis has died in Tarvik.", "Esther Willis"),
        ("He clashed with former All-Star Chris Webber last season.", "Chris Webber"),
    ],
)
def test_a_describing_word_before_a_given_name_is_no_part_of_the_name(text: str, name: str) -> None:
    found = kinds(text)
    assert found.get(name) == {"person"}
    assert not any(form.endswith(" " + name) for form in found)


def test_a_describing_word_before_a_given_name_alone_stays() -> None:
    assert kinds("Young Kim won the seat on Tuesday.").get("Young Kim") == {"person"}


def test_a_describing_word_inside_a_sentence_stays_where_the_text_writes_the_name_whole() -> None:
    found = kinds("Fans cheered the band Silent Ana Berg on Friday.")  # a band's name, "Silent" and all
    assert "Silent Ana Berg" in found
    assert "Ana Berg" not in found


def test_a_run_of_a_headlines_common_words_is_no_ones() -> None:
    found = kinds("Otters Beat Falcons 20 - 13 To Clinch Playoff Berth\nThe Tarvik Otters beat the Falcons on Sunday.")
    assert "Playoff Berth" not in found
    assert not any("Berth" in form for form in found)


def test_a_headlines_name_the_story_writes_in_prose_stays() -> None:
    found = kinds("Grant Hill Retires After 19 Seasons\nGrant Hill said on Sunday he would retire.")
    assert found.get("Grant Hill") == {"person"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The studio wants Tom Vell to direct the sequel, Burning Lanterns, next year.", "Burning Lanterns"),
        ("He wrote novels such as Winky Tatter before his arrest.", "Winky Tatter"),
    ],
)
def test_a_sequels_or_a_listed_works_title_names_no_one(text: str, title: str) -> None:
    assert title not in kinds(text)


def test_the_family_a_dead_man_leaves_behind_is_no_separation() -> None:
    x = run("Maria Lopez was killed by soldiers on Monday. She leaves behind two sons.")
    assert told(x, "family_separation") == []
    left = run("Maria Lopez fled to Norland in 2029. She left behind her two sons.")
    assert told(left, "family_separation") == [[("Maria Lopez", "subject"), ("son", "victim"), ("son", "victim")]]


def test_leaving_the_publics_sight_is_no_disappearance() -> None:
    assert told(run("Ana Berg disappeared from public view in 1980."), "disappearance") == []
    assert told(run("Her disappearance from the spotlight puzzled her fans."), "disappearance") == []
    assert told(run("Ana Berg disappeared in May 2029."), "disappearance") == [[("Ana Berg", "victim")]]


@pytest.mark.parametrize(
    "text",
    ["Later he shot and killed a Tarvik Customs agent.", "The bomb killed an Orlan State Police bomb technician."],
)
def test_an_organisation_naming_one_of_its_people_is_no_victim(text: str) -> None:
    x = run(text)
    killed = [e for e in x.events if e.type == "killing"]
    assert killed
    assert all(x.entity(p.entity).kind != "organization" for e in killed for p in e.participants)


def test_an_organisation_naming_its_people_who_did_it_is_the_doer() -> None:
    x = run("Orlan Police officers arrested Ana Berg on Monday.")
    assert told(x, "arrest") == [[("Ana Berg", "victim"), ("Orlan Police", "perpetrator")]]


@pytest.mark.parametrize(
    ("text", "storm"),
    [
        ("Cyclone Idara flooded the coast of Tarvik on Monday.", "Cyclone Idara"),
        ("The town was hit by Hurricanes Marla and Oskar in 2029.", "Hurricanes Marla"),
    ],
)
def test_a_storms_name_names_no_one(text: str, storm: str) -> None:
    assert storm not in kinds(text)


def test_a_named_storm_that_kills_deals_a_death_not_a_killing() -> None:
    x = run("Cyclone Idara killed Ana Berg in Tarvik.")
    assert told(x, "killing") == []
    assert told(x, "death") == [[("Ana Berg", "victim")]]

"""Who an event befalls or who does it, when the report describes them rather than names them (docs/extraction.md,
"Word senses and what may fill a role"): a role noun with another's name in its phrase is someone else ("Ana
Berg's lawyer", "a Tarvik Post reporter"); people described by a noun are shot or beaten to death as named people
are; a death in an accident, or a killing of oneself, is no killing. Invented sentences."""

from __future__ import annotations

import pytest

from test_accused import roles
from test_event_senses import of_type, run


@pytest.mark.parametrize(
    ("sentence", "event_type", "other"),
    [
        ("Ana Berg's lawyer was arrested in Tarvik on Monday.", "arrest", "Ana Berg"),
        ("Police arrested a Tarvik Post reporter in Halden on Monday.", "arrest", "Tarvik Post"),
        ("A Halden Foods warehouse worker shot two colleagues dead in Tarvik on Monday.", "killing", "Halden Foods"),
        ("Police arrested the lawyer of Ana Berg in Tarvik on Monday.", "arrest", "Ana Berg"),
        ("A member of the Halden Teachers Union was arrested in Tarvik on Monday.", "arrest", "Halden Teachers Union"),
    ],
)
def test_a_role_noun_with_another_name_in_its_phrase_is_someone_else(
    sentence: str, event_type: str, other: str
) -> None:
    """The lawyer is not the client, the reporter not the paper, the worker not the company."""
    x = run(sentence)
    assert of_type(x, event_type)
    names = {x.entity(p.entity).name for e in of_type(x, event_type) for p in e.participants}
    assert other not in names


def test_a_role_noun_with_its_own_name_is_still_that_person() -> None:
    assert roles(run("The journalist Ana Berg was arrested in Tarvik on Monday."), "arrest") == {"Ana Berg": "victim"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers shot two protesters dead in Tarvik on Monday.",
        "Two villagers were shot dead in Tarvik on Monday.",
        "Soldiers beat three farmers to death in Tarvik in May.",
    ],
)
def test_people_described_are_shot_or_beaten_to_death(sentence: str) -> None:
    assert of_type(run(sentence), "killing", "asserted")


def test_a_thing_shot_to_pieces_is_no_killing() -> None:
    assert not of_type(run("Soldiers shot the tyres of the bus to pieces in Tarvik."), "killing")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Berg was killed in a car crash near Tarvik on Friday.",
        "Ana Berg was killed in an earthquake in Tarvik in May.",
    ],
)
def test_a_death_in_an_accident_is_no_killing(sentence: str) -> None:
    x = run(sentence)
    assert not of_type(x, "killing")
    assert roles(x, "death") == {"Ana Berg": "victim"}


@pytest.mark.parametrize(
    ("sentence", "victim"),
    [
        ("Ana Berg killed herself in Tarvik in 2019.", "Ana Berg"),
        ("Karl Vos wounded two colleagues at the Tarvik depot on Friday before he killed himself.", "Karl Vos"),
        ("Forty clerks of the Tarvik depot killed themselves in 2009.", None),
    ],
)
def test_a_killing_of_oneself_is_a_death(sentence: str, victim: str | None) -> None:
    x = run(sentence)
    assert not of_type(x, "killing")
    assert of_type(x, "death")
    if victim is not None:
        assert roles(x, "death") == {victim: "victim"}


def test_a_killing_by_someone_stays_a_killing() -> None:
    x = run("Ana Berg was killed by soldiers in Tarvik on Friday.")
    assert roles(x, "killing") == {"Ana Berg": "victim"}
    x = run("Karl Vos shot and killed Ana Berg in a hunting accident near Tarvik in 1957.")
    assert roles(x, "killing") == {"Ana Berg": "victim"}  # not a death of Karl Vos


def test_a_name_in_a_partitive_possessor_is_not_the_one_counted() -> None:
    assert not roles(run("Ana Berg had been upset by the death of one of her four cats."), "death")


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Workers of the Tarvik Mining Company were dismissed after they joined a union.", "dismissal"),
        ("Students of the Halden Science College were abducted.", "abduction"),
    ],
)
def test_people_described_by_a_name_in_their_phrase_are_particular_people(sentence: str, event_type: str) -> None:
    """The workers of a named plant are not workers in general: their dismissal is an event, though no one in it is
    named (and the plant is not its victim)."""
    x = run(sentence)
    assert of_type(x, event_type, "asserted")
    assert not roles(x, event_type)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Berg was taken to Halden, where she died.",
        "Ana Berg was taken to Tarvik Memorial Hospital, where she died.",
    ],
)
def test_the_place_a_relative_adverb_tells_of_is_not_who_undergoes_its_clause(sentence: str) -> None:
    """ "where she died": she died there; the place is not the one who died."""
    assert roles(run(sentence), "death") == {"Ana Berg": "victim"}

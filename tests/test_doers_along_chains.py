"""Doers and victims the parse hides: a participle joined to an active verb is active and shares its subject
up the chain ("Police stormed the square, dispersed the crowd and arrested protesters"), a past tense read as a
participle on the subject or object of a verb of saying is the verb of its noun ("A guard stabbed Ana Berg, police
said"), and a custody left ("released from custody") is the detention of the one who left it, of no one unknown
(docs/extraction.md: "A participle joined to an active verb", "An unnamed doer of a harm", "Whoever is placed in
custody is held"). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def roles(extraction: Extraction, event_type: str) -> set[tuple[str, str | None]]:
    found = set()
    for event in extraction.events:
        if event.type == event_type:
            for p in event.participants:
                entity = extraction.entity(p.entity)
                found.add((p.role, entity.name or entity.descriptor))
    return found


def types(extraction: Extraction) -> list[str]:
    return [e.type for e in extraction.events]


@pytest.mark.parametrize(
    ("sentence", "event_type", "doer"),
    [
        ("Police stormed the square, dispersed the crowd and arrested protesters.", "arrest", "Police"),
        ("Police have stormed the square and arrested protesters.", "arrest", "Police"),
        ("Soldiers raided the village, burned the houses and detained Dara Loman.", "detention", "Soldiers"),
    ],
)
def test_a_participle_joined_to_an_active_verb_shares_its_subject(sentence: str, event_type: str, doer: str) -> None:
    assert ("perpetrator", doer) in roles(run(sentence), event_type)


def test_a_participle_joined_to_a_passive_stays_passive() -> None:
    extraction = run("Dara Loman was detained in Tarvik and denied a lawyer.")
    assert not any(role == "perpetrator" for e in types(extraction) for role, _ in roles(extraction, e))


def test_a_conjunct_with_its_own_subject_keeps_it() -> None:
    found = roles(run("Police stormed the square, and soldiers arrested Dara Loman."), "arrest")
    assert ("perpetrator", "soldiers") in found
    assert ("perpetrator", "Police") not in found


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("A guard stabbed Ana Berg outside her home, police said.", "attack"),
        ("Police said a jailer stabbed Ana Berg in Tarvik.", "attack"),
        ("A policeman tortured Ana Berg in a cell, witnesses said.", "torture"),
    ],
)
def test_a_past_tense_read_as_a_participle_on_a_said_noun_is_its_verb(sentence: str, event_type: str) -> None:
    found = roles(run(sentence), event_type)
    assert ("victim", "Ana Berg") in found
    assert any(role == "perpetrator" for role, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "A guard stabbed in the neck was taken to hospital.",
        "Police said a guard stabbed in the neck was taken to hospital.",
        "A prisoner given a life sentence said he was innocent.",
    ],
)
def test_a_real_reduced_relative_stays_passive(sentence: str) -> None:
    extraction = run(sentence)
    assert not any(role == "perpetrator" for e in types(extraction) for role, _ in roles(extraction, e))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Berg was released from custody on Friday.",
        "Police released Ana Berg from detention on Friday.",
        "Ana Berg escaped from custody in March.",
    ],
)
def test_who_left_a_custody_was_held(sentence: str) -> None:
    assert ("victim", "Ana Berg") in roles(run(sentence), "detention")


def test_a_custody_left_by_no_one_known_is_no_detention() -> None:
    assert "detention" not in types(run("He was released from custody on Friday."))

"""Unnamed doers of a harm told by a noun of one person ("a soldier shot …", "… beaten by a prison guard"): a new
person of the story with the noun as descriptor, the event's perpetrator (``doer_nouns`` and ``doer_conditions`` in
data/kinship.yaml, tumen.extract.unnamed_doers; docs/extraction.md, "An unnamed doer of a harm"). Invented
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Entity, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def unnamed(extraction: Extraction) -> list[Entity]:
    return [e for e in extraction.entities if e.kind == "person" and e.name is None]


def doers_of(extraction: Extraction, event_type: str) -> list[Entity]:
    return [
        extraction.entity(p.entity)
        for e in extraction.events
        if e.type == event_type
        for p in e.participants
        if p.role == "perpetrator"
    ]


@pytest.mark.parametrize(
    ("sentence", "event_type", "descriptor"),
    [
        ("A soldier shot Ana Berg in Halmor on Monday.", "shooting", "soldier"),
        ("Ana Berg was beaten by a prison guard in Halmor.", "ill_treatment", "guard"),
        ("Dara Loman was killed by a sniper in Halmor last week.", "killing", "sniper"),
        ("An officer arrested Dara Loman outside his home in Halmor.", "arrest", "officer"),
        ("A gunman broke into the office and shot Dara Loman.", "shooting", "gunman"),
        ("A soldier gunned down Dara Loman at the checkpoint.", "killing", "soldier"),
        ("A policeman arrested Dara Loman in Halmor.", "arrest", "policeman"),  # parsed "a policeman arrested"
    ],
)
def test_a_noun_of_one_person_that_does_the_harm_is_its_unnamed_doer(
    sentence: str, event_type: str, descriptor: str
) -> None:
    extraction = run(sentence)
    doers = doers_of(extraction, event_type)
    assert [(d.name, d.descriptor) for d in doers] == [(None, descriptor)]
    assert doers[0].mentions  # the noun phrase is its mention: evidence of who did it


def test_the_same_noun_later_is_that_doer_again() -> None:
    extraction = run("A gunman shot Ana Berg in Halmor. The gunman fled in a grey car.")
    (gunman,) = unnamed(extraction)
    assert [m.text for m in gunman.mentions] == ["A gunman", "The gunman"]


def test_another_noun_of_the_same_kind_in_between_is_not_the_doer() -> None:
    extraction = run("A guard beat Ana Berg in the cell. A guard from the night shift saw it. The guard said so.")
    (guard,) = unnamed(extraction)
    assert [m.text for m in guard.mentions] == ["A guard"]


def test_a_named_doer_is_no_unnamed_one() -> None:
    extraction = run("A soldier, Tom Reller, shot Ana Berg in Halmor.")
    assert unnamed(extraction) == []
    assert [d.name for d in doers_of(extraction, "shooting")] == ["Tom Reller"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A police officer took their names at the gate.",  # no harm
        "A soldier was arrested in Halmor on Monday.",  # undergoes the harm
        "Soldiers shot Ana Berg in Halmor.",  # a group, not one person
        "A man shot Ana Berg in Halmor.",  # a noun anyone may be called
    ],
)
def test_no_unnamed_doer_without_one_person_doing_a_harm(sentence: str) -> None:
    assert unnamed(run(sentence)) == []


def test_a_pronoun_still_means_the_named_person() -> None:
    extraction = run("On Monday a policeman shot and wounded a reporter, Dara Loman, as he was leaving work in Halmor.")
    by_name = {e.name: e for e in extraction.entities}
    assert by_name["Dara Loman"].gender == "male"
    (policeman,) = unnamed(extraction)
    assert [m.text for m in policeman.mentions] == ["a policeman"]


def test_a_main_verb_the_parser_read_as_a_participle_keeps_its_object_as_victim() -> None:
    """ "A man stabbed Ana Berg": parsed as "a man (who was) stabbed", the man would be the victim and Ana Berg lost."""
    extraction = run("A man stabbed Ana Berg in Halmor on Monday.")
    (attack,) = [e for e in extraction.events if e.type == "attack"]
    assert [(extraction.entity(p.entity).name, p.role) for p in attack.participants] == [("Ana Berg", "victim")]

"""Relatives told by a person's possessive (docs/extraction.md, "Relatives told of a person"): "her family", "Ana
Berg's family", "her parents" name her relatives — the same unnamed party anchored to her that "the family of Ana Berg"
names —, and "members of her family" name that party; what befalls the phrase befalls them, not her. A list that
begins with her and goes on with her relatives names both, also where the parser sets her apart from the list.
Invented sentences."""

from __future__ import annotations

import pytest

from test_kin_heads import run, victims
from tumen.extract.types import Entity, Extraction


def described(extraction: Extraction, entity: Entity) -> tuple[str | None, str | None, str | None]:
    """(name, or descriptor, relation and the anchor's name) of a victim."""
    if entity.anchor is None:
        return entity.name, None, None
    anchor = extraction.entity(entity.anchor[1])
    return entity.descriptor, entity.anchor[0], anchor.name


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Ana Berg is a journalist. Police detained her family.", "detention", ("family", "relative_of", "Ana Berg")),
        ("Ana Berg's family was arrested in Tarvik.", "arrest", ("family", "relative_of", "Ana Berg")),
        ("Ana Berg is a teacher. Police arrested her parents.", "arrest", ("parents", "parent_of", "Ana Berg")),
        (
            "Ana Berg is a teacher. Soldiers beat her relatives.",
            "ill_treatment",
            ("relatives", "relative_of", "Ana Berg"),
        ),
    ],
)
def test_relatives_told_by_a_possessive_are_the_victim_not_the_possessor(
    text: str, event_type: str, expected: tuple[str, str, str]
) -> None:
    extraction = run(text)
    assert [described(extraction, v) for v in victims(extraction, event_type)] == [expected]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Police detained members of the family of Ana Berg.", "detention"),
        ("Ana Berg is a journalist. Members of her family were arrested.", "arrest"),
    ],
)
def test_members_of_a_family_are_the_family(text: str, event_type: str) -> None:
    extraction = run(text)
    assert [described(extraction, v) for v in victims(extraction, event_type)] == [
        ("family", "relative_of", "Ana Berg")
    ]


def test_the_same_family_twice_is_one_party() -> None:
    extraction = run("Police detained the family of Ana Berg. Her family was released on Monday.")
    (held,) = victims(extraction, "detention")
    (freed,) = victims(extraction, "release")
    assert held.id == freed.id


@pytest.mark.parametrize(
    "text",
    [
        "Ana Berg and her parents were arrested.",
        "Police arrested Ana Berg and her parents.",
        "Ana Berg, her son and her parents were arrested.",  # the parser hangs "Ana Berg" on the verb
        "Kim Sol is a journalist. Ana Berg, her husband and her parents were arrested.",  # a second subject
    ],
)
def test_a_person_listed_with_her_relatives_is_a_victim_beside_them(text: str) -> None:
    extraction = run(text)
    found = {described(extraction, v) for v in victims(extraction, "arrest")}
    assert ("Ana Berg", None, None) in found
    assert ("parents", "parent_of", "Ana Berg") in found


@pytest.mark.parametrize(
    "text",
    [
        "Ana Berg is a journalist. Soldiers attacked her family home.",
        "Ana Berg and Ivo Lesk were arrested. Police also threatened their families.",
    ],
)
def test_a_family_noun_modifying_a_noun_or_with_a_plural_possessive_is_no_party(text: str) -> None:
    """ "her family home" is a home; "their families" are no one person's relatives."""
    extraction = run(text)
    assert not [e for e in extraction.entities if e.descriptor in ("family", "families") and e.anchor is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Berg is a journalist. Norland deported her family home.", ("family", "relative_of", "Ana Berg")),
        ("Ana Berg is a journalist. Norland deported her parents home.", ("parents", "parent_of", "Ana Berg")),
    ],
)
def test_a_family_taken_home_is_the_party(text: str, expected: tuple[str, str, str]) -> None:
    """ "deported her family home": the family the object of a verb of taking someone somewhere, "home" where to
    (the parser reads "family home" as one object, "parents" an object and "home" an adverb)."""
    extraction = run(text)
    assert {described(extraction, v) for v in victims(extraction, "forced_repatriation")} == {expected}


def test_a_family_home_taken_over_is_a_home() -> None:
    extraction = run("Ana Berg is a journalist. Soldiers took over her family home.")
    assert not [e for e in extraction.entities if e.descriptor == "family" and e.anchor is not None]

"""Mends of relatives told "of" a person (docs/extraction.md, "Relatives told of a person"): a party that takes part
in nothing is no entity; "a relative" is one person a pronoun may stand for; a name beside the person's noun, persons
joined by "and", a lone plural "they"; a family noun before a noun of a place only tells whose it is. Invented
sentences."""

from __future__ import annotations

import pytest

from test_kin_heads import run, victims
from tumen.extract.types import Entity, Extraction


def anchor_name(extraction: Extraction, entity: Entity) -> str | None:
    assert entity.name is None and entity.anchor is not None
    return extraction.entity(entity.anchor[1]).name


def parties(extraction: Extraction) -> list[Entity]:
    return [e for e in extraction.entities if e.kind == "person" and e.name is None and e.anchor is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Berg asked reporters to respect her family's privacy.",
        "Ana Berg is a lawyer in Tarvik. Her relatives said the trial was unfair.",
        "“My family is safe,” Ana Berg said of the trial.",
    ],
)
def test_a_party_of_relatives_that_takes_part_in_nothing_is_no_entity(text: str) -> None:
    assert parties(run(text)) == []


def test_a_party_of_relatives_that_undergoes_an_event_stays() -> None:
    extraction = run("Ana Berg asked for privacy for her family. Police detained her family in Tarvik.")
    (party,) = victims(extraction, "detention")
    assert (party.descriptor, anchor_name(extraction, party)) == ("family", "Ana Berg")


def test_a_relative_is_one_person_a_pronoun_stands_for() -> None:
    extraction = run("A relative of Ana Berg said he was beaten by police.")
    (victim,) = victims(extraction, "ill_treatment")
    assert (victim.descriptor, anchor_name(extraction, victim)) == ("relative", "Ana Berg")


def test_the_family_of_a_kin_noun_with_a_name_beside_it_is_the_named_persons() -> None:
    extraction = run("Police detained the family of her husband Karl Vos.")
    (victim,) = victims(extraction, "detention")
    assert (victim.descriptor, anchor_name(extraction, victim)) == ("family", "Karl Vos")


def test_the_families_of_persons_joined_by_and_are_each_ones() -> None:
    extraction = run("Police detained the families of Ana Berg and Karl Vos.")
    found = victims(extraction, "detention")
    assert sorted(anchor_name(extraction, v) or "" for v in found) == ["Ana Berg", "Karl Vos"]


def test_they_stands_for_the_only_plural_party_of_relatives() -> None:
    extraction = run("The sons of Ana Berg said they were beaten.")
    (victim,) = victims(extraction, "ill_treatment")
    assert (victim.descriptor, anchor_name(extraction, victim)) == ("sons", "Ana Berg")


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Lesk was a journalist. They attacked his family home at night.",
        "Ivo Lesk was a journalist. Soldiers burned his family farm.",
        "Ivo Lesk was a journalist. They attacked his family's home at night.",
    ],
)
def test_a_family_noun_before_a_noun_of_a_place_is_no_party(text: str) -> None:
    extraction = run(text)
    assert parties(extraction) == []
    assert all(not victims(extraction, t) for t in ("attack", "destruction", "arson"))


def test_a_family_home_taken_and_burned_is_no_party_taken_home() -> None:
    """ "took his family home and burned it": the home seized, no party of relatives deported or taken anywhere."""
    extraction = run("Ivo Lesk was a journalist. Soldiers took his family home and burned it.")
    assert parties(extraction) == []
    assert all(not victims(extraction, t) for t in ("forced_repatriation", "abduction", "arrest"))

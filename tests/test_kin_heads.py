"""Relatives told "of" a person (docs/extraction.md, "Relatives told of a person"): "the family of Ana Berg",
"relatives of Ana Berg", "the parents of Ana Berg" name her relatives, an unnamed party anchored to her; what befalls
the phrase befalls them, not her. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Entity, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def victims(extraction: Extraction, event_type: str) -> list[Entity]:
    entities = {e.id: e for e in extraction.entities}
    return [
        entities[p.entity]
        for e in extraction.events
        if e.type == event_type
        for p in e.participants
        if p.role == "victim"
    ]


def anchored(extraction: Extraction, entity: Entity) -> tuple[str | None, str, str | None]:
    """(descriptor, relation, the anchor's name or descriptor) of an unnamed relative."""
    assert entity.name is None and entity.anchor is not None
    anchor = extraction.entity(entity.anchor[1])
    return entity.descriptor, entity.anchor[0], anchor.name or anchor.descriptor


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Police detained the family of Ana Berg in Tarvik.", "detention", ("family", "relative_of", "Ana Berg")),
        ("The family of Ana Berg was detained on Monday.", "arrest", ("family", "relative_of", "Ana Berg")),
        ("Soldiers beat relatives of Ana Berg.", "ill_treatment", ("relatives", "relative_of", "Ana Berg")),
        ("Police detained a relative of Ana Berg.", "detention", ("relative", "relative_of", "Ana Berg")),
        ("The parents of Ana Berg were arrested in Tarvik.", "arrest", ("parents", "parent_of", "Ana Berg")),
        ("Police detained the children of Ana Berg.", "detention", ("children", "child_of", "Ana Berg")),
    ],
)
def test_a_party_of_relatives_of_a_person_is_the_victim_not_the_person(
    text: str, event_type: str, expected: tuple[str, str, str]
) -> None:
    extraction = run(text)
    found = victims(extraction, event_type)
    assert [anchored(extraction, v) for v in found] == [expected]
    assert "Ana Berg" not in {v.name for v in found}


def test_an_of_chain_of_relatives_ends_at_the_named_person() -> None:
    """ "the relatives of the wife of Ana Berg": the wife's relatives; "the son of the wife of Ana Berg": her son."""
    extraction = run("Police detained the relatives of the wife of Ana Berg.")
    (party,) = victims(extraction, "detention")
    assert anchored(extraction, party) == ("relatives", "relative_of", "wife")
    assert anchored(extraction, extraction.entity(party.anchor[1])) == ("wife", "spouse_of", "Ana Berg")  # type: ignore[index]
    extraction = run("Police arrested the son of the wife of Ana Berg.")
    (son,) = victims(extraction, "arrest")
    assert anchored(extraction, son) == ("son", "child_of", "wife")


def test_a_possessive_pronoun_inside_the_chain_is_read_first() -> None:
    extraction = run("Ana Berg fled to Tarvik. Police arrested the son of her sister.")
    (son,) = victims(extraction, "arrest")
    assert anchored(extraction, son) == ("son", "child_of", "sister")


def test_the_same_party_told_twice_is_one_and_no_pronoun_means_it() -> None:
    extraction = run("Police detained the family of Ana Berg. The family of Ana Berg was beaten. She said so.")
    families = [e for e in extraction.entities if e.descriptor == "family"]
    assert len(families) == 1
    assert [v.id for v in victims(extraction, "ill_treatment")] == [families[0].id]
    assert families[0].gender_votes == {}  # "She" is not the family


def test_counted_relatives_stay_counted_persons() -> None:
    extraction = run("Police arrested two sons of Ana Berg.")
    assert [anchored(extraction, v) for v in victims(extraction, "arrest")] == [("son", "child_of", "Ana Berg")] * 2

"""A sentence to life is a term without an end (tumen.extract.sentence_events.life_term; ``accused: life_terms`` in
data/events.yaml): "sentenced to life in prison" holds the one sentenced from the sentence on, as "sentenced to five
years in prison" holds them five years. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_en
from tumen.extract.types import Event


def events(text: str) -> list[Event]:
    return extract_en(text, published=date(2024, 3, 1)).events


@pytest.mark.parametrize(
    "sentence",
    [
        "A court sentenced Ana Berg to life in prison in 2019.",
        "Ana Berg was sentenced to a life term in 2019.",
        "A court in Tarvik sentenced the activist Ana Berg to life in 2019.",
    ],
)
def test_a_sentence_to_life_imposes_a_detention_without_an_end(sentence: str) -> None:
    found = events(sentence)
    sentencing = next(e for e in found if e.type == "sentencing")
    assert sentencing.attributes.get("duration") == "life"
    held = next(e for e in found if e.attributes.get("from_sentencing"))
    assert held.type == "detention" and held.time is not None
    assert (held.time.earliest, held.time.latest) == (date(2019, 1, 1), date(2024, 3, 1))  # up to the report
    assert [p.role for p in held.participants] == ["victim"]


def test_life_imprisonment_is_a_term_too() -> None:
    found = events("Ana Berg was condemned to life imprisonment in 2019.")
    sentencing = next(e for e in found if e.type == "sentencing")
    assert sentencing.attributes.get("duration") == "life"


def test_a_life_taken_is_no_term() -> None:
    """ "for taking the life of a guard": the life is the crime's object, not the sentence's term."""
    found = events("A court sentenced Ana Berg to death for taking the life of a guard.")
    assert not any(e.attributes.get("duration") for e in found)


@pytest.mark.parametrize(
    "sentence",
    ["Ivo Lesk could be sentenced to five years in prison.", "Ivo Lesk could be sentenced to life in prison."],
)
def test_the_detention_a_sentence_imposes_is_told_as_the_sentence_is(sentence: str) -> None:
    """ "He could be sentenced to life if convicted": a sentence that may come holds no one yet."""
    found = events(sentence)
    held = next(e for e in found if e.attributes.get("from_sentencing"))
    assert held.modality == "hypothetical"


def test_a_sentence_denied_leaves_the_term_passed_its_own_detention() -> None:
    """ "did not sentence her to life; it sentenced her to 20 years": the life term is denied, the 20 years held."""
    found = events("The court did not sentence Ana Berg to life in prison in 2019; it sentenced her to 20 years.")
    held = [e for e in found if e.type == "detention"]
    assert sorted((e.attributes.get("duration"), e.modality) for e in held) == [
        ("P20Y", "asserted"),
        ("life", "negated"),
    ]
    twenty = next(e for e in held if e.attributes.get("duration") == "P20Y")
    assert twenty.time is not None and twenty.time.latest == date(2038, 12, 31)


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        ("Karl Vos, sentenced to life in 2010, was released in 2020.", date(2020, 12, 31)),
        ("Karl Vos, sentenced to life in 2010, died in prison in 2015.", date(2015, 12, 31)),
    ],
)
def test_a_release_or_death_told_after_the_sentence_ends_its_detention(sentence: str, end: date) -> None:
    held = next(e for e in events(sentence) if e.attributes.get("from_sentencing"))
    assert held.time is not None and (held.time.earliest, held.time.latest) == (date(2010, 1, 1), end)


@pytest.mark.parametrize(
    ("sentence", "duration", "end"),
    [
        ("Ana Berg was condemned to life imprisonment in 2019.", "life", date(2024, 3, 1)),
        ("Ana Berg was sentenced to five years' imprisonment in 2019.", "P5Y", date(2023, 12, 31)),
    ],
)
def test_the_imprisonment_a_sentence_names_is_its_term(sentence: str, duration: str, end: date) -> None:
    found = events(sentence)
    held = [e for e in found if e.type == "detention"]
    victim = next(e for e in found if e.type == "sentencing").participants[0].entity
    assert len(held) == 1 and [(p.entity, p.role) for p in held[0].participants] == [(victim, "victim")]
    assert held[0].attributes.get("duration") == duration
    assert held[0].time is not None and (held[0].time.earliest, held[0].time.latest) == (date(2019, 1, 1), end)


def test_jailed_for_life_is_a_life_sentence() -> None:
    found = events("Karl Vos was jailed for life in 2019.")
    assert next(e for e in found if e.type == "sentencing").attributes.get("duration") == "life"
    held = next(e for e in found if e.type == "detention")
    assert held.attributes.get("duration") == "life"
    assert held.time is not None and (held.time.earliest, held.time.latest) == (date(2019, 1, 1), date(2024, 3, 1))


def test_a_release_only_demanded_ends_no_detention() -> None:
    found = events("Karl Vos was sentenced to life in 2010. In 2020 Amnesty demanded his release.")
    held = next(e for e in found if e.attributes.get("from_sentencing"))
    assert held.time is not None and held.time.latest == date(2024, 3, 1)

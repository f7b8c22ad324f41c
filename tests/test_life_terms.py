"""A sentence to life is a term without an end (tumen.extract.sentence_events.life_term; ``accused: life_terms`` in
data/events.yaml): "sentenced to life in prison" holds the one sentenced from the sentence on, as "sentenced to five
years in prison" holds them five years. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Event


def events(text: str) -> list[Event]:
    return extract(Source(text, 1, "en", date(2024, 3, 1))).events


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

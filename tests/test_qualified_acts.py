"""An event noun that names what another act amounts to is no event of its own (tumen.extract.qualified_acts;
``genericity: qualifying`` in data/events.yaml): "the persecution of Ivo Lesk amounted to torture" is a verdict on
the persecution, not a torture the report tells happened. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_en


def types(text: str) -> list[str]:
    return [e.type for e in extract_en(text, published=date(2024, 3, 1)).events]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 2019 finding by the rapporteur Ana Berg that the persecution of Ivo Lesk amounted to state torture was "
        "ignored.",
        "Lawyers said the isolation of Tomas Varga in 2020 amounted to psychological torture.",
        "Ana Berg said holding Ivo Lesk in secret since May was tantamount to an enforced disappearance.",
    ],
)
def test_what_an_act_amounts_to_is_no_event(sentence: str) -> None:
    assert types(sentence) == []


def test_the_act_qualified_stays_an_event() -> None:
    assert types("The court ruled that the beating of Ivo Lesk by guards in May constituted torture.") == [
        "ill_treatment"
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("What followed amounted to the massacre of 40 villagers in Tarva in May.", "killing"),
        ("The operation constituted the abduction of Ana Berg by state agents.", "abduction"),
    ],
)
def test_a_qualifying_noun_with_its_own_participants_after_a_vague_subject_is_told(sentence: str, kind: str) -> None:
    assert types(sentence) == [kind]

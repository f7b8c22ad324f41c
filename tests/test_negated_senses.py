"""What a negated verb tells (invented sentences): "never came back" is a disappearance, "did not survive" a
death, "has never seen her since" a separation — asserted, unless something else governs the negation."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2032, 6, 1)))


def told(x: Extraction, kind: str) -> list[list[tuple[str, str]]]:
    """Each asserted event of ``kind`` as its (name or descriptor, role) pairs."""
    names = {e.id: e.name or e.descriptor or "" for e in x.entities}
    found = [e for e in x.events if e.type == kind and e.modality == "asserted"]
    return [sorted((names[p.entity], p.role) for p in e.participants) for e in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Her older brother Han Tae-u went to the market in 2031 and never came back.",
        "Her older brother Han Tae-u left to find work in 2031 and never returned.",
        "Her older brother Han Tae-u had left in search of food and had never come back.",
    ],
)
def test_never_coming_back_is_a_disappearance(sentence: str) -> None:
    x = run("Mun Hye-rin grew up in Kilju. " + sentence)
    assert told(x, "disappearance") == [[("Han Tae-u", "victim")]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Han Tae-u fled to Seoul in 2031 and never returned.",
        "Han Tae-u never returned to Kilju.",
        "Han Tae-u went to Seoul and never came home.",
    ],
)
def test_never_returning_after_leaving_to_stay_is_no_disappearance(sentence: str) -> None:
    assert told(run(sentence), "disappearance") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Han Tae-u has decided not to return, his lawyer said.",
        "Han Tae-u chose never to come back after the trip.",
        "Han Tae-u said he would not return to coach the team.",
    ],
)
def test_a_choice_not_to_return_is_no_disappearance(sentence: str) -> None:
    x = run(sentence)
    assert [e for e in x.events if e.type == "disappearance"] == []


def test_not_surviving_is_a_death_but_not_in_a_counterfactual() -> None:
    x = run("Mun Hye-rin married in 2029. Her son did not survive the winter of 2031.")
    assert told(x, "death") == [[("son", "victim")]]
    counterfactual = run("Had it not been for a neighbour, Mun Hye-rin would not have survived.")
    assert told(counterfactual, "death") == []
    assert [e.modality for e in counterfactual.events if e.type == "death"] == ["hypothetical"]


def test_never_seeing_a_relative_since_is_a_separation_of_the_two() -> None:
    x = run("Mun Hye-rin had a daughter, Kang Bo-ra. Mun has not seen Kang Bo-ra since 2015.")
    assert told(x, "family_separation") == [[("Kang Bo-ra", "victim"), ("Mun Hye-rin", "subject")]]
    assert (
        told(run("Mun Hye-rin had a daughter, Kang Bo-ra. Mun has not seen Kang Bo-ra today."), "family_separation")
        == []
    )


def test_a_possessive_never_stands_for_the_relative_it_possesses() -> None:
    text = "“My first son was born in 2029,” Mun Hye-rin told the paper. “Sadly, my second son did not survive.”"
    victims = [p.entity for e in run(text).events if e.type == "death" for p in e.participants]
    speaker = next(e.id for e in run(text).entities if e.name == "Mun Hye-rin")
    assert speaker not in victims  # the speaker's second son died, never the speaker

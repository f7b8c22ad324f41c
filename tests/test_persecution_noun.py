"""The noun "persecution" names a course of conduct over years, no occasion: no threat event; the verb and the
nouns of single acts of pressure stay events (``threat`` in data/events.yaml). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def types(text: str) -> list[str]:
    return sorted(e.type for e in extract(Source(text, 1, "en", date(2024, 3, 1))).events)


@pytest.mark.parametrize(
    "sentence",
    [
        "The poet Dara Loman fled persecution in Elbonia in 2015 and settled in Tarvik.",
        "The lawyer Ivo Holm has documented the persecution of the Velan minority in Tarvik since 2012.",
        "The ministry condemned the continuing persecution of Dara Loman on Monday.",
    ],
)
def test_persecution_is_no_occasion(sentence: str) -> None:
    assert "threat" not in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police persecuted the reporter Ivo Holm in Tarvik after his story on the mayor appeared in May 2021.",
        "Dara Loman reported the harassment of her staff by police in Tarvik on 3 May 2021.",
    ],
)
def test_a_verb_of_persecuting_and_harassment_stay_threats(sentence: str) -> None:
    assert "threat" in types(sentence)

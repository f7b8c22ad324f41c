"""The one a sentence is handed to, when the sentencing names no one: accused elsewhere in the report, they are its
subjects and the sentencing is law enforcement (tumen.extract.sentence_recipients). Invented sentences."""

from __future__ import annotations

import pytest

from test_accused import roles
from test_plural_role_before_names import run
from tumen.extract.nlp import english
from tumen.extract.sentence_recipients import recipients


@pytest.mark.parametrize(
    "second",
    [
        "In May, a court gave him a life sentence.",
        "Pak Chol received a ten-year sentence in May.",
        "A year ago, a death penalty for Pak Chol was converted into a life sentence for him.",
    ],
)
def test_a_sentence_handed_to_the_doer_of_a_crime_is_his(second: str) -> None:
    extraction = run(f"Pak Chol kidnapped a trader in Tarvik in 2002. {second}")
    assert roles(extraction, "sentencing") == {"Pak Chol": "subject"}
    assert all(e.attributes.get("accused") for e in extraction.events if e.type == "sentencing")


def test_a_sentence_handed_to_someone_else_is_not_the_doers() -> None:
    extraction = run("Pak Chol kidnapped a trader in Tarvik in 2002. In May, a court gave Dara Loman a life sentence.")
    assert not any(e.attributes.get("accused") for e in extraction.events if e.type == "sentencing")


@pytest.mark.parametrize(
    ("sentence", "noun", "expected"),
    [
        ("A court gave him a life sentence.", "sentence", ["him"]),
        ("Dara Loman is serving a ten-year sentence.", "sentence", ["Loman"]),
        ("The court handed a ten-year term to Dara Loman.", "term", ["Loman"]),
        ("The judge read out the sentence in May.", "sentence", []),
    ],
)
def test_the_recipients_of_a_noun_of_sentence(sentence: str, noun: str, expected: list[str]) -> None:
    doc = english()(sentence)
    token = next(t for t in doc if t.lower_ == noun)
    assert [t.text for t in recipients(token)] == expected

"""Rape told by the verb: the small model lemmatises "raped" as "rap", and data/lemmas.yaml sets it right
(tumen.extract.nlp), also in "gang-raped" (docs/extraction.md, "Violations"). Invented sentences."""

from __future__ import annotations

import pytest

from test_listed_victims import all_victims
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    "sentence",
    ["The student Ana Vale was raped by soldiers in Tarvik.", "The student Ana Vale was gang-raped in Tarvik."],
)
def test_rape_told_by_the_verb_is_sexual_violence(sentence: str) -> None:
    assert all_victims(run(sentence), "sexual_violence") == {"Ana Vale"}


def test_rapping_is_no_rape() -> None:
    assert not run("The singer Ana Vale rapped about her childhood in Tarvik.").events

"""A verb of harm joined to a passive verb, with no subject and no object of its own, shares its voice even when the
parser tags it a past tense (docs/extraction.md, "Several events in one sentence"), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2019, 6, 1)))


def victims_of(x: Extraction, kind: str) -> set[str]:
    names = {e.id: e.name or e.descriptor or "" for e in x.entities}
    return {names[p.entity] for e in x.events if e.type == kind for p in e.participants if p.role == "victim"}


def test_a_bare_harm_verb_after_a_passive_is_passive() -> None:
    x = run(
        "Ana Berg fled in 2011 with her daughter. Her daughter was sent back to Norland and held in a detention centre."
    )
    assert victims_of(x, "detention") == {"daughter"}


def test_a_joined_verb_with_an_object_keeps_its_own_voice() -> None:
    x = run("Ana Berg was arrested in 2011 and held a press conference after her release.")
    assert victims_of(x, "detention") == set()


def test_an_intransitive_joined_verb_is_not_made_passive() -> None:
    x = run("Ana Berg was arrested in 2011 and escaped from the prison in May.")
    assert {e.type for e in x.events} >= {"arrest", "escape"}


@pytest.mark.parametrize(
    "text", ["Ana Berg was attacked by a robber and shot back.", "Ana Berg was cornered by the robbers and shot first."]
)
def test_a_joined_verb_with_its_own_adverb_after_it_keeps_its_voice(text: str) -> None:
    assert victims_of(run(text), "shooting") == set()

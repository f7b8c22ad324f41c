"""Mends of this round's rules (docs/extraction.md): a bribe paid to a person for a share is a payment, a harm one
is forced to do to oneself is one, a title-case headline's verb is no word of a title, and a spokesperson may be
the one a pronoun that undergoes something means — when no one else is there, or in what they tell of themselves.
Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2020, 1, 1)))


def names(extraction: Extraction, event: Event, role: str) -> set[str | None]:
    by_id = {e.id: e.name or e.descriptor for e in extraction.entities}
    return {by_id.get(p.entity) for p in event.participants if p.role == role}


def of_type(extraction: Extraction, event_type: str) -> list[Event]:
    return [e for e in extraction.events if e.type == event_type]


@pytest.mark.parametrize(
    ("text", "payer"),
    [
        ("The cartel paid the border chief 8,000 dollars for a share of the takings.", None),
        ("Ivo Holm paid a smuggler 2,000 dollars for a share of the truck.", "Ivo Holm"),
    ],
)
def test_money_paid_to_a_person_for_a_share_is_a_payment(text: str, payer: str | None) -> None:
    extraction = run(text)
    (payment,) = of_type(extraction, "payment")
    if payer is not None:
        assert names(extraction, payment, "payer") == {payer}


def test_a_harm_one_is_forced_to_do_to_oneself_is_a_harm() -> None:
    extraction = run("Soldiers forced Karl Vos to beat himself with a belt.")
    (event,) = of_type(extraction, "ill_treatment")
    assert names(extraction, event, "victim") == {"Karl Vos"}


def test_the_verb_of_a_title_case_headline_is_no_word_of_a_title() -> None:
    text = "Halden Police Arrest Dissident Elena Brandt\nThe dissident was taken from her flat on Friday."
    extraction = run(text)
    assert any(names(extraction, e, "victim") == {"Elena Brandt"} for e in of_type(extraction, "arrest"))


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "Prosecutor Mara Lind said the hearing would resume in June. A week later she was attacked outside her"
            " home.",
            "Mara Lind",
        ),
        (
            "Karl Vos fled on Friday, police spokesman Ivo Holm said. Holm said that in June he was attacked by two"
            " men.",
            "Ivo Holm",
        ),
    ],
)
def test_a_spokesperson_may_be_the_one_a_pronoun_that_undergoes_means(text: str, victim: str) -> None:
    extraction = run(text)
    (attack,) = of_type(extraction, "attack")
    assert names(extraction, attack, "victim") == {victim}

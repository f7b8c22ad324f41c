"""A deed someone is hired, paid, sent or ordered to do (docs/extraction.md, "Modality"): "the man hired to kill Ana
Berg", "paid two men to beat the journalist", "soldiers were sent to arrest the pastor" state a plan, not a deed — the
deed is planned unless a verb of its own tells it done; the hiring or payment itself stays told. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def moods(text: str, event_type: str) -> list[str]:
    return [e.modality for e in run(text).events if e.type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The man hired to kill Ana Berg was arrested on Monday.", "killing"),
        ("Ivo Lesk hired a gunman to kill Ana Berg.", "killing"),
        ("The general ordered soldiers to arrest Ana Berg.", "arrest"),
        ("Ivo Lesk recruited two men to abduct Ana Berg.", "abduction"),
        ("Ivo Lesk instructed his guards to beat Ana Berg.", "ill_treatment"),
        ("Ivo Lesk dispatched three men to abduct Ana Berg.", "abduction"),
    ],
)
def test_a_deed_someone_is_hired_or_ordered_to_do_is_planned(text: str, event_type: str) -> None:
    assert moods(text, event_type) == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Lesk paid two men to beat the journalist.",
        "Soldiers were sent to arrest the pastor Ana Berg.",
        "A gunman was contracted to kill Ana Berg.",
    ],
)
def test_a_deed_someone_is_paid_sent_or_contracted_to_do_stays_planned(text: str) -> None:
    assert {m for t in ("ill_treatment", "arrest", "killing") for m in moods(text, t)} == {"planned"}


def test_the_payment_itself_stays_told() -> None:
    assert moods("Ivo Lesk paid two men to beat the journalist.", "payment") == ["asserted"]


def test_the_deed_told_by_a_verb_of_its_own_is_told() -> None:
    """ "… hired to kill Ana Berg, who was shot dead on Monday": the plan and the killing."""
    text = "A gunman was hired to kill Ana Berg, who was shot dead outside her home on Monday."
    assert sorted(moods(text, "killing")) == ["asserted", "planned"]


def test_an_order_of_custody_in_the_passive_is_as_done_as_the_order() -> None:
    """ "ordered him to be held": the one ordered undergoes it; a court's order of custody, not a task given."""
    assert moods("A court ordered Ana Berg to be held in custody for two months.", "detention") == ["asserted"]


def test_shot_dead_in_a_relative_clause_kills_the_one_it_describes() -> None:
    """ "Ana Berg, who was shot dead on Monday": the "who" stands for Ana Berg, a person, so "shot dead" kills her."""
    extraction = run("Ana Berg, who was shot dead on Monday, was a journalist.")
    names = {e.id: e.name for e in extraction.entities}
    killed = [(e.modality, [names[p.entity] for p in e.participants if p.role == "victim"]) for e in extraction.events]
    assert killed == [("asserted", ["Ana Berg"])]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The court ordered Ana Berg to pay a fine after police arrested her.", "arrest"),
        ("Ana Berg was engaged to marry Karl Vos when police detained her.", "detention"),
    ],
)
def test_a_clause_of_time_under_the_infinitive_stays_told(text: str, event_type: str) -> None:
    assert moods(text, event_type) == ["asserted"]


def test_a_participle_clause_under_the_infinitive_is_part_of_the_task() -> None:
    assert moods("The governor ordered the police to end the strike, arresting its leaders.", "arrest") == ["planned"]

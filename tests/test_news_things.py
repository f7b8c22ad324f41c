"""Word senses read wrongly on general news (docs/extraction.md, "A thing killed, captured, beaten, executed or
held is no one harmed"): a reform killed, a belt captured, the count beaten, trades executed, negotiations held are
no one harmed or held; nor is a strike or a protest held, a strike executed, or a firm "privately held"; people
harmed, and a person whose name is also a word, stay; a work slated for release frees no one; an illness beaten
or killing harms no one; a conviction held is a belief. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Event


def of_type(text: str, event_type: str) -> list[Event]:
    return [e for e in extract(Source(text, 1, "en", date(2024, 3, 1))).events if e.type == event_type]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The senators from Tarvik killed the reform last year.", "killing"),
        ("The insurers that killed reform in the past will only gain more.", "killing"),
        ("The farm lobby killed both bills in committee on Monday.", "killing"),
        ("His reign began when Ivan Mirov captured the IBF belt from Petr Dalen.", "arrest"),
        ("Despite beating the count, Ivan Mirov was too unsteady to continue.", "ill_treatment"),
        ("The general strike was held on Monday to protest the cuts.", "detention"),
        ("The protest was held in Tarvik on Monday.", "detention"),
        ("The march held on Monday ended peacefully.", "detention"),
        ("The army executed a precision strike on the depot in Tarvik in May.", "execution"),
        ("Negotiations were held in Tarvik on Monday.", "detention"),
        ("Ivan Mirov executes program trades for clients.", "execution"),
        ("The Senate killed the amendment on Tuesday.", "killing"),
    ],
)
def test_a_thing_undergoes_no_harm(sentence: str, event_type: str) -> None:
    assert of_type(sentence, event_type) == []


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Lena Moor was convinced that she would beat the cancer.", "ill_treatment"),
        ("Lena Moor beat leukemia twice before she turned thirty.", "ill_treatment"),
        ("Cancer killed the painter Lena Moor in Tarvik in 2019.", "killing"),
        ("COVID-19 killed the poet Oskar Vann in Halden in 2021.", "killing"),
        ("Against all expectations, the Tarvik rowers beat the odds.", "ill_treatment"),
    ],
)
def test_an_illness_beaten_or_killing_harms_no_one(sentence: str, event_type: str) -> None:
    assert of_type(sentence, event_type) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Velt was always true to her convictions.",
        "Oskar Vann had the courage of his convictions.",
        "The political convictions of Oskar Vann cost him his post in Tarvik.",
    ],
)
def test_a_conviction_held_is_a_belief_not_a_verdict(sentence: str) -> None:
    assert of_type(sentence, "sentencing") == []


def test_a_conviction_by_a_court_stays_a_verdict() -> None:
    assert len(of_type("The court in Tarvik upheld the conviction of Oskar Vann on Monday.", "sentencing")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of the firms bought by foreigners last year are privately held.",
        "Statistics vary, because most of the Tarvik companies acquired by foreigners are privately held.",
    ],
)
def test_a_firm_privately_held_holds_no_one(sentence: str) -> None:
    assert of_type(sentence, "detention") == []


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Soldiers killed the villagers near the river in Tarvik.", "killing"),
        ("The army executed a precision strike that killed Ivan Mirov in Tarvik.", "killing"),
        ("The regime executed Ivan Mirov in Tarvik in May.", "execution"),
        ("Police beat the protesters in Tarvik on Monday.", "ill_treatment"),
        ("Police captured Ivan Mirov in Tarvik on Monday.", "arrest"),
        ("Ivan Mirov was held by police in Tarvik on Monday.", "detention"),
        ("Police beat Lena Moor, a cancer patient, in Tarvik on Monday.", "ill_treatment"),
        ("The reporters were held privately in a villa in Tarvik on Monday.", "detention"),
    ],
)
def test_people_harmed_stay_harmed(sentence: str, event_type: str) -> None:
    assert len(of_type(sentence, event_type)) == 1


def test_a_name_that_is_also_a_word_stays_a_person() -> None:
    assert (
        len(
            of_type(
                "Police in Tarvik arrested the activist Nathan Law on Monday. Law was held for a week.", "detention"
            )
        )
        == 1
    )


def test_a_bill_paid_stays_a_payment() -> None:
    assert len(of_type("Ivan Mirov paid the bill of 300 dollars in Tarvik.", "payment")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The sequel, directed by Ivan Mirov, is slated for release in March 2013.",
        "Mirov's new album is due for release next spring.",
    ],
)
def test_a_work_slated_for_release_frees_no_one(sentence: str) -> None:
    assert of_type(sentence, "release") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivan Mirov is due for release in May.",
        "The two students are slated for release on Friday.",
    ],
)
def test_a_person_due_for_release_stays_one(sentence: str) -> None:
    assert len(of_type(sentence, "release")) == 1

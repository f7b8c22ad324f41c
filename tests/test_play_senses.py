"""Senses of a harm's verb in play, in success and in performance (docs/extraction.md, "Word senses and what may
fill a role"; tumen.extract.plays): a win in a contest, a play, a success and a performance harm, hold and pay no
one; a deed carried out is no one put to death. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Event


def of_type(text: str, event_type: str) -> list[Event]:
    return [e for e in extract(Source(text, 1, "en", date(2024, 3, 1))).events if e.type == event_type]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Holm beat Karl Vos in the semifinal in Tarvik in May.",  # a stage of play after "in"
        "Ivo Holm beat Karl Vos 6-4 in Tarvik on Monday.",  # a score
        "The Rovers beat a two-seeded Halden team in Tarvik in 2019.",  # a side as object
        "Halden clinched a playoff spot by beating Karl Vos in Tarvik on Thursday.",  # a stage reached by it
    ],
)
def test_a_win_in_a_contest_is_no_beating(sentence: str) -> None:
    assert of_type(sentence, "ill_treatment") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Police beat Karl Vos in Tarvik on Monday.",
        "Police beat Karl Vos at the match in Tarvik on Monday.",  # a match is where it was done, not a stage lost
        "Soldiers beat Karl Vos and Ivo Holm outside the stadium in Tarvik in 2019.",
    ],
)
def test_a_beating_stays_one(sentence: str) -> None:
    assert len(of_type(sentence, "ill_treatment")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Vos was caught at first base in the third inning in Tarvik on Monday.",
        "Karl Vos was caught out for 12 in Tarvik on Monday.",
    ],
)
def test_a_play_is_no_arrest(sentence: str) -> None:
    assert of_type(sentence, "arrest") == []


def test_a_capture_stays_an_arrest() -> None:
    assert len(of_type("Police caught Karl Vos in Tarvik on Monday.", "arrest")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Holm's approach was paying off in round two in Tarvik on Monday.",
        "The gamble by Ivo Holm in Tarvik in May is paying off.",
    ],
)
def test_paying_off_is_succeeding(sentence: str) -> None:
    assert of_type(sentence, "payment") == []


def test_paying_off_a_debt_stays_a_payment() -> None:
    assert len(of_type("Ivo Holm paid off a debt of 3,000 dollars to Karl Vos in Tarvik in May.", "payment")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Vos executed with precision in the second round in Tarvik on Monday.",  # performed, no object
        # a participle joined to an active verb is active too
        "In May 2023 in Tarvik, Ivo Holm responded to his trainer's instructions and executed with workmanlike "
        "precision.",
        # a deed carried out, told by the participle that describes it
        "The frigate Halvard stopped two dinghies on 3 May 2023 and carried out swift and professionally executed "
        "inspection action.",
        "On 3 May 2023 the flaw let attackers execute code on the computers of the Tarvik Post.",
    ],
)
def test_a_performance_is_no_execution(sentence: str) -> None:
    assert of_type(sentence, "execution") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers executed Karl Vos in Tarvik in May.",
        "Karl Vos was executed in Tarvik in May.",
        "In May 2023 Karl Vos was arrested and executed in Tarvik.",
    ],
)
def test_an_execution_stays_one(sentence: str) -> None:
    assert len(of_type(sentence, "execution")) == 1


def test_holding_on_is_no_custody() -> None:
    sentence = "The challenger held on to survive, but this was perhaps the beginning of the end."
    assert of_type(sentence, "detention") == []


def test_a_win_handed_over_is_no_one() -> None:
    sentence = "It took a late kick for Tarvik State to practically hand over a win to Halden State in Normal."
    assert of_type(sentence, "forced_repatriation") == []


def test_a_work_slated_for_release_is_no_one_freed() -> None:
    sentence = "Most films slated for release in 2025 have already been shot in Tarvik, Ivo Holm said."
    assert of_type(sentence, "release") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The forecast sent Dalco shares plunging 4 dollars in Tarvik trading yesterday.",
        "The news sent prices soaring by 30 dollars in Tarvik on Monday.",
        "Based on the number of Dalco shares, that gives the deal a value of 104 million dollars.",
    ],
)
def test_a_change_or_a_value_is_no_money_given(sentence: str) -> None:
    assert of_type(sentence, "payment") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Holm sent 500 dollars to his wife in Tarvik, hoping she would pay the broker.",
        "Ivo Holm sent his wife 500 dollars in Tarvik in May.",
    ],
)
def test_money_sent_stays_a_payment(sentence: str) -> None:
    # one payment told as done ("she would pay the broker" is a hypothetical one of its own)
    assert len([e for e in of_type(sentence, "payment") if e.modality == "asserted"]) == 1


def test_a_date_is_no_score() -> None:
    sentence = "Karl Vos was arrested in Tarvik on 2024 - 02 - 03 for the murder of Ivo Holm."
    assert len(of_type(sentence, "arrest")) == 1


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Karl Vos was arrested at the army base in Tarvik on Monday.", "arrest"),  # a base of no game
        ("Soldiers beat a team of reporters in Tarvik on Monday.", "ill_treatment"),  # a team of people
        ("Police arrested Karl Vos at the tournament in Tarvik on Monday.", "arrest"),  # where it was done
        ("Police killed Karl Vos in a shootout in Tarvik on Monday.", "killing"),
    ],
)
def test_harms_near_words_of_play_stay(sentence: str, event_type: str) -> None:
    assert len(of_type(sentence, event_type)) == 1


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("An estimated 1-2 million Tarvik farmers are imprisoned in camps in Norland.", "detention"),  # a range
        ("At least 60-70 journalists were imprisoned in Norland in May 2020.", "detention"),  # a running tally is none
        ("The ruler Ivo Holm had ordered him executed in Tarvik in 1937.", "execution"),  # a bare participle
        ("The Tarvik Post released a statement in May calling for the immediate release of Karl Vos.", "release"),
    ],
)
def test_counts_bare_participles_and_calls_are_no_play(sentence: str, event_type: str) -> None:
    assert len(of_type(sentence, event_type)) == 1


def test_it_handed_over_is_a_thing() -> None:
    sentence = "Investigators say Dalco Stores is looking over its tape and will hand it over to police to check."
    assert of_type(sentence, "forced_repatriation") == []
    person = "Norland arrested Karl Vos in May and handed him over to the Tarvik police."
    assert len(of_type(person, "forced_repatriation")) == 1

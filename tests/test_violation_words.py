"""Words of violations the parse splits or mistakes, and captivity outside the law (docs/extraction.md,
"Violations"): "ill-treated" is one word; "went missing" and "is still missing" tell a disappearance; an arrest or
detention by gunmen or unidentified men is an abduction, and so is being held captive. Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run
from tumen.extract.types import Extraction


def told(extraction: Extraction, event_type: str) -> dict[str, str]:
    names = {e.id: e.name for e in extraction.entities}
    return {str(names[p.entity]): p.role for e in extraction.events if e.type == event_type for p in e.participants}


@pytest.mark.parametrize(
    "sentence",
    ["Omar Haddad was ill-treated by guards in Tarvik.", "Omar Haddad was subjected to ill-treatment in Tarvik."],
)
def test_a_word_joined_by_a_hyphen_is_one_trigger(sentence: str) -> None:
    assert told(run(sentence), "ill_treatment").get("Omar Haddad") == "victim"


@pytest.mark.parametrize(
    "sentence",
    [
        "The journalist Lena Marsh was seized by unidentified men in Tarvik on Monday.",
        "The aid workers Karl Vos and Ana Berg are still held by unknown gunmen in Tarvik.",
        "The activist Karl Vos was captured by bandits in Tarvik in May.",
        "The reporter Omar Haddad was held captive in Tarvik for two months.",
        "The reporter Karl Vos was held by Boko Haram in Tarvik for two years.",
        "The reporter Tom Reller was captured by an angry mob in Tarvik.",
        "The aid worker Lena Marsh was kidnapped and imprisoned by the Islamic State group leader Omar Rasul in 2014.",
    ],
)
def test_held_by_captors_outside_the_law_is_an_abduction(sentence: str) -> None:
    extraction = run(sentence)
    assert any(role == "victim" for role in told(extraction, "abduction").values())
    assert not told(extraction, "arrest") and not told(extraction, "detention")


def test_held_by_the_police_stays_a_detention() -> None:
    extraction = run("Police detained the reporter Omar Haddad in Tarvik on Monday.")
    assert told(extraction, "detention").get("Omar Haddad") == "victim"
    assert not told(extraction, "abduction")


@pytest.mark.parametrize(
    "sentence",
    [
        "The activist Karl Vos is still missing.",
        "Karl Vos went missing after returning to Tarvik in 2018.",
        "Karl Vos has been missing since May.",
        "Karl Vos remains missing.",
    ],
)
def test_a_person_missing_has_disappeared(sentence: str) -> None:
    assert told(run(sentence), "disappearance").get("Karl Vos") == "victim"


def test_missing_someone_is_no_disappearance() -> None:
    assert not told(run("Karl Vos is missing his family in Tarvik."), "disappearance")


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar Haddad was beaten in custody in Tarvik.",
        "The lawyer Ana Berg was beaten during interrogation in Tarvik.",
        "Police detained the reporter Karl Vos for five days and beat him.",
    ],
)
def test_ill_treatment_of_a_person_held_is_torture(sentence: str) -> None:
    extraction = run(sentence)
    assert any(role == "victim" for role in told(extraction, "torture").values())
    assert not told(extraction, "ill_treatment")


def test_a_beating_in_the_street_stays_ill_treatment() -> None:
    extraction = run("Protesters beat the officer Karl Vos in the street in Tarvik.")
    assert told(extraction, "ill_treatment").get("Karl Vos") == "victim"
    assert not told(extraction, "torture")


def test_an_infinitive_marker_is_no_word_of_the_verbs_phrase() -> None:
    extraction = run("Rights groups continued to condemn the abduction of Karl Vos in Tarvik.")
    assert not any(e.type == "sentencing" for e in extraction.events)
    assert told(extraction, "abduction").get("Karl Vos") == "victim"


def test_selling_ones_own_things_trafficks_no_one() -> None:
    extraction = run("Karl Vos, who sold his majority stake in the firm in 2013, moved to Tarvik.")
    assert not any(e.type == "trafficking" for e in extraction.events)


def test_a_craft_detained_is_no_detention_of_anyone() -> None:
    extraction = run("A supply vessel was detained in Tarvik harbour in October.")
    assert not any(e.type in ("arrest", "detention") for e in extraction.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Vos said emails once held by the former chairman of Tarvik Bank were never handed over.",
        "Her passport was held by the employer in Tarvik for two years.",
        "The files held by the ministry in Tarvik were destroyed.",
    ],
)
def test_records_or_papers_held_are_no_detention_of_anyone(sentence: str) -> None:
    assert not any(e.type in ("arrest", "detention") for e in run(sentence).events)


def test_a_person_held_by_an_employer_is_held() -> None:
    extraction = run("Anna Berg was held by the employer in Tarvik for two years.")
    assert any(e.type == "detention" for e in extraction.events)


def test_a_crackdown_names_no_arrest() -> None:
    extraction = run("The government intensified a crackdown on the press in Tarvik in May 2021.")
    assert not any(e.type == "arrest" for e in extraction.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "The writer Karl Vos was whisked away to an undisclosed location in May.",
        "Police took the lawyer Karl Vos to an unknown location on Monday.",
    ],
)
def test_taken_to_an_undisclosed_place_has_disappeared(sentence: str) -> None:
    assert told(run(sentence), "disappearance").get("Karl Vos") == "victim"


def test_taken_to_a_place_named_is_no_disappearance() -> None:
    assert not told(run("The lawyer Karl Vos was taken to a police station in Tarvik."), "disappearance")

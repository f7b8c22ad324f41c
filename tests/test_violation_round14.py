"""Violations a report does not tell, or tells of a suspect (docs/extraction.md, "Violations: senses, the described
victim and doers named by the deed", and "Modality"), on sentences written for these tests: a step scheduled and not
yet taken, another story's headline after "Read:", a soul or a freedom that is no one, and those arrested named by
their gang or their crime."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2021, 6, 1)))


def moods(x: Extraction, kind: str) -> list[str]:
    return [e.modality for e in x.events if e.type == kind]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The lawyer Omar Haddad is set to go on trial in Tarvik in July.", "trial"),
        ("The lawyer Omar Haddad is due to be sentenced in Tarvik next week.", "sentencing"),
        ("The lawyer Omar Haddad is scheduled to stand trial in Tarvik in July.", "trial"),
    ],
)
def test_a_scheduled_step_is_planned_not_done(sentence: str, kind: str) -> None:
    assert moods(run(sentence), kind) == ["planned"]


def test_a_step_taken_is_still_told() -> None:
    assert moods(run("The lawyer Omar Haddad went on trial in Tarvik in May."), "trial") == ["asserted"]


def test_a_headline_after_read_tells_no_event_of_the_report() -> None:
    x = run("Police in Tarvik arrested the teacher Omar Haddad on Monday.\nRead: Gunmen kill two farmers in Holm\n")
    assert {e.type for e in x.events} == {"arrest"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Two earlier cases captured the soul of the country in May 2021.",
        "The blogger Omar Haddad was jailed in Tarvik in May 2021 for abusing press freedom.",
    ],
)
def test_a_soul_or_a_freedom_is_no_one(sentence: str) -> None:
    x = run(sentence)
    assert not [e for e in x.events if e.type in ("arrest", "ill_treatment")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police in Tarvik arrested three gang members on Monday.",
        "Three members of the notorious gang were arrested in Tarvik on Monday.",
        "Police in Tarvik arrested four cattle rustlers on Monday.",
        "The police command in Tarvik also arrested over 200 thugs on Monday.",
    ],
)
def test_those_arrested_named_by_their_gang_or_crime_are_accused(sentence: str) -> None:
    arrests = [e for e in run(sentence).events if e.type == "arrest"]
    assert arrests and all(e.attributes.get("accused") for e in arrests)


def test_those_arrested_named_by_their_work_are_victims() -> None:
    arrests = [e for e in run("Police in Tarvik arrested three union members on Monday.").events if e.type == "arrest"]
    assert arrests and not any(e.attributes.get("accused") for e in arrests)


@pytest.mark.parametrize(
    "sentence",
    [
        "The lawyer Omar Haddad published reports about kidnappings and murders in Lagos this year.",
        "There have been incessant kidnappings and killings in Kaduna in the last seven years.",
        "The journalist Omar Haddad reported on extrajudicial killings in Mindanao.",
    ],
)
def test_a_bare_plural_event_noun_names_a_kind_not_an_occasion(sentence: str) -> None:
    x = run(sentence)
    assert not [e for e in x.events if e.type in ("abduction", "killing", "arrest", "torture")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The arrests of Omar Haddad and Lena Varga shocked the town.", "arrest"),
        ("Police carried out raids in Tarvik on 3 May 2021.", "raid"),
        ("Omar Haddad was subjected to torture and beatings.", "ill_treatment"),
        (
            'The commission revealed on Thursday that Elbonia "tortures and abuses" female Tarvik prisoners'
            " in Varnok Prison.",
            "ill_treatment",
        ),
    ],
)
def test_a_plural_with_its_article_victims_doers_or_day_is_an_occasion(sentence: str, kind: str) -> None:
    assert kind in {e.type for e in run(sentence).events}


@pytest.mark.parametrize(
    "sentence",
    [
        "It is believed the trader Omar Haddad was held against his will in Tarvik on Monday.",
        "The two traders were kept inside a derelict house in Tarvik for nine days in May 2021.",
        "The trader Omar Haddad was held in the basement of a farm in Tarvik in May 2021.",
    ],
)
def test_held_with_no_doer_against_ones_will_or_in_a_house_is_captivity(sentence: str) -> None:
    kinds = {e.type for e in run(sentence).events}
    assert "abduction" in kinds and "detention" not in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "The lawyer Omar Haddad was held at his home in Tarvik in May 2021.",
        "The lawyer Omar Haddad was held in a cell in Tarvik in May 2021.",
        "The lawyer Omar Haddad was held inside a house in Tarvik by police in May 2021.",
    ],
)
def test_house_arrest_a_cell_or_a_doer_told_stay_a_detention(sentence: str) -> None:
    kinds = {e.type for e in run(sentence).events}
    assert "detention" in kinds and "abduction" not in kinds


def test_the_one_who_ordered_a_crime_is_accused_when_arrested() -> None:
    x = run("Police in Tarvik detained the man who ordered the kidnapping of the trader on Monday.")
    held = [e for e in x.events if e.type in ("arrest", "detention")]
    assert held and all(e.attributes.get("accused") for e in held)


def test_the_one_facing_charges_of_a_crime_is_not_accused_by_that_clause() -> None:
    x = run(
        "Activists protested the arrest of the doctor Lena Varga, who is facing kidnapping and serious illegal"
        " detention charges in Tarvik."
    )
    arrests = [e for e in x.events if e.type == "arrest"]
    assert arrests and not any(e.attributes.get("accused") for e in arrests)


@pytest.mark.parametrize(
    "sentence",
    [
        "The trial of the lawyer Omar Haddad is set for 8 March.",
        "The trial of the lawyer Omar Haddad has been postponed until July.",
        "The trial of the lawyer Omar Haddad was adjourned in Tarvik on Monday.",
    ],
)
def test_a_proceeding_scheduled_or_put_off_has_not_taken_place(sentence: str) -> None:
    assert moods(run(sentence), "trial") == ["planned"]


def test_a_proceeding_that_opened_has() -> None:
    assert moods(run("The trial of the lawyer Omar Haddad opened in Tarvik on Monday."), "trial") == ["asserted"]


def test_a_fee_charged_is_no_one_charged() -> None:
    assert not moods(run("No fee is charged for recruitment to the Tarvik police, the commander said."), "trial")

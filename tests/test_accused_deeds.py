"""Arrests of those the report tells did a crime, or whose crime the parse hangs on the place they are put
(tumen.extract.offenders, tumen.extract.accused); a harm an infinitive of purpose brings about is planned, not done
(tumen.extract.modality). Invented sentences."""

from __future__ import annotations

import pytest

from test_accused import roles
from test_plural_role_before_names import run
from tumen.extract.types import Extraction

ENFORCEMENT = ("arrest", "detention", "trial", "sentencing")


def accused(extraction: Extraction) -> list[bool]:
    return [bool(e.attributes.get("accused")) for e in extraction.events if e.type in ENFORCEMENT]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reller ordered the murder of a banker in 2019. Reller was arrested in Lyon in May.",
        "Tom Reller carried out the kidnapping of a banker in 2019. Reller was arrested in Lyon in May.",
        "From his flat, Tom Reller masterminded one of the worst sex crime schemes in Tarvik. Reller was sentenced "
        "to 40 years in prison on Thursday.",
    ],
)
def test_who_the_report_tells_did_a_crime_is_accused_in_their_arrest(text: str) -> None:
    extraction = run(text)
    assert accused(extraction) and all(accused(extraction))
    assert "victim" not in {**roles(extraction, "arrest"), **roles(extraction, "sentencing")}.values()


@pytest.mark.parametrize(
    "text",
    [
        "Police said Tom Reller ordered the murder of a banker. Reller was arrested in Lyon in May.",
        "Tom Reller did not order the murder of a banker. Reller was arrested in Lyon in May.",
        "Tom Reller exposed the murder of a banker. Reller was arrested in Lyon in May.",
        "Tom Reller could have ordered the murder of a banker. Reller was arrested in Lyon in May.",
        "Tom Reller organised the protest against the murder of a banker. Reller was arrested in Lyon in May.",
        "Tom Reller led the investigation into the murder of a banker. Reller was arrested in Lyon in May.",
    ],
)
def test_a_deed_a_source_tells_denied_or_no_crime_keeps_the_victim(text: str) -> None:
    extraction = run(text)
    assert roles(extraction, "arrest") == {"Tom Reller": "victim"}
    assert not any(accused(extraction))


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Tom Reller and booked him into the Tarvik Detention Facility for suspected kidnapping.",
        "Deputies arrested Tom Reller and booked him into the Tarvik Detention Facility for suspected kidnapping, "
        "sending harmful matter to a minor and communicating with a minor.",
    ],
)
def test_a_charge_the_parse_hangs_on_the_place_of_custody(text: str) -> None:
    extraction = run(text)
    assert accused(extraction) and all(accused(extraction))


@pytest.mark.parametrize(
    "text",
    [
        "Police detained Tom Reller at the headquarters of the commission for the investigation of killings.",
        "Police detained Tom Reller at the Tarvik station for his alleged role in the protest.",
    ],
)
def test_a_for_on_the_place_that_names_no_imputed_crime_keeps_the_victim(text: str) -> None:
    extraction = run(text)
    assert roles(extraction, "detention") == {"Tom Reller": "victim"}
    assert not any(accused(extraction))


@pytest.mark.parametrize(
    "text",
    [
        "Officer Karl Vos started a fight with Tom Reller to get the guards to arrest him.",
        "Karl Vos paid a neighbour to get the guards to arrest Tom Reller.",
    ],
)
def test_a_harm_a_purpose_brings_about_is_planned(text: str) -> None:
    arrests = [e for e in run(text).events if e.type == "arrest"]
    assert arrests and all(e.modality == "planned" for e in arrests)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg went to the court to say that she had been tortured by the guards.",
        "Anna Berg undressed to show her wounds after the guards tortured her.",
    ],
)
def test_what_a_purpose_says_or_follows_is_still_told(text: str) -> None:
    tortures = [e for e in run(text).events if e.type == "torture"]
    assert tortures and all(e.modality == "asserted" for e in tortures)


@pytest.mark.parametrize(
    ("text", "held", "holder"),
    [
        ("Anna Berg remains in the custody of the police.", "Anna Berg", "police"),
        ("Anna Berg died in the custody of the police.", "Anna Berg", "police"),
    ],
)
def test_the_of_of_a_custody_one_is_in_names_who_holds(text: str, held: str, holder: str) -> None:
    extraction = run(text)
    names = {e.id: e.name for e in extraction.entities}
    detentions = [e for e in extraction.events if e.type == "detention"]
    assert detentions and all(
        {(p.role, names[p.entity]) for p in e.participants} == {("victim", held), ("perpetrator", holder)}
        for e in detentions
    )


def test_a_custody_of_captors_is_an_abduction() -> None:
    extraction = run("Anna Berg remains under the custody of unknown gunmen.")
    assert [e.type for e in extraction.events] == ["abduction"]
    assert roles(extraction, "abduction") == {"Anna Berg": "victim"}


def test_a_custody_of_captors_no_one_named_is_an_abduction() -> None:
    text = "Officials must bring home all children currently under the custody of armed groups, the group said."
    assert [e.type for e in run(text).events if e.type in ("detention", "abduction")] == ["abduction"]


def test_the_of_of_an_arrest_is_who_is_arrested() -> None:
    assert roles(run("The arrest of Anna Berg shocked Tarvik."), "arrest") == {"Anna Berg": "victim"}


@pytest.mark.parametrize(
    "text",
    ["Marta Kovel remains in the custody of her aunt.", "The judge placed Marta Kovel in the custody of her aunt."],
)
def test_a_custody_of_kin_holds_no_one(text: str) -> None:
    extraction = run(text)
    assert not [p for e in extraction.events if e.type == "detention" for p in e.participants]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Detectives travelled to Varna and Oslet to find and arrest Tom Reller.", "arrest"),
        ("Soldiers went to the village of Tarvik to arrest and torture the farmers.", "torture"),
    ],
)
def test_a_verb_joined_to_an_infinitive_of_purpose_is_planned_too(text: str, kind: str) -> None:
    events = [e for e in run(text).events if e.type == kind]
    assert events and all(e.modality == "planned" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg went to the market in Tarvik to buy bread and was arrested.",
        "Anna Berg went to the market in Tarvik to buy bread, returned home and tortured her maid.",
    ],
)
def test_a_clause_of_its_own_after_an_infinitive_of_purpose_is_told(text: str) -> None:
    events = [e for e in run(text).events if e.type in ("arrest", "torture")]
    assert events and all(e.modality == "asserted" for e in events)

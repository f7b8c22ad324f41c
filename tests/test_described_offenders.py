"""Those the report describes as offenders anywhere, found guilty of a crime, or named by their share in one are the
accused of its arrests of them (tumen.extract.offenders, tumen.extract.accused); crimes the parse splits or
qualifies; a penalty a law prescribes is no event (tumen.extract.modality). Invented sentences."""

from __future__ import annotations

import pytest

from test_accused import roles
from test_plural_role_before_names import run
from tumen.extract.types import Extraction

ENFORCEMENT = ("arrest", "detention", "trial", "sentencing")


def enforcement(extraction: Extraction) -> list[bool]:
    return [bool(e.attributes.get("accused")) for e in extraction.events if e.type in ENFORCEMENT]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reller, a convicted murderer, fled Tarvik in May. Police captured Reller in Lyon on Friday.",
        "Convicted murderer Tom Reller fled Tarvik in May. Police captured Reller in Lyon on Friday.",
        "Tom Reller is a convicted murderer. Police captured Reller in Lyon on Friday.",
        "Tom Reller was found guilty of murder in 2010. Police captured Reller in Lyon on Friday.",
        "Tom Reller pleaded guilty on Friday to playing a role in the kidnappings of two reporters. "
        "Reller was arrested in Lyon in 2019.",
        "A judge ruled that Tom Reller was a willing participant in the hostage-taking of a reporter. "
        "A court sentenced Reller to 15 years in prison.",
        "The Tarvik gang, led by Tom Reller before his capture, fights over the port.",
        "Tom Reller is serving a 20-year sentence in a Lyon prison after being found guilty by a tribunal of crimes "
        "against humanity.",
        "Police arrested two suspected bandits in Tarvik on Tuesday. The suspects were identified as Tom Reller and "
        "Karl Vos. Reller and Vos were arrested after a long search.",
        "Police arrested Tom Reller in May. He was identified as an accomplice in the robbery.",
    ],
)
def test_described_as_an_offender_anywhere_is_accused_in_every_arrest(text: str) -> None:
    extraction = run(text)
    assert enforcement(extraction) and all(enforcement(extraction))
    assert "victim" not in roles(extraction, "arrest").values()


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reller, a journalist, fled Tarvik in May. Police captured Reller in Lyon on Friday.",
        "Police said Tom Reller is a killer. Police captured Reller in Lyon on Friday.",
        "Police arrested Karl Vos, the leader of the farmers' union, in Tarvik.",
        "Karl Vos, a suspected opposition supporter, fled Tarvik in May. Police arrested Karl Vos in Lyon.",
        "Karl Vos was found guilty of crimes against the state in 2012. Police arrested Vos in May.",
    ],
)
def test_described_otherwise_or_by_a_source_stays_a_victim(text: str) -> None:
    extraction = run(text)
    assert roles(extraction, "arrest") in ({"Tom Reller": "victim"}, {"Karl Vos": "victim"})


def test_who_names_the_torturers_is_not_described_by_them() -> None:
    extraction = run("Police detained Tom Reller in May. He named two guards as the men who tortured him.")
    assert roles(extraction, "detention") == {"Tom Reller": "victim"}


def test_found_guilty_of_a_charge_of_no_violence_stays_a_victim() -> None:
    extraction = run(
        "Tom Reller is serving a 20-year sentence in a Lyon prison after being found guilty by a tribunal of sedition."
    )
    assert not any(enforcement(extraction))


def test_the_extradition_of_an_offender_is_law_enforcement() -> None:
    extraction = run(
        "Tom Reller, a convicted murderer, fled to Spain in May. Reller was extradited to France on Friday."
    )
    extraditions = [e for e in extraction.events if e.type == "forced_repatriation"]
    assert extraditions and all(e.attributes.get("accused") for e in extraditions)
    assert roles(extraction, "forced_repatriation") == {"Tom Reller": "subject"}


def test_exposing_a_crime_is_no_deed_of_it() -> None:
    """Only a verb of doing or directing makes its object's crime its subject's deed."""
    extraction = run("Police detained the journalist Lena Marsh, who exposed the murder of a judge.")
    assert roles(extraction, "detention") == {"Lena Marsh": "victim"}


def test_masterminding_a_plot_of_a_crime_is_a_deed() -> None:
    extraction = run("Police arrested the men who masterminded the kidnapping plot in Tarvik.")
    assert enforcement(extraction) == [True]


def test_a_crime_suffered_is_no_deed() -> None:
    """ "An aid worker who was kidnapped" is the victim of the kidnapping, not its doer."""
    extraction = run("Police arrested Lena Marsh, an aid worker who was kidnapped in 2019, in Tarvik.")
    assert roles(extraction, "arrest") == {"Lena Marsh": "victim"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Vos was indicted for hostage-taking.",
        "Police arrested Karl Vos on suspicion of war crimes.",
        "Karl Vos spent two years in prison for a violent crime.",
        "Karl Vos was tried in Lyon for his crimes against a French citizen.",
        "Four men, including a former officer, have been charged in Lyon with a plot to kidnap journalist Lena Marsh.",
    ],
)
def test_a_crime_split_at_its_hyphen_or_qualified_as_violent_is_one(sentence: str) -> None:
    extraction = run(sentence)
    assert enforcement(extraction) == [True]


def test_prison_for_his_articles_stays_a_detention_of_a_victim() -> None:
    extraction = run("Karl Vos spent two years in prison for his articles.")
    assert roles(extraction, "detention") == {"Karl Vos": "victim"}


def test_a_penalty_a_law_prescribes_is_no_event() -> None:
    extraction = run(
        "The Abduction Law of 2015, under which Karl Vos is being tried, imposes a penalty of life imprisonment for "
        "suspects found guilty of abduction."
    )
    detentions = [e for e in extraction.events if e.type == "detention"]
    assert detentions and all(e.modality == "hypothetical" for e in detentions)


def test_one_described_as_convicted_of_a_crime_of_violence_is_accused_of_the_arrest() -> None:
    text = (
        "Tom Reller was arrested in Tarvik in 2002. The court later cut the sentence of Reller, convicted of "
        "kidnapping and murdering a banker, to seven years."
    )
    arrests = [e for e in run(text).events if e.type == "arrest"]
    assert arrests and all(e.attributes.get("accused") for e in arrests)


def test_one_described_as_convicted_of_no_crime_of_violence_stays_a_victim() -> None:
    text = (
        "Tom Reller was arrested in Tarvik in 2002. The court later cut the sentence of Reller, convicted of "
        "insulting the president, to seven years."
    )
    arrests = [e for e in run(text).events if e.type == "arrest"]
    assert arrests and not any(e.attributes.get("accused") for e in arrests)

"""The accused is no victim: a person arrested, held, charged or sentenced for a crime of violence, or who the
report tells did one, is the subject of that arrest, not its victim (tumen.extract.accused). Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run
from tumen.extract.types import Extraction


def roles(extraction: Extraction, event_type: str) -> dict[str, str]:
    names = {e.id: e.name for e in extraction.entities}
    return {
        str(names[p.entity]): p.role
        for e in extraction.events
        if e.type == event_type
        for p in e.participants
        if p.role != "perpetrator"
    }


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Kim Ok-sun was arrested in Tarvik for kidnapping a boy.", "arrest"),
        ("Kim Ok-sun was held on the charge of beating up a neighbour.", "detention"),
        ("Kim Ok-sun was convicted and sentenced in the murder case of a trader.", "sentencing"),
        ("Kim Ok-sun was charged with attempting to kidnap a trader in Tarvik.", "trial"),
        ("Kim Ok-sun was arrested in Tarvik for plotting to murder a judge.", "arrest"),
    ],
)
def test_arrested_for_a_crime_of_violence_is_the_subject(sentence: str, event_type: str) -> None:
    assert roles(run(sentence), event_type) == {"Kim Ok-sun": "subject"}


def test_the_doer_of_a_harm_told_before_is_the_subject_of_the_arrest() -> None:
    extraction = run("Pak Chol kidnapped a boy in Tarvik in May. Police arrested Pak Chol in June.")
    assert roles(extraction, "arrest") == {"Pak Chol": "subject"}


def test_charged_with_attempting_something_else_stays_a_victim() -> None:
    extraction = run("Kim Ok-sun was charged with attempting to leave the country in Tarvik in 2019.")
    assert roles(extraction, "trial") == {"Kim Ok-sun": "victim"}


def test_arrested_for_reporting_on_a_crime_stays_a_victim() -> None:
    """The crime is what the story was about, not what the journalist is accused of."""
    extraction = run("Police arrested Kim Ok-sun in Tarvik for working on a story about the massacre of ten farmers.")
    assert roles(extraction, "arrest") == {"Kim Ok-sun": "victim"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested Karl Vos in connection with the murder of a farmer in Tarvik.",
        "Police arrested Karl Vos over the disappearance of the teacher Ana Berg.",
        "The arrest of Karl Vos, a suspect in the killing, was welcomed in Tarvik.",
        "Police arrested Karl Vos over a plot to kidnap the governor of Tarvik.",
        # the crime the arrest is for, told by a gerund of taking part (accused: share_verbs, share_prepositions)
        "Karl Vos was arrested in Tarvik for being involved in the murder of a trader.",
        "The officer Karl Vos was arrested in Tarvik for allegedly being behind many kidnapping cases.",
    ],
)
def test_arrested_in_connection_with_a_crime_or_as_its_suspect_is_the_subject(sentence: str) -> None:
    extraction = run(sentence)
    assert roles(extraction, "arrest") == {"Karl Vos": "subject"}
    assert all(e.attributes.get("accused") for e in extraction.events if e.type == "arrest")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested two suspects in the killing of the journalist Lena Marsh in Tarvik.",
        "Two of his alleged assailants were arrested in Tarvik on Monday.",
        "Security forces arrested a man suspected of kidnapping a boy in Tarvik.",
        "Police in Tarvik said they had arrested the shooter on Monday.",
    ],
)
def test_an_arrest_of_suspects_is_told_as_law_enforcement(sentence: str) -> None:
    arrests = [e for e in run(sentence).events if e.type == "arrest"]
    assert arrests and all(e.attributes.get("accused") for e in arrests)


def test_an_arrest_in_connection_with_no_crime_is_no_arrest_of_a_suspect() -> None:
    extraction = run("Police arrested Karl Vos in connection with the protests in Tarvik.")
    assert roles(extraction, "arrest") == {"Karl Vos": "victim"}
    assert not any(e.attributes.get("accused") for e in extraction.events)


@pytest.mark.parametrize(
    "text",
    [
        "Karl Vos was charged with murder in Tarvik. Police arrested Karl Vos on Friday.",
        "Karl Vos was convicted of robbery and assault in Tarvik in May. Police had arrested Karl Vos in January.",
        "Karl Vos was charged in the murder case in Tarvik. He was arrested on Friday.",
    ],
)
def test_charged_with_a_crime_of_violence_is_accused_in_the_other_arrests(text: str) -> None:
    """The charge told in one sentence makes the arrest told in another law enforcement against a suspect."""
    extraction = run(text)
    arrests = [e for e in extraction.events if e.type == "arrest"]
    assert arrests and all(e.attributes.get("accused") for e in arrests)
    assert roles(extraction, "arrest") == {"Karl Vos": "subject"}


def test_a_charge_a_source_reports_is_not_carried_to_the_other_arrests() -> None:
    """Police saying he was held for robbery is their charge; the report's own arrest of him stays a harm."""
    extraction = run(
        "A police spokesman said Karl Vos was arrested for robbery and assault. "
        "Karl Vos was detained in Tarvik on Friday and died in a police cell."
    )
    assert roles(extraction, "detention") == {"Karl Vos": "victim"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kim Ok-sun was arrested in Tarvik almost 20 years after escaping from prison in Holm.",
        "Police in Tarvik arrested Kim Ok-sun, who broke out of jail in May.",
    ],
)
def test_one_arrested_after_escaping_from_custody_is_a_fugitive_recaptured(sentence: str) -> None:
    assert roles(run(sentence), "arrest") == {"Kim Ok-sun": "subject"}


def test_one_arrested_after_fleeing_a_village_stays_a_victim() -> None:
    extraction = run("Kim Ok-sun was arrested in Tarvik after escaping from her village in Holm.")
    assert roles(extraction, "arrest") == {"Kim Ok-sun": "victim"}

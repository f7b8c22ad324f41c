"""Wrong participants of the thirty-fourth round's reading audit, as general rules (invented names and texts):
a relative first met by given name only ("his daughter, Ingrid") leaves a bare surname to the main person; an
organisation's name that only modifies a noun for its people ("a suspected Tarvik Brotherhood boss") is no victim;
a past participle set off by a comma right after a person tells of that person ("his son, Marco, also convicted")."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.surnames import introduced_as_relative
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def name_of(extraction: Extraction, entity_id: str) -> str | None:
    entity = next(e for e in extraction.entities if e.id == entity_id)
    return entity.name or entity.descriptor


def roles(extraction: Extraction, event: Event) -> set[tuple[str, str | None]]:
    return {(p.role, name_of(extraction, p.entity)) for p in event.participants}


def events(extraction: Extraction, trigger: str) -> list[Event]:
    return [e for e in extraction.events if e.trigger.text == trigger]


def test_a_daughter_first_met_by_her_given_name_leaves_the_surname_to_her_father() -> None:
    text = (
        "Walter Brandt, the former mayor of Elmsfield, has died. His daughter, Ingrid, persuaded him to write a "
        "memoir. Brandt died on Monday at his home. He is survived by two children, Ingrid Brandt and Paul Brandt."
    )
    extraction = run(text)
    victims = {name_of(extraction, p.entity) for e in events(extraction, "died") for p in e.participants}
    assert victims == {"Walter Brandt"}


@pytest.mark.parametrize(
    "text",
    [
        "A suspected Tarvik Brotherhood boss arrested on Tuesday in a police raid has hanged himself in his cell.",
        "One of the Tarvik Brotherhood bosses and members arrested in a police raid has hanged himself in his cell.",
        "Two of the Tarvik Brotherhood members arrested in the raid were beaten in custody.",
    ],
)
def test_an_organisation_named_only_before_a_noun_for_its_people_is_no_victim(text: str) -> None:
    extraction = run(text)
    org = {e.id for e in extraction.entities if e.kind == "organization"}
    assert org, "the organisation is still found"
    assert not [p for e in extraction.events for p in e.participants if p.entity in org]


def test_the_organisation_of_doers_named_before_their_noun_stays_the_doer() -> None:
    extraction = run("Tarvik Customs agents arrested him on Monday.")
    assert ("perpetrator", "Tarvik Customs") in roles(extraction, events(extraction, "arrested")[0])


@pytest.mark.parametrize(
    ("text", "convicted"),
    [
        (
            "Luca Berti pleaded guilty in 2003. His admission came as part of a plea deal on behalf of his son, "
            "Marco, also convicted of fraud.",
            "Marco",
        ),
        (
            "Luca Berti pleaded guilty in 2003. His admission came as part of a plea deal on behalf of his son, "
            "also convicted of fraud.",
            "son",
        ),
    ],
)
def test_a_participle_set_off_after_a_person_tells_of_that_person(text: str, convicted: str) -> None:
    extraction = run(text)
    (event,) = events(extraction, "convicted")
    assert {name for _role, name in roles(extraction, event)} == {convicted}


def test_a_participle_set_off_after_a_clause_with_a_person_as_subject_keeps_that_subject() -> None:
    extraction = run("Arrested in May, Luca Berti was held for a week.")
    assert {name for _role, name in roles(extraction, events(extraction, "Arrested")[0])} == {"Luca Berti"}


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Ravel was arrested on Monday in Lyon, police spokesman Dan Keefe said. He was charged with murder.",
        "Police arrested Tomas Ravel on Monday. A police spokesman, Dan Keefe, said he was charged with murder.",
        "Tomas Ravel was arrested, said Dan Keefe, a spokesman for the police. He was charged with murder.",
    ],
)
def test_a_pronoun_that_undergoes_a_charge_never_means_the_spokesman_who_tells_of_it(text: str) -> None:
    extraction = run(text)
    (event,) = events(extraction, "charged")
    assert {name for _role, name in roles(extraction, event)} == {"Tomas Ravel"}


def test_a_spokesman_the_report_tells_of_is_meant_by_a_pronoun() -> None:
    extraction = run("Opposition spokesman Dan Keefe was arrested on Monday. He was charged with sedition.")
    (event,) = events(extraction, "charged")
    assert {name for _role, name in roles(extraction, event)} == {"Dan Keefe"}


def test_a_possessive_written_with_a_space_before_its_apostrophe_introduces_a_relative() -> None:
    """Tokenised text writes "Reyes ' mother": still the mother of Reyes, who leaves the bare surname to him."""
    text = "Tomas Reyes, 35, was arrested. Reyes ' mother, Carmen Reyes, 61, was found dead. Reyes was charged."
    start = text.index("Carmen Reyes")
    assert introduced_as_relative(text, start, start + len("Carmen Reyes"))


def test_a_pronoun_a_spokesman_undergoes_as_a_speaker_may_mean_him() -> None:
    text = (
        "Police arrested Tomas Ravel on Monday, police spokesman Dan Keefe said. He was asked whether Ravel had a "
        "lawyer."
    )
    extraction = run(text)
    keefe = next(e for e in extraction.entities if e.name == "Dan Keefe")
    assert keefe.gender_votes.get("pronoun:male")

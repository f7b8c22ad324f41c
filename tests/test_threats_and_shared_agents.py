"""Who does and who undergoes a harm told in a coordination or a threat (docs/extraction.md, "Violations"): a passive
participle joined to the next ones shares the "by" agent that follows the last ("harassed and arrested by police");
a threat of a harm to a person ("threatened to send her to jail") is a threat against that person; a shooting or a
stabbing told as fatal ("fatally shot", "the fatal shooting of") is a killing. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2021, 6, 1)))


def roles(extraction: Extraction, event_type: str, modality: str = "asserted") -> set[tuple[str, str]]:
    """(role, name) of the participants of the events of one type and modality."""
    names = {e.id: str(e.name) for e in extraction.entities}
    return {
        (p.role, names[p.entity])
        for e in extraction.events
        if e.type == event_type and e.modality == modality
        for p in e.participants
    }


@pytest.mark.parametrize(
    ("sentence", "harm"),
    [
        ("In May the journalist Dara Loman was harassed and arrested by the security agencies.", "threat"),
        ("In May the journalist Dara Loman was beaten, harassed and detained by soldiers.", "ill_treatment"),
    ],
)
def test_a_passive_participle_shares_the_agent_after_the_last_of_its_conjuncts(sentence: str, harm: str) -> None:
    found = roles(run(sentence), harm)
    assert ("victim", "Dara Loman") in found
    assert any(role == "perpetrator" for role, _name in found)  # before: no one did it


def test_an_agent_of_the_last_verbs_own_phrase_is_not_shared() -> None:
    found = roles(
        run("In May the journalist Dara Loman was beaten and driven to hospital by her neighbours."), "ill_treatment"
    )
    assert not any(role == "perpetrator" for role, _name in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "In May 2020 the officer Ivo Holm threatened to send Dara Loman to jail.",
        "In May 2020 the guards threatened to arrest and beat Dara Loman.",
        "In May 2020 the guards threatened to rape Dara Loman.",
    ],
)
def test_a_threat_of_a_harm_to_a_person_is_a_threat_against_that_person(sentence: str) -> None:
    assert ("victim", "Dara Loman") in roles(run(sentence), "threat")  # before: no threat, only the harm threatened


@pytest.mark.parametrize(
    "sentence",
    [
        "In May 2020 the company threatened to close the plant in Tarvik.",
        "In May 2020 the family of Dara Loman threatened to involve the police.",
        "In May 2020 the court threatened to revoke the bail of Dara Loman.",
    ],
)
def test_a_threat_of_no_harm_to_a_person_is_no_threat(sentence: str) -> None:
    assert not [e for e in run(sentence).events if e.type == "threat"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In May 2020 police officers fatally shot the teacher Dara Loman in Tarvik.",
        "Protests followed the fatal shooting of the teacher Dara Loman by police in Tarvik in May 2020.",
    ],
)
def test_a_shooting_told_as_fatal_is_a_killing(sentence: str) -> None:
    extraction = run(sentence)
    assert ("victim", "Dara Loman") in roles(extraction, "killing")
    assert not roles(extraction, "shooting")  # before: a shooting, which the victim may survive


def test_a_shooting_not_told_as_fatal_stays_a_shooting() -> None:
    extraction = run("In May 2020 police officers shot the teacher Dara Loman in Tarvik.")
    assert ("victim", "Dara Loman") in roles(extraction, "shooting")
    assert not roles(extraction, "killing")

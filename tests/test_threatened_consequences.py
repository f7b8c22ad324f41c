"""A threat is no deed told: what an imperative's "or (else)" says befalls if it is not done is hypothetical, the
demand stays demanded (docs/extraction.md, "Modality"); the infinitive of a participle on a noun ("two men thought to
have kidnapped …") is that noun's deed, and a person inside an event noun of a phrase ("those behind the killing of
…") is no referent of the phrase (docs/extraction.md, "Violations"). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2020, 6, 1)))


def of_type(x: Extraction, kind: str) -> Event:
    [event] = [e for e in x.events if e.type == kind]
    return event


def roles(x: Extraction, event: Event) -> set[tuple[str, str]]:
    return {(x.entity(p.entity).name or x.entity(p.entity).descriptor or "", p.role) for p in event.participants}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("'Pay 500 dollars or your son dies,' the kidnappers told Ana Berg.", "death"),
        ("The kidnappers told Ana Berg: 'Pay now, or we kill him.'", "killing"),
        ("'Pay now, otherwise your son dies,' the kidnappers told Ana Berg.", "death"),
        ('"Pay the money or else your son dies," the broker told Karl Vos.', "death"),
    ],
)
def test_the_consequence_of_an_imperative_or_else_is_a_threat(text: str, kind: str) -> None:
    x = run(text)
    assert of_type(x, kind).modality == "hypothetical"
    assert of_type(x, "payment").modality == "demanded"


def test_a_told_choice_is_no_threat() -> None:
    x = run("Karl Vos paid the money, or the soldiers killed him.")
    assert of_type(x, "killing").modality == "asserted"


def test_an_imperative_alternative_is_still_asked() -> None:
    x = run("'Pay me or go back,' the broker told Karl Vos.")
    assert of_type(x, "payment").modality == "demanded"


def test_the_infinitive_of_a_participle_on_the_object_is_the_objects_deed() -> None:
    x = run("Police arrested two men thought to have kidnapped Ana Berg.")
    kidnapping = of_type(x, "abduction")
    assert roles(x, kidnapping) == {("Ana Berg", "victim")}
    assert of_type(x, "arrest").attributes.get("accused") is True


def test_a_set_off_participle_after_a_named_object_tells_of_that_person() -> None:
    x = run("Police arrested the soldier Karl Vos, suspected to have shot Ana Berg.")
    assert ("Karl Vos", "perpetrator") in roles(x, of_type(x, "shooting"))
    assert ("Police", "perpetrator") not in roles(x, of_type(x, "shooting"))


@pytest.mark.parametrize("phrase", ["those behind the killing of", "those responsible for the killing of"])
def test_the_victim_of_the_crime_a_phrase_names_its_doers_by_is_not_detained(phrase: str) -> None:
    x = run(f"Police detained {phrase} Ana Berg.")
    detention = of_type(x, "detention")
    assert all(name != "Ana Berg" for name, _role in roles(x, detention))
    assert ("Ana Berg", "victim") in roles(x, of_type(x, "killing"))

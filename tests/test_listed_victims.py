"""A plural description of whom an event befell, followed by the list of its members, makes each member a
participant: "seven activists, namely A, B and C", "workers identified as A and B", "critics, including A and
B", "lawyers such as A and B". Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run
from tumen.extract.types import Extraction


def victims(extraction: Extraction, event_type: str) -> list[str]:
    names = {e.id: e.name for e in extraction.entities}
    [event] = [e for e in extraction.events if e.type == event_type]
    return sorted(str(names[p.entity]) for p in event.participants if p.role == "victim")


def all_victims(extraction: Extraction, event_type: str | None = None) -> set[str]:
    """The names of the victims of every event (of one type, when given)."""
    names = {e.id: e.name for e in extraction.entities}
    events = [e for e in extraction.events if event_type in (None, e.type)]
    return {str(names[p.entity]) for e in events for p in e.participants if p.role == "victim"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested seven activists in Tarvik, namely: Anna Berg, Ivo Holm and Lina Voss.",
        "The police also arrested three workers who were identified as Anna Berg, Ivo Holm and Lina Voss.",
        "Soldiers arrested dozens of critics, including Anna Berg, Ivo Holm and Lina Voss.",
        "Police arrested lawyers such as Anna Berg, Ivo Holm and Lina Voss.",
    ],
)
def test_each_member_of_the_list_is_a_victim(sentence: str) -> None:
    assert victims(run(sentence), "arrest") == ["Anna Berg", "Ivo Holm", "Lina Voss"]


def test_a_list_that_names_no_person_adds_no_victim() -> None:
    extraction = run("Police arrested activists in three towns, namely Tarvik, Holm and Voss.")
    assert victims(extraction, "arrest") == []


def test_a_singular_description_keeps_its_own_name_only() -> None:
    """ "a lawyer, Anna Berg, and her client Ivo Holm": the apposition names the lawyer, the conjunct another."""
    extraction = run("Police arrested a lawyer, Anna Berg, in Tarvik on Monday.")
    assert victims(extraction, "arrest") == ["Anna Berg"]


def test_persons_snatched_are_abducted_and_a_bag_snatched_is_no_abduction() -> None:
    extraction = run("Ana Cruz and photographer Ben Tal were snatched by armed men in Tarvik.")
    assert victims(extraction, "abduction") == ["Ana Cruz", "Ben Tal"]
    assert not [e for e in run("A thief snatched the bag of Ana Cruz in Tarvik.").events if e.type == "abduction"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Tarvik the situation continued to deteriorate, with ten writers and public intellectuals held behind"
        " bars, including political writer Anna Berg and philosopher Pavel Kron.",
        "In Tarvik the situation continued to deteriorate, with ten writers held behind bars, including the"
        " novelist Anna Berg and the poet Pavel Kron.",
    ],
)
def test_a_list_hung_after_a_bare_participle_names_the_noun_it_tells_of(sentence: str) -> None:
    """ "with ten writers held behind bars, including A and B": the writers were held, and so A and B."""
    assert victims(run(sentence), "detention") == ["Anna Berg", "Pavel Kron"]


def test_a_list_of_passive_subjects_the_parser_splits_is_one_list() -> None:
    """ "A, the lawyer B, and the blogger C were convicted": the parser makes C a second passive subject."""
    extraction = run(
        "According to reports, Berg, human rights lawyer Lina Voss, and blogger Pavel Kron were convicted."
    )
    assert victims(extraction, "sentencing") == ["Berg", "Lina Voss", "Pavel Kron"]


def test_a_name_before_the_passive_subject_but_in_no_list_is_not_a_patient() -> None:
    extraction = run("According to the rights monitor, Tarvik Watch, about 1,400 people were detained in May.")
    assert victims(extraction, "arrest") == []


def test_a_list_after_the_object_is_the_objects_not_the_subjects() -> None:
    """ "Police arrested seven activists namely: A, B": the parser may hang the list on the subject as its
    apposition, but an apposition stands beside its phrase, not past the verb — the names are the activists."""
    extraction = run(
        "Police targeted and arrested seven human rights defenders namely: Anna Berg, Ivo Holm and Lina Voss."
    )
    assert victims(extraction, "arrest") == ["Anna Berg", "Ivo Holm", "Lina Voss"]
    names = {e.id: e.name for e in extraction.entities}
    doers = {names[p.entity] for e in extraction.events for p in e.participants if p.role == "perpetrator"}
    assert not doers & {"Anna Berg", "Ivo Holm", "Lina Voss"}


def test_a_list_after_the_object_the_parser_made_the_head_of_the_clause() -> None:
    """The parser may make the first listed name the head the verb hangs on: the list is still the object's."""
    extraction = run(
        "“Under the pretext of a weapons search, the unit targeted and arrested five organisers namely: Dora Velde,"
        " Mark Ryan Cole, Romina Aster, Jaymie Gorio Jr., who are teachers; and, Ann Salt, a reporter."
    )
    assert victims(extraction, "arrest") == [
        "Ann Salt",
        "Dora Velde",
        "Jaymie Gorio Jr",
        "Mark Ryan Cole",
        "Romina Aster",
    ]

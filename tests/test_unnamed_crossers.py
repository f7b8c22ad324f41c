"""One who crossed told by a noun of one person ("a soldier defected across the border"): a person of the story with
the noun as descriptor, the crossing's subject, and "the missing soldier" later that one again (``crossing_events``
in data/kinship.yaml, tumen.extract.unnamed_doers; docs/extraction.md, "An unnamed doer of a harm"). Invented
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Entity, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def unnamed(extraction: Extraction) -> list[Entity]:
    return [e for e in extraction.entities if e.kind == "person" and e.name is None]


def subjects(extraction: Extraction, event_type: str) -> list[str]:
    return [p.entity for e in extraction.events if e.type == event_type for p in e.participants if p.role == "subject"]


def test_a_soldier_who_defected_is_a_person_of_the_story_and_the_crossings_subject() -> None:
    x = run(
        "On Thursday a soldier from Norland defected across the border near Halmor. "
        "Patrols searched the riverbank for the missing soldier until dark."
    )
    (soldier,) = unnamed(x)
    assert soldier.descriptor == "soldier"
    assert [m.text for m in soldier.mentions] == ["a soldier from Norland", "the missing soldier"]
    assert subjects(x, "border_crossing") == [soldier.id]


def test_a_guard_who_fled_to_a_safe_country_is_one_too() -> None:
    x = run("In May a guard fled to South Korea across the river. The guard now lives in Seoul.")
    (guard,) = unnamed(x)
    assert [m.text for m in guard.mentions] == ["a guard", "The guard"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A soldier defects across the border almost every year.",  # a habit, no one crossing
        "A soldier did not defect, officials said.",  # no crossing
        "Soldiers defected across the border on Monday.",  # a group, not one person
    ],
)
def test_no_unnamed_crosser_without_one_person_crossing(sentence: str) -> None:
    assert unnamed(run(sentence)) == []


def test_one_who_takes_something_is_no_crosser() -> None:
    # "take" crosses only the one taken ("a smuggler took them across the river"), never its subject by itself
    x = run("Activists held a vigil in Tarvik, and a police officer on duty took their names.")
    assert unnamed(x) == []


def test_a_pronoun_may_mean_one_who_crossed() -> None:
    # one who crossed did no harm: like a broker, "he" in a later sentence may be that one
    x = run("A soldier fled across the border in 2017. He was shot five times.")
    (soldier,) = unnamed(x)
    [shooting] = [e for e in x.events if e.type == "shooting"]
    assert [p.entity for p in shooting.participants if p.role == "victim"] == [soldier.id]


@pytest.mark.parametrize(
    "text",
    [
        "A soldier left the room and returned with Ana Berg's papers.",  # no sense of crossing by itself
        "A policeman returned the documents. He arrested Ana Berg in 2015.",  # returned a thing, from nowhere
        "A soldier escaped injury when the bridge collapsed. The soldier was later arrested.",  # escaped no place
        "A guard crossed the yard at dawn.",  # a common noun of no place or border crossed
    ],
)
def test_a_verb_of_crossing_in_another_sense_makes_no_crosser(text: str) -> None:
    x = run(text)
    assert [e for e in unnamed(x) if e.descriptor in ("soldier", "policeman", "guard")] == []
    assert subjects(x, "border_crossing") == []

"""Who is placed in custody ("Marta Kovel was taken into custody") and who holds them; held incommunicado (a
detention; where whereabouts are asked, a disappearance too) and whereabouts unknown as a disappearance, and
whoever disappears someone as its doer. Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run
from tumen.extract.types import Extraction


def roles(extraction: Extraction, event_type: str, role: str) -> list[str]:
    names = {e.id: e.name for e in extraction.entities}
    events = [e for e in extraction.events if e.type == event_type]
    return sorted(str(names[p.entity]) for e in events for p in e.participants if p.role == role)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Marta Kovel was taken into custody on Monday.", "detention"),
        ("The journalist Marta Kovel was remanded in custody.", "detention"),
        ("Marta Kovel was placed under arrest on Monday.", "arrest"),
        ("Marta Kovel remains in police custody.", "detention"),
    ],
)
def test_the_one_placed_in_custody_is_its_victim(sentence: str, event_type: str) -> None:
    assert roles(run(sentence), event_type, "victim") == ["Marta Kovel"]


def test_the_active_subject_holds_the_object() -> None:
    extraction = run("The police took Marta Kovel into custody on Monday.")
    assert roles(extraction, "detention", "victim") == ["Marta Kovel"]
    assert roles(extraction, "detention", "perpetrator") != ["Marta Kovel"]
    assert roles(extraction, "detention", "perpetrator")


def test_a_guardians_custody_is_no_detention() -> None:
    extraction = run("The judge placed Marta Kovel in the custody of her aunt.")
    assert "Marta Kovel" not in roles(extraction, "detention", "victim")


def test_held_incommunicado_is_a_detention_only() -> None:
    """Held without contact: the holders know where she is, no disappearance."""
    extraction = run("Marta Kovel was held incommunicado for a month.")
    assert roles(extraction, "disappearance", "victim") == []
    assert roles(extraction, "detention", "victim") == ["Marta Kovel"]


def test_held_incommunicado_where_her_whereabouts_are_asked_is_a_disappearance_too() -> None:
    extraction = run("Marta Kovel was held incommunicado for a month. Her brother asked about her whereabouts.")
    assert roles(extraction, "disappearance", "victim") == ["Marta Kovel"]
    assert roles(extraction, "detention", "victim") == ["Marta Kovel"]


def test_whoever_disappears_someone_is_the_doer_not_a_victim() -> None:
    extraction = run("Soldiers disappeared Marta Kovel in 2019.")
    assert roles(extraction, "disappearance", "victim") == ["Marta Kovel"]
    assert roles(extraction, "disappearance", "perpetrator")


def test_one_who_disappears_is_the_victim() -> None:
    assert roles(run("Marta Kovel disappeared in 2019."), "disappearance", "victim") == ["Marta Kovel"]


def test_a_death_with_a_thing_as_object_keeps_its_victim() -> None:
    extraction = run("Marta Kovel did not survive the winter.")
    assert roles(extraction, "death", "victim") == ["Marta Kovel"]


@pytest.mark.parametrize(
    "sentence", ["Marta Kovel's whereabouts remain unknown.", "The whereabouts of Marta Kovel are still unclear."]
)
def test_whereabouts_unknown_is_a_disappearance(sentence: str) -> None:
    assert roles(run(sentence), "disappearance", "victim") == ["Marta Kovel"]


@pytest.mark.parametrize(
    "sentence", ["Marta Kovel's whereabouts are known to the police.", "Police knew the whereabouts of Marta Kovel."]
)
def test_known_whereabouts_are_no_disappearance(sentence: str) -> None:
    assert roles(run(sentence), "disappearance", "victim") == []

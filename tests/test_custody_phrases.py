"""Who is placed in custody ("Marta Kovel was taken into custody") and who holds them. Invented sentences."""

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

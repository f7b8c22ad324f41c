"""The titles Lady and Sir give a gender; publisher and environmentalist are descriptions. Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Entity, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def named(extraction: Extraction, name: str) -> Entity:
    return next(e for e in extraction.entities if e.kind == "person" and e.name == name)


def test_lady_and_sir_give_a_gender() -> None:
    extraction = run("Police in Tarvik arrested Lady Anwen Price and Sir Tobin Marsh on Monday.")
    assert named(extraction, "Anwen Price").gender == "female"
    assert named(extraction, "Tobin Marsh").gender == "male"


def test_publisher_and_environmentalist_describe_a_person() -> None:
    extraction = run(
        "Lena Holt, the publisher of a weekly paper, was detained in Tarvik; so was environmentalist Rafe Dunmore."
    )
    assert named(extraction, "Lena Holt").descriptor == "publisher"
    assert named(extraction, "Rafe Dunmore").descriptor == "environmentalist"

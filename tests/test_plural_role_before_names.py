"""A plural description before names joined by commas or "and" describes each of them. Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Entity, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def named(extraction: Extraction, name: str) -> Entity:
    return next(e for e in extraction.entities if e.kind == "person" and e.name == name)


def test_a_plural_description_describes_each_name_it_introduces() -> None:
    extraction = run("A court in Tarvik sentenced journalists Anna Berg and Ivo Holm to two years in prison.")
    assert named(extraction, "Anna Berg").descriptor == "journalist"
    assert named(extraction, "Ivo Holm").descriptor == "journalist"


def test_a_list_of_three_names_after_a_plural_description() -> None:
    extraction = run("The lawyers Peta Lund, Omar Sayed and Lina Voss appealed against the verdict.")
    assert [named(extraction, n).descriptor for n in ("Peta Lund", "Omar Sayed", "Lina Voss")] == ["lawyer"] * 3


def test_a_plural_noun_that_is_no_description_describes_nobody() -> None:
    extraction = run("Police questioned neighbours Anna Berg and Ivo Holm in Tarvik.")
    assert named(extraction, "Ivo Holm").descriptor is None

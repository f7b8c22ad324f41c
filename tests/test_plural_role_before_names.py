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


def test_a_list_after_a_colon_or_dash_is_described_by_the_plural_noun_before_it() -> None:
    """ "three journalists: A, B and C", "two reporters and bloggers of X – A and B –": the list the colon or dash
    opens names the persons the plural noun (with its own modifiers) stands for, however the parser hangs it."""
    extraction = run("Police detained three journalists: Anna Berg, Ivo Holm and Lina Voss.")
    assert [named(extraction, n).descriptor for n in ("Anna Berg", "Ivo Holm", "Lina Voss")] == ["journalist"] * 3
    extraction = run(
        "The conviction of two reporters and bloggers of the Tarvik Courier – Anna Berg and Ivo Holm – drew protests."
    )
    assert named(extraction, "Ivo Holm").descriptor == "reporter and blogger"


def test_a_list_after_a_verb_is_not_described_by_a_noun_before_the_verb() -> None:
    extraction = run("Police questioned journalists in Tarvik and then said: Anna Berg and Ivo Holm had fled.")
    assert named(extraction, "Ivo Holm").descriptor is None


def test_the_plural_nouns_own_long_modifiers_may_stand_between_it_and_the_list() -> None:
    extraction = run(
        "The sentencing of three journalists and prisoners of conscience affiliated with the Free Press Union of "
        "Tarvik (FPUT) – Lan Mai, Tran Binh and Ho Quoc – drew protests."
    )
    assert named(extraction, "Ho Quoc").descriptor == "journalist and prisoner"
    extraction = run("Police detained two activists of a pro-democracy group - Anna Berg and Ivo Holm - in Tarvik.")
    assert named(extraction, "Ivo Holm").descriptor == "activist"  # the hyphen of "pro-democracy" opens no list


def test_a_plural_description_with_its_qualifier_describes_every_name_it_introduces() -> None:
    """ "aid workers A and B": the qualified role ("aid worker", a type of its own) is each name's, not only the
    first's (the bare "worker" says less)."""
    extraction = run(
        "The court heard of the deaths of journalists Anna Berg and Ivo Holm and aid workers Peta Lund and Lina Voss."
    )
    assert named(extraction, "Peta Lund").descriptor == "aid worker"
    assert named(extraction, "Lina Voss").descriptor == "aid worker"
    extraction = run("Police detained Dan Hale and Al Renn, two aid workers, on Monday.")
    assert [named(extraction, n).descriptor for n in ("Dan Hale", "Al Renn")] == ["aid worker"] * 2

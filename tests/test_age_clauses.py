"""An age told in a clause of time ("when he was a penniless 12-year-old", "as a 12-year-old") is the age at a
moment of the story, not at publication: undated, it dates no birth. Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def birth_year(text: str, name: str) -> int | None:
    extraction = extract(Source(text, 1, "en", date(2020, 8, 10)))
    person = next(e for e in extraction.entities if e.kind == "person" and e.name == name)
    return person.birth.latest.year if person.birth else None


@pytest.mark.parametrize(
    "text",
    [
        "Media owner Pak Chol was arrested on Monday. Pak, who was smuggled into Tarvik on a fishing boat when he "
        "was a penniless 12-year-old, has long been an activist.",
        "As a 12-year-old, Pak Chol crossed the river. He was arrested on Monday.",
    ],
)
def test_an_age_in_a_clause_of_time_dates_no_birth(text: str) -> None:
    assert birth_year(text, "Pak Chol") is None


def test_an_age_of_the_present_dates_the_birth() -> None:
    assert birth_year("Pak Chol, 34, was arrested on Monday when he was at home.", "Pak Chol") == 1986


@pytest.mark.parametrize(
    "text",
    [
        "When Omar Haddad, 34, was detained, police seized his phone.",
        "While Omar Haddad, 34, was held in Tarvik, guards beat him.",
        "The victim was identified as 34-year-old Omar Haddad.",
    ],
)
def test_an_age_of_the_present_inside_a_clause_of_time_still_dates_the_birth(text: str) -> None:
    assert birth_year(text, "Omar Haddad") == 1986


@pytest.mark.parametrize(
    "text",
    [
        "Reporter Omar Vance was detained over a six-month-old tweet in which Vance criticised a judge.",
        "Karl Vos was cleared of the ten-year-old rape allegation.",
        "Karl Vos challenged a 30-year-old law on Monday.",
    ],
)
def test_an_age_of_a_thing_gives_no_one_a_birth(text: str) -> None:
    name = "Omar Vance" if "Vance" in text else "Karl Vos"
    assert birth_year(text, name) is None


def test_an_age_of_a_person_beside_a_thing_still_dates_the_birth() -> None:
    assert birth_year("Karl Vos, a 30-year-old reporter, challenged the law.", "Karl Vos") == 1990


def test_an_age_at_that_time_is_the_age_at_the_dated_event() -> None:
    text = "Police arrested Oskar Lind on May 3, 2012 in Tarvik. Oskar was 15 years old at that time."
    assert birth_year(text, "Oskar Lind") == 1997

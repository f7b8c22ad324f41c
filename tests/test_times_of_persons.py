"""A time that describes a person is not the time of what the person does or undergoes (docs/extraction.md, "Story
time"; tumen.extract.event_times.describes_person): in an apposition or a modifier of the person's phrase. Invented
sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event


def events(text: str) -> list[Event]:
    return extract(Source(text, 1, "en", date(2020, 6, 15))).events


def only(text: str, kind: str) -> Event:
    found = [e for e in events(text) if e.type == kind]
    assert len(found) == 1, found
    return found[0]


def test_an_era_in_an_apposition_of_the_person_is_no_time_of_her_death() -> None:
    assert only("Lena Dorn, one of the biggest stars of the 1960s and 1970s, died peacefully.", "death").time is None


def test_an_era_before_the_persons_noun_is_no_time_of_her_death() -> None:
    assert only("The 1980s pop singer Lena Dorn died.", "death").time is None


def test_a_year_of_a_title_in_an_apposition_is_no_time_of_the_arrest() -> None:
    assert only("Ana Berg, the 2015 winner of the Tarvik prize, was arrested.", "arrest").time is None


def test_a_persons_era_sets_no_reference_time_for_the_story() -> None:
    text = "Lena Dorn, one of the biggest stars of the 1970s, lived in Tarvik. She was arrested at her home."
    assert only(text, "arrest").time is None


def test_a_time_hung_on_the_doer_or_an_event_noun_still_dates_the_event() -> None:
    assert only("Police on Monday arrested three activists.", "arrest").time is not None
    assert only("An attack on Monday killed three villagers.", "killing").time is not None
    arrest = only("Ana Berg, who was arrested in 2019, was released on bail.", "arrest")
    assert arrest.time is not None and arrest.time.earliest.year == 2019


def test_the_event_a_persons_phrase_names_keeps_its_own_time() -> None:
    killing = only("Ana Berg, a survivor of the 2011 massacre, was arrested.", "killing")
    assert killing.time is not None and killing.time.earliest.year == 2011


def test_a_time_after_a_preposition_stays_the_clauses_however_parsed() -> None:
    conviction = only("In nineteen ninety-one Karl Vos was convicted in state court of fraud.", "sentencing")
    assert conviction.time is not None and conviction.time.earliest.year == 1991

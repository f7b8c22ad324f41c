"""Times of news reports of attacks: a part of the day told relative to the last date ("the previous evening"),
a present-reference word that ends a name ("Ruvia Now"), and a date that opens its sentence (all sentences
invented)."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.time import find_times
from tumen.extract.types import Event, Extraction

PUBLISHED = date(2021, 6, 1)  # a Tuesday


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", PUBLISHED))


def only(x: Extraction, kind: str) -> Event:
    found = [e for e in x.events if e.type == kind]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in x.events]
    return found[0]


def day(event: Event) -> date | None:
    assert event.time is None or event.time.precision == "day", event.time
    return event.time.earliest if event.time else None


# -- "the previous evening", "the following morning", "that night" ------------------------------------------
def test_a_part_of_the_day_before_or_after_the_last_date() -> None:
    before = find_times("On May 12, police said he had been abducted the previous evening.", PUBLISHED)
    assert [(t.text, t.kind, t.value) for t in before][1] == ("the previous evening", "TIME", "2021-05-11TEV")
    after = find_times("He was arrested on May 12. He was beaten the following morning.", PUBLISHED)[1]
    assert (after.text, after.value) == ("the following morning", "2021-05-13TMO")
    same = find_times("He was arrested on May 12. He was beaten that night.", PUBLISHED)[1]
    assert (same.text, same.value) == ("that night", "2021-05-12TNI")
    assert same.interval is not None and same.interval.earliest == date(2021, 5, 12)


def test_a_part_of_the_day_needs_a_day_before_it() -> None:
    later = find_times("He was arrested in 2007. He was beaten that night.", PUBLISHED)[1]
    assert later.text == "that night" and later.interval is None  # which night of 2007?
    assert [t.text for t in find_times("They bring that night after night.", PUBLISHED)] == []


def test_an_abduction_the_previous_evening_is_dated_the_day_before() -> None:
    x = run("On Sunday, the commission said Tomas Berk, a doctor, had been abducted the previous evening.")
    assert day(only(x, "abduction")) == date(2021, 5, 29)


# -- "according to the news website Ruvia Now" -------------------------------------------------------------
def test_now_ending_a_name_is_no_time() -> None:
    named = find_times("At least 40 people were killed, according to the news website Ruvia Now.", PUBLISHED)
    assert [t.text for t in named] == []
    assert [t.value for t in find_times("He was arrested. Now he is free.", PUBLISHED)] == ["PRESENT_REF"]
    assert [t.value for t in find_times("Tomas Berk said now is the time.", PUBLISHED)] == ["PRESENT_REF"]


# -- "In the last week of May, the office was raided; seven editors were arrested" ---------------------------
def test_a_date_opening_the_sentence_dates_its_later_clauses() -> None:
    x = run(
        "In the final week of December, the Velar Times, an independent website, was raided by hundreds of police "
        "officers; seven editors and a journalist were arrested and the site was closed."
    )
    arrest = only(x, "arrest")
    assert arrest.time is not None and (arrest.time.earliest, arrest.time.precision) == (date(2020, 12, 1), "month")
    assert arrest.time_evidence is not None and arrest.time_evidence.text == "December"


def test_a_date_of_telling_or_a_cut_off_opening_the_sentence_dates_nothing() -> None:
    told = run("On Saturday, medical sources told reporters at least one person was killed.")
    assert only(told, "killing").time is None
    assert only(run("As of May 3, police had arrested 300 people."), "arrest").time is None
    told = run("On March 5, police announced that they had arrested two men.")
    assert only(told, "arrest").time is None


def test_a_date_opening_the_sentence_dates_no_attributive_participle() -> None:
    x = run("On March 11, jailed blogger Ivo Lesk was presented with new charges.")
    assert only(x, "detention").time is None  # jailed before

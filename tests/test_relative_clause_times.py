"""A relative clause tells a participant's past, not the time of the clause it hangs on (docs/extraction.md, "Story
time"; tumen.extract.chained_times.past_of_a_participant) — unless it is one of place or time, or in the
progressive. Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event


def only(text: str, kind: str) -> Event:
    found = [e for e in extract(Source(text, 1, "en", date(2020, 6, 15))).events if e.type == kind]
    assert len(found) == 1, found
    return found[0]


def test_a_deed_told_in_a_relative_clause_is_not_of_the_governing_clauses_date() -> None:
    assert only("On 3 May police arrested the man who had shot Ana Berg.", "shooting").time is None
    assert only("On Monday police arrested the man who killed Ana Berg.", "killing").time is None
    arrest = only("On 3 May police arrested the man who had shot Ana Berg.", "arrest")
    assert arrest.time is not None and arrest.time.earliest == date(2020, 5, 3)


def test_a_deed_told_in_a_relative_clause_of_a_noun_apposed_to_a_person_is_not_of_the_clauses_date() -> None:
    text = "In 2015, the party chose Ana Berg, a democracy icon who was held in detention for years, to lead it."
    assert only(text, "detention").time is None
    text = "On 3 May police visited Ana Berg, a democracy icon who was detained by soldiers in Tarvik."
    assert only(text, "arrest").time is None


def test_a_relative_clause_of_place_or_in_the_progressive_tells_what_happened_then() -> None:
    killing = only("On 3 May soldiers raided the village where ten people were killed.", "killing")
    assert killing.time is not None and killing.time.earliest == date(2020, 5, 3)
    crossing = only("Police on Monday arrested three men who were trying to cross the border.", "border_crossing")
    assert crossing.time is not None and crossing.time.earliest == date(2020, 6, 15)


def test_a_relative_clause_of_a_noun_its_own_date_dates_tells_that_time() -> None:
    text = "The violence was like the December 2008 riots in Halmor, which broke out when police killed a teenager."
    killing = only(text, "killing")
    assert killing.time is not None and (killing.time.earliest, killing.time.latest) == (
        date(2008, 12, 1),
        date(2008, 12, 31),
    )


def test_a_relative_clause_of_an_event_or_in_a_dated_phrase_keeps_its_date() -> None:
    wounding = only("Vos was charged over the 1995 shooting of Dr. Hugh Short, who was wounded in the elbow.", "attack")
    assert wounding.time is not None and wounding.time.earliest.year == 1995
    killing = only(
        "Vos has been on the run since the January 1998 bombing of a clinic that killed an officer.", "killing"
    )
    assert killing.time is not None and killing.time.earliest == date(1998, 1, 1)


def test_a_clause_telling_that_an_event_took_place_dates_the_event() -> None:
    murder = only(
        "Vinn has been linked to Ardo Pell's murder, which happened in the embassy in Tarvo in October 2018.", "killing"
    )
    assert murder.time is not None and (murder.time.earliest, murder.time.latest) == (
        date(2018, 10, 1),
        date(2018, 10, 31),
    )
    raid = only("A boy was found in the house after the raid which took place on Friday.", "raid")
    assert raid.time is not None and raid.time.earliest == date(2020, 6, 12)


def test_an_event_a_clause_tells_took_place_is_asserted_whatever_the_phrase_around_it_wants() -> None:
    text = (
        "Deputy Lars Ode went to Vellby on 3 May to ask a woman about a shooting that had taken place the previous day."
    )
    shooting = only(text, "shooting")
    assert shooting.modality == "asserted"
    assert shooting.time is not None and shooting.time.earliest == date(2020, 5, 2)

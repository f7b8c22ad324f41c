"""A confession a call carries out, dated and placed by the call (tumen.extract.contact_acts,
chained_times.person_token), and a harm lived through told first-hand (attribution._undergoer). Invented
sentences (docs/extraction.md, "Speech acts a contact carries out", "One who lived through a harm")."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction

MEMOIR = "Pak Chol-ho's memoir of his years in Camp 9 appeared in 2012. "
UNTRUE = " The story he had told Moss was not entirely true."


def extraction(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2015, 2, 26)))


def recantations(x: Extraction) -> list[Event]:
    return [e for e in x.events if e.type == "recantation"]


def place_name(x: Extraction, event: Event) -> str | None:
    return next((e.name for e in x.entities if e.id == event.place), None)


def test_a_call_with_something_to_confess_is_the_confession_dated_and_placed_by_the_call() -> None:
    x = extraction(MEMOIR + "But in January, Pak called Dara Moss from Seoul with something to confess." + UNTRUE)
    [recantation] = recantations(x)
    assert recantation.modality == "asserted"
    assert recantation.time is not None
    assert (recantation.time.earliest, recantation.time.latest) == (date(2015, 1, 1), date(2015, 1, 31))
    assert place_name(x, recantation) == "Seoul"


def test_a_call_made_to_confess_is_the_confession() -> None:
    x = extraction(MEMOIR + "But in January, Pak phoned from Seoul to confess." + UNTRUE)
    [recantation] = recantations(x)
    assert recantation.modality == "asserted"
    assert place_name(x, recantation) == "Seoul"


def test_a_call_not_made_confesses_nothing() -> None:
    x = extraction(MEMOIR + "But in January, Pak did not call Dara Moss with something to confess." + UNTRUE)
    assert all(e.modality == "negated" for e in recantations(x))


def test_a_journey_to_confess_is_still_a_plan() -> None:
    x = extraction(MEMOIR + "But in January, Pak flew to Seoul to confess." + UNTRUE)
    assert all(e.modality == "planned" for e in recantations(x))


def test_one_who_endured_a_harm_is_its_witness() -> None:
    x = extraction(MEMOIR + "He endured hunger and torture.")
    pak = next(e for e in x.entities if e.name == "Pak Chol-ho")
    [torture] = [e for e in x.events if e.type == "torture"]
    assert torture.evidence[0].witness == pak.id


def test_one_who_suffered_no_harm_is_no_witness() -> None:
    x = extraction("Mira Sol suffered heavy losses in 2019, and police arrested her.")
    [arrest] = [e for e in x.events if e.type == "arrest"]
    assert arrest.evidence[0].witness is None

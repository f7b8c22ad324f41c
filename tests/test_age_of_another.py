"""An age a "when" clause gives someone who takes no part in the event dates it from that person's birth and is
no age of the victim (docs/extraction.md, "Story time"), on invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def _extract(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2019, 5, 1)))


def test_her_age_dates_her_fathers_arrest() -> None:
    x = _extract("Kim Ok-ran was born in 1985. When she was 19, her father was taken away by the police.")
    [arrest] = [e for e in x.events if e.type == "arrest"]
    assert "victim_age" not in arrest.attributes  # the father was not 19
    assert arrest.time is not None and arrest.time.earliest.year == 2004 and arrest.time_basis == "from_age"


def test_an_age_beside_the_name_dates_it_too_and_the_story_date_does_not() -> None:
    x = _extract("Kim Ok-ran, 34, fled in 2010. When she was 19, her father was taken away by the police.")
    [arrest] = [e for e in x.events if e.type == "arrest"]
    assert arrest.time is not None and arrest.time.earliest.year in (2003, 2004) and arrest.time.latest.year <= 2005


def test_the_victims_own_age_stays_the_victims() -> None:
    x = _extract("Ri Chol-su was born in 1990. When he was 15, Ri Chol-su was sent to a labour camp.")
    [detention] = [e for e in x.events if e.type == "detention"]
    assert detention.attributes.get("victim_age") == 15 and "age_of" not in detention.attributes

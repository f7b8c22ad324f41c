"""Time elapsed to the report and release into a safe country (docs/extraction.md, "Story time", "Word
senses"), on invented sentences: "In the N years since" dates the undated past events of the sentence before
N years before publication (that calendar year); "released to South Korea" is a release and an arrival."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction

PUBLISHED = date(2016, 10, 16)


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", PUBLISHED))


def test_the_years_since_date_the_events_told_before() -> None:
    x = run("Eventually Kim Mi-ok was freed by the guards. In the 11 years since, Kim has become a journalist.")
    [release] = [e for e in x.events if e.type == "release"]
    assert release.time is not None and (release.time.earliest, release.time.latest) == (
        date(2005, 1, 1),
        date(2005, 12, 31),
    )
    assert release.time_basis == "publication" and release.time_evidence is not None
    assert release.time_evidence.text == "In the 11 years since"


def test_years_since_something_named_is_not_the_elapsed_time() -> None:
    x = run("Kim Mi-ok was freed by the guards. In the 11 years since her arrest, Kim has become a journalist.")
    [release] = [e for e in x.events if e.type == "release"]
    assert release.time is None


def test_released_to_a_safe_country_is_a_release_and_an_arrival() -> None:
    x = run("In 2003 Kim Mi-ok was released to South Korea.")
    assert sorted(e.type for e in x.events) == ["release", "resettlement"]
    x = run("In 2003 Kim Mi-ok was released from the camp.")
    assert [e.type for e in x.events] == ["release"]

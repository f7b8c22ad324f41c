"""A journey a broker is paid or hired to arrange is the payer's (tumen.extract.purpose_clauses). Invented text."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def crossers(text: str) -> list[list[str | None]]:
    extraction = extract(Source(text, 1, "en", date(2020, 8, 10)))
    names = {e.id: e.name for e in extraction.entities}
    return [
        [names.get(p.entity) for p in event.participants if p.role == "subject"]
        for event in extraction.events
        if event.type == "border_crossing"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ri Su-ok paid a broker 2,000 dollars in 2012 to arrange the escape.",
        "Ri Su-ok hired a smuggler in 2012 to organise the crossing.",
    ],
)
def test_the_arranged_journey_is_the_payers(text: str) -> None:
    assert crossers(text) == [["Ri Su-ok"]]


def test_a_journey_of_someone_else_stays_theirs() -> None:
    found = crossers("Ri Su-ok paid a broker in 2012 to arrange the escape of Pak Chol.")
    assert found == [["Pak Chol"]]

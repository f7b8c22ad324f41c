"""One taken over a border or into a country crosses it; one taken back to North Korea is sent back
(docs/extraction.md, "Word senses"), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def _events(text: str) -> list[tuple[str, list[str | None]]]:
    x = extract(Source(text, 1, "en", date(2015, 1, 1)))
    return [(e.type, sorted(x.entity(p.entity).label for p in e.participants)) for e in x.events]


@pytest.mark.parametrize(
    "text",
    ["In 2008 a broker took Ana Ruiz across the Mekong to Thailand.", "In 2004 a smuggler took Ana Ruiz to China."],
)
def test_taken_across_is_a_crossing(text: str) -> None:
    [(kind, who)] = _events(text)
    assert kind == "border_crossing" and "Ana Ruiz" in who


@pytest.mark.parametrize(
    "text",
    [
        "Police took Ana Ruiz to the police station in 2004.",
        "In 2004 a smuggler took the money across the river.",
        "Her brother took Ana Ruiz back home in 2004.",
    ],
)
def test_other_takings_are_no_crossing(text: str) -> None:
    assert not [k for k, _who in _events(text) if k in ("border_crossing", "forced_repatriation")]


def test_taken_back_to_north_korea_is_sent_back() -> None:
    found = _events("Chinese police caught Ana Ruiz in 2004 and took her back to North Korea.")
    assert ("forced_repatriation", ["Ana Ruiz", "China"]) in found

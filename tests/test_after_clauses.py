"""An event told "after" another event its sentence dates takes the time from that event on (docs/extraction.md,
"Story time"), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


@pytest.mark.parametrize(
    "text",
    [
        "Kim Ok-ran was beaten by guards after she was repatriated in 2013.",
        "Kim Ok-ran was beaten by guards after being repatriated in 2013.",
    ],
)
def test_after_a_dated_clause(text: str) -> None:
    x = extract(Source(text, 1, "en", date(2016, 1, 1)))
    [beating] = [e for e in x.events if e.type == "ill_treatment"]
    assert beating.time is not None and beating.time.earliest == date(2013, 1, 1)
    assert beating.time_basis == "inherited"


def test_a_clause_without_a_date_gives_none() -> None:
    x = extract(Source("Kim Ok-ran was beaten by guards after she was repatriated.", 1, "en", date(2016, 1, 1)))
    [beating] = [e for e in x.events if e.type == "ill_treatment"]
    assert beating.time is None or beating.time.earliest.year == 2016

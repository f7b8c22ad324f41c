"""A passive told participle first ("Also arrested were two missionaries"): the ones after the auxiliary are the
ones it was done to (docs/extraction.md, participants). Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract


def victims(text: str, kind: str) -> list[str]:
    x = extract(Source(text, 1, "en", date(2021, 6, 1)))
    return [
        x.entity(p.entity).name or "" for e in x.events if e.type == kind for p in e.participants if p.role == "victim"
    ]


def test_the_ones_after_the_auxiliary_are_the_ones_arrested() -> None:
    assert "John Reed" in victims("Also arrested were two American missionaries, John Reed and Paul Stone.", "arrest")


def test_a_place_before_the_auxiliary_does_not_stop_it() -> None:
    assert "Lena Varga" in victims("Arrested in the raid were the lawyer Lena Varga and her assistant.", "arrest")

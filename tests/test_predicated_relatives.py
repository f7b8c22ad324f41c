"""A relative clause on the complement of "be" tells of the copula's subject: "Choi is a mother who escaped"
(docs/extraction.md, "Who did it"), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def _who(text: str, kind: str) -> list[str | None]:
    x = extract(Source(text, 1, "en", date(2018, 1, 1)))
    return [x.entity(p.entity).label for e in x.events if e.type == kind for p in e.participants]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Choi Mi-ran is a mother who escaped North Korea in 2011.", "border_crossing"),
        ("Ana Ruiz is a lawyer who was arrested in Tarvik in May.", "arrest"),
    ],
)
def test_the_subject_of_be_did_it(text: str, kind: str) -> None:
    assert _who(text, kind)[:1] == [text.split(" is ")[0]]


def test_not_when_the_copula_is_negated() -> None:
    assert "Ana Ruiz" not in _who("Ana Ruiz is not a lawyer who was arrested in Tarvik in May.", "arrest")

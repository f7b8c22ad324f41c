"""A "that" clause in the subjunctive tells what is proposed, not what was done (docs/extraction.md, "Modality"),
on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def _moods(text: str, kind: str) -> list[str]:
    x = extract(Source(text, 1, "en", date(2020, 6, 1)))
    return [e.modality for e in x.events if e.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "The agency offered two options: that the family in Holm take Ana Ruiz to Thailand, or that she stay.",
        "Two options remained: that the family in Holm take Ana Ruiz to Thailand, or that she stay in Holm.",
    ],
)
def test_a_proposal_is_no_crossing_done(text: str) -> None:
    [mood] = _moods(text, "border_crossing")
    assert mood in ("hypothetical", "offered")  # an option offered: what kind of wish, the word before says


def test_a_that_clause_in_the_indicative_is_told() -> None:
    assert _moods("Her lawyer said that a smuggler took Ana Ruiz to Thailand in May.", "border_crossing") == [
        "asserted"
    ]


def test_a_request_that_says_what_kind_of_wish() -> None:
    text = "Officials granted the mother's request that her son Tomas Berg be sent back to Norland."
    assert _moods(text, "forced_repatriation") == ["demanded"]

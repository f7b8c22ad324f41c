"""A plural event noun after the "in" of a noun of change in number — "a surge in apprehensions", "an increase in
killings" — is a statistic, whatever time is told (tumen.extract.genericity._trend, `trend_nouns` in
data/events.yaml). Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The case came after a surge in apprehensions earlier this year.", "arrest"),
        ("There has been an increase in killings in Tarvik since May.", "killing"),
        ("Police reported a sharp drop in kidnappings in Tarvik in 2019.", "abduction"),
    ],
)
def test_a_rise_or_fall_in_events_is_a_statistic(text: str, kind: str) -> None:
    extraction = run(text)
    assert not [e for e in extraction.events if e.type == kind]
    assert [a for a in extraction.aggregates if a.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "A rise in arrests of the journalists Karl Vos and Ana Cruz followed in May.",
        "Prices rose after the arrests in Tarvik on Monday.",
    ],
)
def test_arrests_of_someone_or_not_under_a_noun_of_change_are_told(text: str) -> None:
    assert [e for e in run(text).events if e.type == "arrest"]

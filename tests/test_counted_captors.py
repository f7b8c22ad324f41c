"""Men told only by their number are doers outside the law: an arrest by them is an abduction, also when the verb
shares its subject with the verbs before it (tumen.extract.captivity, ``captors: counts, counted_heads``).
Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


@pytest.mark.parametrize(
    "sentence",
    [
        "Three men took Karl Vos away from his home in Tarvik.",
        "Another car forced the taxi to stop, several men jumped out, pulled Karl Vos out of the taxi and took him "
        "away, his sister said.",
    ],
)
def test_men_told_only_by_their_number_abduct(sentence: str) -> None:
    types = [e.type for e in run(sentence).events if e.type in ("arrest", "abduction")]
    assert types == ["abduction"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Three police officers took Karl Vos away from his home in Tarvik.",
        "In Tarvik at least eight people reporting on the protests were threatened, arrested or jailed.",
    ],
)
def test_officers_or_counted_people_undergoing_it_stay_an_arrest(sentence: str) -> None:
    assert "abduction" not in [e.type for e in run(sentence).events]

"""An American state keeps its name from a town of another state or country (docs/extraction.md, "Places and
routes"). Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run
from tumen.extract import places


def kinds(sentence: str) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.kind, e.place_kind) for e in run(sentence).entities}


@pytest.mark.parametrize("state", ["Oregon", "Wyoming", "Florida", "Delaware"])
def test_an_american_state_keeps_its_name_from_a_town_of_another_state(state: str) -> None:
    # GeoNames has a town "Oregon" in Ohio and a town "Florida" in Uruguay: the name is the state's
    assert places.lookup(state) is not None and places.lookup(state).kind == "province"  # type: ignore[union-attr]


def test_a_state_named_with_its_towns_is_a_province() -> None:
    found = kinds("Marla Dunst was arrested in Salem, Oregon, on Friday after a march in Portland.")
    assert found["Oregon"] == ("place", "province")

"""Places' kinds beyond the name finder's tag (docs/extraction.md, "Places and routes"): an American state keeps its
name from a town of another state or country, a name both a country and a state is read by the document's other
places, a name ending in an organisation's word is an organisation's, and a word without a capital or a title's
abbreviation is no place. Invented sentences."""

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


def test_a_country_name_that_is_a_state_beside_the_states_towns_is_the_state() -> None:
    found = kinds("A judge in Atlanta sentenced Corwin Hale on Friday. Georgia law requires a unanimous jury.")
    assert found["Georgia"] == ("place", "province")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police in Tbilisi detained Nika Berdze on Friday. Georgia has seen large protests.",
        "A judge in Atlanta heard that Nika Berdze fled to Armenia and then to Georgia.",
    ],
)
def test_a_country_name_beside_its_own_places_or_other_countries_stays_the_country(sentence: str) -> None:
    assert kinds(sentence)["Georgia"] == ("place", "country")


def test_a_name_ending_in_an_organisations_word_is_no_place() -> None:
    found = kinds("The explosion occurred at a Pacific Coast Bank branch office in the town of Denton.")
    assert found["Pacific Coast Bank"] == ("organization", None)
    assert kinds("Soldiers detained Samir Odeh in the West Bank on Monday.")["West Bank"][0] == "place"


def test_a_word_without_a_capital_is_no_place() -> None:
    found = kinds("In addition to looking great in a tux, the 40-year-old Jaxon Trell has hosted shows.")
    assert "tux" not in found


def test_a_titles_abbreviation_before_a_name_is_no_place() -> None:
    found = kinds("CNA spoke with Msgr. Carlo Benvoli of the diocese on Monday.")
    assert "Msgr" not in found

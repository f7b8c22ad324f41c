"""benchmarks/hrdsattack_countries.py: one spelling per state when scoring countries, and the country of the
places tumen found when an article names no country. Invented values and sentences."""

from __future__ import annotations

from datetime import date

from hrdsattack_countries import country_of_places, same_country

from tumen.extract.document import Source, extract


def test_spellings_of_one_state_compare_equal() -> None:
    assert same_country("united states of america") == same_country("usa") == same_country("us")
    assert same_country("people's republic of china") == same_country("china")


def test_close_misspellings_and_demonyms_take_their_country_but_distinct_countries_stay_apart() -> None:
    assert same_country("nigeia") == same_country("nigeria")
    assert same_country("yemeni") == same_country("yemen")
    assert same_country("niger") != same_country("nigeria")
    assert same_country("austria") != same_country("australia")
    assert same_country(None) is None


def test_an_article_naming_only_cities_gets_their_country() -> None:
    text = "Police arrested the blogger Tunde Adeyemi in Lagos on Monday. He was later moved to Abuja."
    extraction = extract(Source(text, 1, "en", date(2024, 3, 1)))
    assert country_of_places(extraction) == "Nigeria"
    assert country_of_places(extract(Source("Police arrested a blogger.", 2, "en", date(2024, 3, 1)))) is None

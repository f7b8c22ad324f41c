"""The article's country and city in the HRDsAttack benchmark (benchmarks/hrdsattack.py), on invented places."""

from __future__ import annotations

from typing import Any

import hrdsattack as hb
from hrdsattack_countries import same_country


def test_places_most_mentioned_country_and_first_city() -> None:
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def place(name: str, kind: str, *starts: int) -> Any:
        spans = [SimpleNamespace(start=s) for s in starts]
        return SimpleNamespace(id=name, kind="place", name=name, place_kind=kind, mentions=spans)

    entities = [
        place("Kampala", "city", 0),
        place("Uganda", "country", 10, 50),
        place("US", "country", 20),
        place("United States", "country", 30),
        place("U.S", "city", 5),  # a country's name tagged a city is not the city
        place("Kenya", "country", 40),
    ]
    extraction = SimpleNamespace(entities=entities)
    found = hb.article_places(extraction, [], {e.id: e for e in entities}, mapping)
    # Uganda and the United States (US + United States) have two mentions each: the first mentioned wins
    assert found == {"country": "Uganda", "region": None, "city": "Kampala"}
    entities[2].mentions.append(SimpleNamespace(start=60))
    assert hb.article_places(extraction, [], {e.id: e for e in entities}, mapping)["country"] == "USA"
    # a territory that is one city is the city (and its state the country)
    entities = [place("Hong Kong", "country", 0, 30), place("Beijing", "city", 10)]
    found = hb.article_places(SimpleNamespace(entities=entities), [], {e.id: e for e in entities}, mapping)
    assert (found["city"], found["country"]) == ("Hong Kong", "China")


def test_the_city_of_a_dateline_is_the_article_city() -> None:
    """ "MOMBASA, Kenya (Reuters) - ..." names the city before any place of the text; headings are no dateline."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    first = [SimpleNamespace(start=0)]
    kisumu = SimpleNamespace(id="l1", kind="place", name="Kisumu", place_kind="city", mentions=first)
    extraction = SimpleNamespace(entities=[kisumu], events=[], relations=[])
    text = (
        "Reporters held in Kisumu\nFILE PHOTO: A street at night.\nUPDATE: the two were freed.\n"
        "MOMBASA, Kenya (Reuters) - Police arrested two reporters on Tuesday, their editor said."
    )
    assert hb.dateline_city(text, extraction, mapping) == "Mombasa"
    assert hb.dateline_city("NAIROBI, Oct. 3 (Reuters) -- Two activists were held.", extraction, mapping) == "Nairobi"
    assert hb.dateline_city("HONG KONG — Police detained a unionist.", extraction, mapping) == "Hong Kong"
    assert hb.dateline_city("VERDICT: the claim is false.", extraction, mapping) is None
    assert hb.dateline_city("KENYA: Police detained a unionist.", extraction, mapping) is None  # a country
    assert hb.predict(extraction, None, mapping, text)["city"] == "Mombasa"
    assert hb.predict(extraction, None, mapping)["city"] == "Kisumu"  # no text: the first city mentioned


def test_the_first_city_the_gazetteer_knows_goes_before_an_unknown_one() -> None:
    """A name the parser tagged a place and no gazetteer knows ("Quillborne", often a person or a word) is the
    city only when no known city is named."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def place(name: str, start: int) -> Any:
        return SimpleNamespace(
            id=name, kind="place", name=name, place_kind="city", mentions=[SimpleNamespace(start=start)]
        )

    entities = [place("Quillborne", 0), place("Mombasa", 10), place("Nairobi", 20)]
    found = hb.article_places(SimpleNamespace(entities=entities), [], {e.id: e for e in entities}, mapping)
    assert found["city"] == "Mombasa"
    found = hb.article_places(SimpleNamespace(entities=entities[:1]), [], {"Quillborne": entities[0]}, mapping)
    assert found["city"] == "Quillborne"
    # a known city in the article's country before a known city elsewhere named first
    italy = SimpleNamespace(id="Italy", kind="place", name="Italy", place_kind="country", mentions=[])
    italy.mentions = [SimpleNamespace(start=s) for s in (30, 40, 50)]
    entities = [place("Hamburg", 0), place("Milan", 10), italy]
    found = hb.article_places(SimpleNamespace(entities=entities), [], {e.id: e for e in entities}, mapping)
    assert (found["country"], found["city"]) == ("Italy", "Milan")


def test_the_country_counts_the_mentions_of_its_places() -> None:
    """A report about Ravenna that names Italy once and Germany twice (for a visit) is about Italy."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def place(name: str, kind: str, *starts: int) -> Any:
        spans = [SimpleNamespace(start=s) for s in starts]
        return SimpleNamespace(id=name, kind="place", name=name, place_kind=kind, mentions=spans)

    entities = [place("Germany", "country", 0, 40), place("Ravenna", "city", 10, 30), place("Italy", "country", 20)]
    found = hb.article_places(SimpleNamespace(entities=entities), [], {e.id: e for e in entities}, mapping)
    assert found["country"] == "Italy"
    assert same_country("Palestinian Territory") == same_country("Palestine")  # GeoNames' name for it


def test_a_united_kingdom_whose_places_lie_in_one_nation_is_that_nation() -> None:
    """The annotators write a report about Glasgow as "Scotland", one about Cardiff and Swansea as "Wales"; a
    report naming only Britain stays the United Kingdom."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def place(name: str, kind: str, *starts: int) -> Any:
        spans = [SimpleNamespace(start=s) for s in starts]
        return SimpleNamespace(id=name, kind="place", name=name, place_kind=kind, mentions=spans)

    def country(*entities: Any) -> str:
        return str(
            hb.article_places(SimpleNamespace(entities=entities), [], {e.id: e for e in entities}, mapping)["country"]
        )

    assert country(place("Britain", "country", 0), place("Glasgow", "city", 10, 30)) == "Scotland"
    assert country(place("Cardiff", "city", 0), place("Swansea", "city", 10), place("London", "city", 20)) == "Wales"
    assert country(place("Britain", "country", 0, 20)) == "United Kingdom"

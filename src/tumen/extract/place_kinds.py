"""Places' kinds read beyond the name finder's tag (docs/extraction.md, "Places and routes"). A tagged place that is
no name (a word without a capital, a title's abbreviation) is dropped; a name of two words or more ending in an
organisation's word ("Pacific Coast Bank") is an organisation's. A name that is both a country and a first-level
unit of another country ("Georgia", a country and an American state) is the unit where the document names other
places of the unit's country (its towns, counties, states) and none of the country of that name, nor any other
country ("refugees in Cameroon, Chad and Niger" beside Nigeria's towns are in the country Niger, not Nigeria's
Niger State).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract import places
from tumen.extract.place_nouns import read_place_nouns
from tumen.extract.vocab import load

# Places of the unit's country the document must name (distinct names, not countries) to read the name as the unit.
UNIT_EVIDENCE = 1


def settle_place_kinds(mentions: list[Any], text: str = "") -> None:
    """Drop the name finder's places that are no names, make organisations of organisations' names, and read a
    country's name as the first-level unit of the same name where the document's places say so."""
    mentions[:] = [m for m in mentions if not (m.kind == "place" and _no_name(m, mentions, text))]
    read_place_nouns(mentions, text)  # "the eastern city of Dravik", "Toma village"
    for mention in mentions:
        if mention.kind == "place" and mention.label in ("GPE", "LOC", "FAC") and _organisation_name(mention.text):
            mention.kind, mention.place_kind = "organization", None  # "a Harlow Valley Bank branch"
    named = [m for m in mentions if m.kind == "place"]
    for mention in named:
        if mention.place_kind != "country" or (unit := places.unit_country(mention.text)) is None:
            continue
        own = places.country_code(mention.text)
        others = {m.canonical or m.text for m in named if places.fold(m.text) != places.fold(mention.text)}
        around = [(name, places.country_around(name), places.lookup(name)) for name in others]
        if any(
            country == own or (known and known.kind == "country" and country != unit) for _n, country, known in around
        ):
            continue  # Tbilisi, or another country ("Cameroon, Chad and Niger"): the country
        inside = {name for name, country, known in around if country == unit and known and known.kind != "country"}
        if len(inside) >= UNIT_EVIDENCE:
            mention.place_kind = "province"


@cache
def _organisation_endings() -> frozenset[str]:
    kinds = load("organisations.yaml")
    return frozenset([*load("places.yaml")["organisation_endings"], *kinds["company_endings"], *kinds["name_endings"]])


def _organisation_name(name: str) -> bool:
    """A name of two words or more ending in an organisation's word, unless the gazetteer knows it or it names the
    land beside a river ("West Bank")."""
    words = name.split()
    if len(words) < 2 or words[-1] not in _organisation_endings() or places.lookup(name) is not None:
        return False
    return not (len(words) == 2 and words[0] in load("places.yaml")["compass_words"])


def _no_name(mention: Any, mentions: list[Any], text: str) -> bool:
    """A place the name finder tagged that is no name of a place: a word without a capital ("in a tux"), or a
    one-word abbreviation with its dot right before a person's name ("Msgr. Ana Vale": a title) — unless the
    gazetteer knows it ("paris" in a web address)."""
    if mention.label not in ("GPE", "LOC", "FAC") or places.lookup(mention.text) is not None:
        return False
    if not any(ch.isupper() for ch in mention.text):
        return True
    dotted = text[mention.end : mention.end + 2] == ". " and " " not in mention.text
    return dotted and any(m.kind == "person" and m.start == mention.end + 2 for m in mentions)

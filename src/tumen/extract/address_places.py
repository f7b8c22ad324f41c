"""Places written as in an address (docs/extraction.md, "Places and routes"): "Town, State", "Street, Town".

A news agency's abbreviation of a state: "Van Nuys, Calif., thrift", "a Kalamazoo, Mich.-based bank" name the states
California and Michigan (``us_state_abbreviations`` in ``data/places.yaml``), not towns called "Calif" and "Mich".
An abbreviation counts only with its dots, right after a capitalised town and a comma: "Ill", "Mass" or "Wash" alone
are words. A name the gazetteer lacks is a town, not a person, where an address puts it: before a comma and a
province, region or country ("Merthyr Tydfil, South Wales, …", "in Halvorsen, Ohio.") or after a street and a comma
("of Newton Street, Millom was arrested")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

from tumen.extract.gender import is_given_name
from tumen.extract.vocab import load

M = TypeVar("M")


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {str(k): str(v) for k, v in load("places.yaml")["us_state_abbreviations"].items()}
    names = "|".join(re.escape(a[:-1]) for a in sorted(table, key=len, reverse=True))
    pattern = re.compile(r"(?<=[a-z], )(?:" + names + r")\.(?=[\s,;:)\-'’\"]|$)")
    return pattern, table


def abbreviated_states(text: str, make: Callable[..., M]) -> list[M]:
    """The states a town's abbreviation names, as places of kind province under the state's name (the dot that
    ends the abbreviation left out, as the name finder leaves it)."""
    pattern, table = _pattern()
    return [
        make(m.start(), m.end() - 1, m.group(0)[:-1], "place", "ABBREVIATION", "province", None, table[m.group(0)])
        for m in pattern.finditer(text)
        if _TOWN.search(text, max(0, m.start() - 40), m.start())
    ]


_TOWN = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*, $")  # "Van Nuys, ", "Winston-Salem, "


REGION_KINDS = ("province", "region", "country")
STREETS = re.compile(r"\b(?:Street|Road|Avenue|Lane|Drive|Close|Terrace|Crescent)$")


def towns_of_addresses(text: str, mentions: list[Any]) -> None:
    """Make a town of a person mention that an address places (in place): a name before ", " and a province,
    region or country that ends its phrase, or after a street's name and ", ". Not a name with a title or that
    opens with a given name ("Tomas Berk, Ohio" may list a person with a state)."""
    starts = {m.start: m for m in mentions if m.kind == "place"}
    ends = {m.end: m for m in mentions if m.kind == "place"}
    for m in mentions:
        if m.kind != "person" or m.title or is_given_name(m.text.split()[0]):
            continue
        after = starts.get(m.end + 2) if text[m.end : m.end + 2] == ", " else None
        before = ends.get(m.start - 2) if text[max(0, m.start - 2) : m.start] == ", " else None
        region = after is not None and after.place_kind in REGION_KINDS and _ENDS_PHRASE.match(text, after.end)
        if region or (before is not None and STREETS.search(before.text)):
            m.kind, m.label, m.place_kind = "place", "TOWN", "city"


_ENDS_PHRASE = re.compile(r"[,.;:)\n]|$")

"""Organisations and places across documents: one entity per normalised name or known alias.

A name is filed under the canonical name ``place_aliases.yaml`` or ``korean_facilities.yaml`` gives
it (DPRK -> North Korea, DMZ -> Demilitarized Zone, HRW -> Human Rights Watch); a name written with
its acronym ("Human Rights Watch (HRW)", "HRW (Human Rights Watch)") is filed under the expansion,
so an acronym and its expansion are one organisation.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache, lru_cache

from tumen.extract.vocab import load
from tumen.resolve.keys import normal_name

_SMALL_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "to", "&"})


@cache
def _aliases() -> dict[str, str]:
    table: dict[str, list[str]] = load("place_aliases.yaml")
    index: dict[str, str] = {}
    for item in load("korean_facilities.yaml")["facilities"]:
        for alias in [item["name"], *(item.get("aliases") or [])]:
            index[normal_name(str(alias))] = str(item["name"])
    for canonical, aliases in table.items():  # the alias table has the last word
        index[normal_name(canonical)] = canonical
        for alias in aliases:
            index[normal_name(alias)] = canonical
    return index


def initials(name: str) -> str:
    """ "Human Rights Watch" -> "HRW" (small words left out)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _SMALL_WORDS]
    return "".join(w[0] for w in words).upper()


def _without_acronym(name: str) -> str:
    """ "Human Rights Watch (HRW)" and "HRW (Human Rights Watch)" -> "Human Rights Watch"."""
    match = re.fullmatch(r"\s*(.+?)\s*\(\s*(.+?)\s*\)\s*", name)
    if match is None:
        return name
    left, right = match.groups()
    if re.fullmatch(r"[A-Z][A-Za-z&.]{1,9}", right) and initials(left) == right.replace(".", "").upper():
        return left
    if re.fullmatch(r"[A-Z][A-Za-z&.]{1,9}", left) and initials(right) == left.replace(".", "").upper():
        return right
    return name


def canonical(name: str) -> str:
    """The name a place or organisation is filed under: 북한, DPRK, the North -> North Korea."""
    name = _without_acronym(name)
    return _aliases().get(normal_name(name), " ".join(name.split()))


@lru_cache(maxsize=8192)  # an update asks for the same few names thousands of times
def entity_id(kind: str, name: str) -> str:
    prefix = {"organization": "O", "place": "L", "group": "G"}[kind]
    return prefix + hashlib.sha1(normal_name(canonical(name)).encode()).hexdigest()[:8]


@cache
def _containers() -> dict[str, frozenset[str]]:
    """Place id -> the ids of the places it lies within (``within`` in ``korean_facilities.yaml``, transitively)."""
    parent = {
        entity_id("place", str(item["name"])): entity_id("place", str(item["within"]))
        for item in load("korean_facilities.yaml")["facilities"]
        if item.get("within")
    }
    found: dict[str, frozenset[str]] = {}
    for place in parent:
        outer: list[str] = []
        step = parent.get(place)
        while step is not None and step not in outer and step != place:
            outer.append(step)
            step = parent.get(step)
        found[place] = frozenset(outer)
    return found


def within(inner: str, outer: str) -> bool:
    """Whether place ``inner`` lies inside place ``outer`` (ids): Panmunjom in the demilitarised zone."""
    return outer in _containers().get(inner, ())


def nested(a: str, b: str) -> bool:
    """One place, or one inside the other: a crossing at Panmunjom is a crossing of the DMZ told more precisely."""
    return a == b or within(a, b) or within(b, a)


def related(place: str) -> frozenset[str]:
    """The place, the places it lies within and the places inside it: those it is :func:`nested` with."""
    inner = {p for p, outer in _containers().items() if place in outer}
    return frozenset({place, *_containers().get(place, ()), *inner})

"""Organisations and places across documents: one entity per normalised name or known alias."""

from __future__ import annotations

import hashlib
from functools import cache

from tumen.extract.vocab import load
from tumen.resolve.keys import normal_name


@cache
def _aliases() -> dict[str, str]:
    table: dict[str, list[str]] = load("place_aliases.yaml")
    index = {}
    for canonical, aliases in table.items():
        index[normal_name(canonical)] = canonical
        for alias in aliases:
            index[normal_name(alias)] = canonical
    return index


def canonical(name: str) -> str:
    """The name a place or organisation is filed under: 북한, DPRK, the North -> North Korea."""
    return _aliases().get(normal_name(name), " ".join(name.split()))


def entity_id(kind: str, name: str) -> str:
    prefix = {"organization": "O", "place": "L", "group": "G"}[kind]
    return prefix + hashlib.sha1(normal_name(canonical(name)).encode()).hexdigest()[:8]

"""A ship is named with the prefix of its kind: "MV Kestrel", "INS Korvan", "HMS Arden" (``vessel_prefixes`` of
``data/places.yaml``). Such a name is no person's or organisation's: the ship is a place people are on, held or
rescued from (a place of kind facility)."""

from __future__ import annotations

from functools import cache

from tumen.extract.vocab import load


@cache
def _prefixes() -> frozenset[str]:
    return frozenset(str(w) for w in load("places.yaml").get("vessel_prefixes") or [])


def is_vessel(name: str) -> bool:
    """Whether a name of two words or more opens with a ship's prefix ("MV Kestrel"; not "MV" alone)."""
    words = name.split()
    return len(words) >= 2 and words[0].rstrip(".") in _prefixes()

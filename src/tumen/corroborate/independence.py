"""Which documents are not independent of each other: wire copies and relays.

Near-duplicates are found with MinHash over word 5-shingles (:func:`_shingles`) and LSH bands
(:mod:`tumen.corroborate.copies`), so the cost stays near-linear in the number of documents; a document that
says it relays another outlet ("told Seoul Wire", "according to Seoul Wire", "연합뉴스에 따르면") depends on that
outlet's earlier reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tumen.corroborate import credits

SHINGLE = 5


@dataclass(frozen=True)
class DocInfo:
    id: int
    outlet: str | None
    text: str
    published_ordinal: int | None = None


def _shingles(text: str) -> set[bytes]:
    words = re.findall(r"\w+", text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def relays(documents: list[DocInfo]) -> list[tuple[int, int]]:
    """(relaying document, relayed document) pairs: a text crediting another outlet of the corpus (by any
    of its names, :mod:`tumen.corroborate.credits`), relaying that outlet's reports published no later and at
    most :data:`~tumen.corroborate.credits.RELAY_DAYS` before it."""
    by_key: dict[str, list[DocInfo]] = {}
    for doc in documents:
        if doc.outlet:
            by_key.setdefault(credits.outlet_key(doc.outlet), []).append(doc)
    outlets = sorted({doc.outlet for doc in documents if doc.outlet})
    found: list[tuple[int, int]] = []
    for doc in documents:
        own = credits.outlet_key(doc.outlet) if doc.outlet else None
        cited = credits.credited(doc.text, outlets) | (credits.origins(doc.outlet) if doc.outlet else set())
        for key in sorted(cited - {own}):
            for source in by_key.get(key, []):
                earlier = (
                    source.published_ordinal is None
                    or doc.published_ordinal is None
                    or 0 <= doc.published_ordinal - source.published_ordinal <= credits.RELAY_DAYS
                )
                if earlier:
                    found.append((doc.id, source.id))
    return found

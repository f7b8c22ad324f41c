"""Which documents are not independent of each other: wire copies and relays.

Near-duplicates are found with MinHash over word 5-shingles and LSH (datasketch), so
the cost stays near-linear in the number of documents; a document that says it relays
another outlet ("told Seoul Wire", "according to Seoul Wire") depends on that outlet's
earlier reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
THRESHOLD = 0.5
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


def near_duplicates(documents: Iterable[DocInfo]) -> list[tuple[int, int, float]]:
    """Pairs of documents whose texts are near-copies, with their estimated Jaccard similarity."""
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    hashes: dict[int, MinHash] = {}
    pairs: list[tuple[int, int, float]] = []
    for doc in documents:
        minhash = MinHash(num_perm=NUM_PERM)
        minhash.update_batch(list(_shingles(doc.text)))
        for other in lsh.query(minhash):
            similarity = minhash.jaccard(hashes[other])
            if similarity >= THRESHOLD:
                pairs.append((min(other, doc.id), max(other, doc.id), similarity))
        lsh.insert(doc.id, minhash)
        hashes[doc.id] = minhash
    return pairs


def relays(documents: list[DocInfo]) -> list[tuple[int, int]]:
    """(relaying document, relayed document) pairs: a text crediting another outlet of the corpus."""
    by_outlet: dict[str, list[DocInfo]] = {}
    for doc in documents:
        if doc.outlet:
            by_outlet.setdefault(doc.outlet, []).append(doc)
    found: list[tuple[int, int]] = []
    for outlet, sources in by_outlet.items():
        name = re.escape(outlet)
        pattern = re.compile(
            rf"(?:told|according to|reported by|citing|cited by|quoted by|interview with)\s+(?:the\s+)?{name}"
            rf"|{name}\s+(?:reported|said|wrote|quoted)",
            re.IGNORECASE,
        )
        for doc in documents:
            if doc.outlet == outlet or not pattern.search(doc.text):
                continue
            for source in sources:
                earlier = (
                    source.published_ordinal is None
                    or doc.published_ordinal is None
                    or source.published_ordinal <= doc.published_ordinal
                )
                if earlier:
                    found.append((doc.id, source.id))
    return found

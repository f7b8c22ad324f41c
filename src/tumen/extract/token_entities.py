"""The entity of each token of a document at once: what ``Grouping.entity_at`` answers for the token's characters.

Many steps ask which entity a word belongs to, word after word; asked one by one, each question builds the token's
text and a key and searches the spans. Here the spans (in the grouping's index, sorted by start) are laid over the
tokens' character offsets once: a span covers the tokens from the first that ends after its start to the last that
starts before its end, and a token covered by several spans gets the one first in list order, as ``entity_at``
answers.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from tumen.extract.doc_memo import kept_with


def entity_table(doc: Any, index: list[tuple[int, int, int, str]]) -> list[str | None]:
    """For each token of ``doc``, the id of the first span (in list order: the third field) of ``index`` (start, end,
    list position, entity id) that overlaps the token's characters, or None."""
    starts, ends = _offsets(doc)
    best: list[tuple[int, str] | None] = [None] * len(starts)
    for start, end, position, entity_id in index:
        for token in range(bisect_right(ends, start), bisect_left(starts, end)):
            known = best[token]
            if known is None or position < known[0]:
                best[token] = (position, entity_id)
    return [found[1] if found is not None else None for found in best]


def _offsets(doc: Any) -> tuple[list[int], list[int]]:
    """Where each token of ``doc`` starts and ends (characters), read once per document: the table is built anew each
    time the spans change, the tokens stay (a document retokenised since is read again)."""
    return kept_with(doc, "tumen_offsets", lambda: _read_offsets(doc))


def _read_offsets(doc: Any) -> tuple[list[int], list[int]]:
    from spacy.attrs import IDX, LENGTH

    offsets = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
    starts = [start for start, _length in offsets]
    ends = [start + length for start, length in offsets]  # tokens never overlap: both lists ascend
    return starts, ends

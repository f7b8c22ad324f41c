"""The tokens of a document that have one of some values of one attribute, read from the parse's arrays at once.

Many steps walk every token of a document only to skip at once those not of a part of speech, a tag, a dependency or
a word ("for token in doc: if token.pos_ != 'PROPN': continue"); each token of the walk is made anew as a Python
object and its label looked up as text. Here the attribute is read for all tokens in one call, from the parse as it
stands (no memo: a label a step changed, :mod:`tumen.extract.speaker_lists`, is read as changed), and only the
tokens that have one of the values are made, in document order; the walk's own test stays as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.parts_of_speech import IDS
from spacy.strings import get_string_id


def tokens_with(doc: Any, attribute: str, values: Iterable[str]) -> Iterator[Any]:
    """The tokens of ``doc`` whose ``attribute`` ("POS", "TAG", "DEP", "LOWER", "ORTH") is one of ``values`` (labels
    or words as text), in order."""
    if not len(doc):
        return
    wanted = {IDS[v] if attribute == "POS" else get_string_id(v) for v in values}
    for i, value in enumerate(doc.to_array(attribute).tolist()):
        if value in wanted:
            yield doc[i]


def tokens_with_orth(doc: Any, orths: frozenset[int] | set[int]) -> Iterator[Any]:
    """The tokens of ``doc`` whose word, as written, has one of the string ids ``orths``, in order."""
    if not len(doc):
        return
    for i, value in enumerate(doc.to_array("ORTH").tolist()):
        if value in orths:
            yield doc[i]

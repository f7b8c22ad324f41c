"""The tokens of a document that have one of some values of one attribute, read from the parse's arrays at once.

Many steps walk every token of a document only to skip at once those not of a part of speech, a tag, a dependency or
a word ("for token in doc: if token.pos_ != 'PROPN': continue"); each token of the walk is made anew as a Python
object and its label looked up as text. Here the attribute is read for all tokens in one call, from the parse as it
stands (no memo: a label a step changed, :mod:`tumen.extract.speaker_lists`, is read as changed), and only the
tokens that have one of the values are made, in document order; the walk's own test stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any


def tokens_with(doc: Any, attribute: str, values: Iterable[str]) -> Iterator[Any]:
    """The tokens of ``doc`` whose ``attribute`` ("POS", "TAG", "DEP", "LOWER", "ORTH") is one of ``values`` (labels
    or words as text), in order."""
    if not len(doc):
        return
    from spacy.parts_of_speech import IDS  # here, not at import: the command line starts without spaCy
    from spacy.strings import get_string_id

    wanted = sorted({IDS[v] if attribute == "POS" else get_string_id(v) for v in values})
    yield from _tokens_at(doc, doc.to_array(attribute), wanted)


def tokens_with_orth(doc: Any, orths: frozenset[int] | set[int]) -> Iterator[Any]:
    """The tokens of ``doc`` whose word, as written, has one of the string ids ``orths``, in order."""
    if not len(doc):
        return
    yield from _tokens_at(doc, doc.to_array("ORTH"), sorted(orths))


def tokens_where(doc: Any, attribute: str, keep: Callable[[str], bool]) -> Iterator[Any]:
    """The tokens of ``doc`` whose ``attribute`` ("LEMMA", "LOWER", "TAG", …; not "POS"), as text, ``keep`` accepts,
    in order: ``keep`` is asked once for each distinct value ("for t in doc: if t.lemma_.lower() in verbs")."""
    if not len(doc):
        return
    import numpy

    values = doc.to_array(attribute)
    strings = doc.vocab.strings
    wanted = [int(v) for v in numpy.unique(values).tolist() if keep(strings[int(v)])]
    yield from _tokens_at(doc, values, wanted)


def _tokens_at(doc: Any, values: Any, wanted: list[int]) -> Iterator[Any]:
    """The tokens whose value in ``values`` (one per token) is one of ``wanted``."""
    import numpy

    for i in numpy.flatnonzero(numpy.isin(values, numpy.array(wanted, dtype=values.dtype))).tolist():
        yield doc[i]

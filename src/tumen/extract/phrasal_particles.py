"""The particle of a phrasal verb the parser read as a quantifier (docs/extraction.md, "The particle of a handing
over is no quantifier"): in *police turned over nine refugees to Norland* the parser may hang "over" on "nine" as
"more than nine"; right after a verb that makes a phrase with it in the lexicon (``turn over``, ``hand over`` in
``data/events.yaml``), it is the verb's particle — a handing over of nine, exactly. *Guards killed over 20
prisoners* keeps its "more than". Also the words before a count that make it inexact (``count_qualifiers``)."""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.event_lexicon import lexicon
from tumen.extract.vocab import load


@cache
def count_qualifiers() -> dict[str, str]:
    """ "as many as" -> "up to": the words before a count and how exact they make it."""
    return {str(k): str(v) for k, v in load("events.yaml")["count_qualifiers"].items()}


def misread_particles(verb: Any) -> list[Any]:
    """The word right after a verb that the parser made the quantifier of a number ("turned over nine"), when the
    verb and the word make a phrase of the lexicon: the verb's particle."""
    if verb.pos_ != "VERB" or verb.i + 1 >= len(verb.doc):
        return []
    word = verb.doc[verb.i + 1]
    if word.dep_ != "quantmod" or word.head.pos_ != "NUM" or word.head.i <= word.i:
        return []
    return [word] if (verb.lemma_.lower(), word.lower_) in lexicon().phrases else []


def qualifier_before(doc: Any, start: int) -> str | None:
    """How exact the (up to three) words before a count at ``start`` make it ("more than 30,000": "more than"); not
    the particle of a phrasal verb before it ("handed over 12", "turned over nine")."""
    if start >= 1 and doc[start - 1].dep_ == "prt":  # "handed over 12 women" read right
        return None
    if start >= 2 and misread_particles(doc[start - 2]) == [doc[start - 1]]:
        return None
    before = " ".join(t.lower_ for t in doc[max(0, start - 3) : start])
    return next((q for words, q in count_qualifiers().items() if before.endswith(words)), None)

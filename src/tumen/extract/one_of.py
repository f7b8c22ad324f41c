"""One of those described (docs/extraction.md, "Who did it"): "Kim is one of the few prisoners who escaped from Camp
15" tells that Kim escaped — a relative clause on a noun under "one of", the complement (or, as the parser may read
it, the subject) of "be", is about the one the copula's other side names; not when the copula is negated ("Kim is not
one of those who fled")."""

from __future__ import annotations

from typing import Any

_OTHER_SIDE = ("nsubj", "attr", "intj", "dep")  # "Oh is one of …": the parser may take a surname for an interjection


def one_of(noun: Any) -> Any:
    """The one a noun under "one of" stands for, told by the copula: else the noun itself."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lower_ != "one":
        return noun
    one = noun.head.head
    copula = one.head
    if one.dep_ not in ("attr", "nsubj") or copula.lemma_ != "be" or any(c.dep_ == "neg" for c in copula.children):
        return noun
    for side in copula.children:
        if side is not one and side.dep_ in _OTHER_SIDE and side.pos_ in ("PROPN", "PRON", "NOUN"):
            return side
    return noun

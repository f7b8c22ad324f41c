"""A "whose" relative clause on a bare plural tells a class, not an occasion: "the homes of families whose sons were
killed by police" says what kind of families, not that some particular sons were killed — unless a time or a place
of its own makes it one occasion (:func:`tumen.extract.genericity.judge`)."""

from __future__ import annotations

from typing import Any


def _bare_plural(noun: Any) -> bool:
    """A plural noun with no determiner, possessor or number: "families", "mothers"."""
    marked = any(c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children)
    return noun.tag_ in ("NNS", "NNPS") and not marked


def whose_class(token: Any) -> bool:
    """Whether a participant phrase is owned by a "whose" that stands for a bare plural: "sons" in "families whose
    sons were killed" (the possessor is the noun the relative clause describes; "the family whose son was killed",
    "a mother whose son was killed" are someone in particular)."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children):
        return False
    clause = next((t for t in token.ancestors if t.dep_ == "relcl"), None)
    return clause is not None and _bare_plural(clause.head)

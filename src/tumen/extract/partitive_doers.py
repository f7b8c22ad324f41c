"""Doers told as people of a body (docs/extraction.md, "People of a body as its doers"): "two members of the Tarvik
Guard beat Ana Berg", "agents of the security service arrested her", "men from the Vorn militia killed him" — a noun
of ``partitive_doers`` in data/kinship.yaml with the body after "of" or "from" (``partitive_prepositions``): the
doer is the body, an organisation or the group its noun names, not the unnamed people."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from tumen.extract.vocab import load


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(the nouns of people of a body, the prepositions before the body): ``partitive_doers``,
    ``partitive_prepositions``."""
    data = load("kinship.yaml")
    return (
        frozenset(str(w).lower() for w in data["partitive_doers"]),
        frozenset(str(w).lower() for w in data["partitive_prepositions"]),
    )


def body_of(token: Any, entity_in: Callable[[Any, tuple[str, ...]], str | None]) -> str | None:
    """The organisation or group whose people the noun ``token`` names ("members of the Tarvik Guard": the Guard),
    if it is a noun of ``partitive_doers`` with such a body after "of" or "from"."""
    nouns, prepositions = _words()
    if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in prepositions):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            found = entity_in(pobj, ("organization", "group"))
            if found is not None:
                return found
    return None

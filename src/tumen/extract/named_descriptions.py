"""A person a report describes first and names only later: "A soldier crossed … . The soldier, Sgt. Ivo Rask, …".

A definite description with a name set beside it ("The soldier, Ivo Rask, is in hospital") names the one the
description already stood for: the person the earlier mentions of the same noun told of. Walking back from it, every
definite mention of that noun ("the soldier was filmed …") is that person, and so is the indefinite one that brought
the person into the story ("a soldier crossed …", "another soldier ran …"); a mention before that introduction is
someone else ("A soldier crossed on Monday … another soldier had crossed in May … The soldier, Rask, …": Rask is the
soldier of May). A mention named in its own right ("the soldier, Tom Hale,") ends the walk: it is that one. Only
"the" with the name set off by a comma names: "that boy [Vos]", a speaker's aside, names no one told of before.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

DEFINITE = frozenset({"the", "this", "that"})
INDEFINITE = frozenset({"a", "an", "another"})


def _determiner(noun: Any) -> str | None:
    """ "the", "a", … before a singular description; None for a possessed, compound or bare noun ("her son",
    "soldier Rask")."""
    if noun.dep_ == "compound" or any(c.dep_ == "poss" for c in noun.children):
        return None
    words = {c.lower_ for c in noun.children if c.dep_ == "det"}
    return next(iter(sorted(words & (DEFINITE | INDEFINITE))), None)


def _names_beside(noun: Any) -> bool:
    """ "The soldier, <name>": "the" and a comma right after the noun (not "that boy [Vos]")."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return _determiner(noun) == "the" and following is not None and following.text == ","


def earlier_mentions(doc: Any, descriptors: Collection[str], named: Callable[[Any], str | None]) -> dict[int, str]:
    """Token index -> person id for the unnamed mentions a later "the <noun>, <name>" names (see the module).
    ``descriptors`` are the nouns of persons ("soldier", "man"); ``named`` the person a noun stands beside, or None."""
    nouns = [t for t in doc if t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in descriptors]
    found: dict[int, str] = {}
    for k, noun in enumerate(nouns):
        person = named(noun) if _names_beside(noun) else None
        if person is None:
            continue
        for earlier in reversed(nouns[:k]):
            determiner = _determiner(earlier)
            if earlier.lemma_.lower() != noun.lemma_.lower() or determiner is None:
                continue
            if earlier.i in found or named(earlier) is not None:
                break
            found[earlier.i] = person
            if determiner in INDEFINITE:
                break
    return found

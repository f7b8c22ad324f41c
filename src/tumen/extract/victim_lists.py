"""Whom an event noun's "of" names (rules in docs/extraction.md, "Violations").

"the arrest of Tarvik Post journalists Kim Ok-sun and Pak Chol": the parser hangs the names on the plural noun as
its apposition, so the noun's conjuncts alone miss the second name. Each person of a list that a plural
description gives (``event_args.listed``: an apposition, "namely", "including", "such as") is named by the "of"
as much as the noun itself — the same reading verbs get for their objects.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tumen.extract.event_args import LISTING_PREPOSITIONS, listed


def of_members(pobj: Any, person: Callable[[Any], str | None]) -> list[Any]:
    """The phrases an event noun's "of" names: the object with its conjuncts, and for each the persons of the
    list its plural description gives ("of journalists A and B", "of seven activists, namely A, B and C")."""
    members: list[Any] = []
    for head in (pobj, *pobj.conjuncts):
        members.append(head)
        members += [named for named in listed(head) if person(named) is not None and named not in members]
    return members


# Links by which a list hung on the verb's clause may reach the verb: "detained …, including A",
# "detained over the past year for their writing, including A" (the parser hangs it on the last noun).
_CLAUSE_LINKS = ("prep", "pobj", "pcomp", "npadvmod")


def clause_listed(token: Any, verb: Any) -> list[Any]:
    """The members a plural object gives, as the description's own list ("arrested seven activists, namely A
    and B") or as a list the parser hung on the verb's clause after it: "A dozen writers were detained last
    year, including A and B", "Police arrested twelve students in Tarvik, including A" — A and B were."""
    found = listed(token)
    if found or token.tag_ not in ("NNS", "NNPS") or token.head.i != verb.i or token.dep_ not in ("dobj", "nsubjpass"):
        return found
    for word in verb.subtree:
        if word.i <= token.i or word.dep_ != "prep" or word.lower_ not in LISTING_PREPOSITIONS:
            continue
        if _hangs_on(word, verb):
            found += [m for o in word.children if o.dep_ == "pobj" for m in (o, *o.conjuncts)]
    return found


def _hangs_on(word: Any, verb: Any) -> bool:
    """Whether the list word reaches the verb through prepositions alone, past no plural noun of its own ("in
    several towns including …" lists towns)."""
    node = word
    while node.i != verb.i:
        if node.dep_ not in _CLAUSE_LINKS or node.head.i == node.i:
            return False
        node = node.head
        if node.i != verb.i and node.tag_ in ("NNS", "NNPS"):
            return False
    return True


def stray_objects(token: Any, verb: Any) -> list[Any]:
    """Objects the parser hung on the verb itself: in "Police detained the lawyers A and B, and the journalist C",
    "journalist" becomes a conjunct of "detained" — a noun joined to a verb is one more of its objects. Each comes
    with the persons its description lists ("the journalist C")."""
    if token.dep_ != "dobj" or token.head.i != verb.i:
        return []
    found: list[Any] = []
    for noun in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > token.i):
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in noun.children):
            continue  # a clause of its own the parser took for a noun
        found += [noun, *noun.conjuncts, *listed(noun)]
    return found

"""A pronoun that points forward: the person a sentence names after it (cataphora).

English lets a pronoun come before the name it stands for when it sits in a phrase or clause fronted
before the sentence's subject:

- a possessive in a fronted phrase: "After his release, Han says, …" — his is Han's;
- the subject of a fronted adverbial clause: "Before she was sold to a farmer, Ri said brokers made her
  stand up" — she is Ri, whatever person was named before.

Either way the pronoun means the named person who is the subject of the clause the fronted part hangs on
(a quotation between them breaks the link), unless that person's known gender contradicts the pronoun.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tumen.extract.nlp import sentence_at

# Conjunctions that open a fronted adverbial clause of time or cause: "Before she was sold, …"
ADVERBIAL_MARKS = frozenset({"before", "after", "when", "while", "until", "since", "because", "as", "once", "though"})


def forward_person(
    token: Any,
    gender: str | None,
    named_person: Callable[[Any], str | None],
    known_gender: Callable[[str], str | None],
) -> str | None:
    """The named person a pronoun in a fronted phrase or clause means (see the module), or None.
    ``named_person`` gives the person a token names; ``known_gender`` a person's known gender."""
    governor = _fronted_governor(token)
    if governor is None:
        return None
    sent = token.sent
    if any(t.is_quote for t in token.doc[sent.start : token.i]):
        return None
    for later in sent:
        if later.is_quote and later.i > token.i:
            return None
        if later.i <= token.i or later.dep_ != "nsubj":
            continue
        if later.head.i != governor.i and later.head.dep_ not in ("ROOT", "parataxis") and later.head.i != sent.root.i:
            continue
        named = named_person(later)
        if named is None:
            continue
        known = known_gender(named)
        return named if gender is None or known in (None, gender) else None
    return None


def _fronted_governor(token: Any) -> Any | None:
    """The clause a pronoun's fronted phrase hangs on: "After his release, …" (a possessive at the start,
    in a prepositional phrase) or "Before she was sold …, Ri said" (the subject of an adverbial clause
    opened by a conjunction, before the clause it hangs on). None when the pronoun is not fronted so."""
    sent = sentence_at(token, 0)
    if token.dep_ == "poss":
        if token.i - sent.start > 3 or token.head.dep_ != "pobj" or token.head.head.dep_ != "prep":
            return None
        return sent.root
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    if clause.dep_ != "advcl" or clause.i > clause.head.i:
        return None
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS]
    if not marks or marks[0].i != sent.start or marks[0].i > token.i:
        return None  # only a clause that opens the sentence: "Kim cried before she was sold" is no cataphora
    return clause.head

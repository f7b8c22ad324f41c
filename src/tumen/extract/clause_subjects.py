"""A pronoun inside a clause whose subject is a person: that subject, before anyone named later in the sentence,
even a person whose known gender fits the pronoun.

English prefers the subject of the clause a possessive or a subordinate subject pronoun sits in over a noun
named after it: "Ana Berg was moved from Lund to a prison in the north and deprived of her books" — her is
Berg's, not the prison town's or a later name's. The clause's subject is found by walking up the parse from
the pronoun: the first verb above it with a subject of its own (a verb coordinated with another shares that
one's subject: "was moved … and deprived"), skipping the pronoun itself ("Berg said she was beaten": she is
not her own antecedent; "said" gives Berg).

Only possessives and subject pronouns take part: an object pronoun never means its own clause's subject
("Berg hit her" is someone else).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SUBJECTS = ("nsubj", "nsubjpass")
TAKING_PART = ("poss", "nsubj", "nsubjpass")


def _subject_of(verb: Any) -> Any | None:
    """The subject of a verb, or of the verb it is coordinated with ("was moved … and deprived")."""
    while True:
        found = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if found is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return found
        verb = verb.head


def subject_antecedent(token: Any, person_of: Callable[[Any], str | None]) -> str | None:
    """The person who is the subject of a clause above the pronoun ``token`` (see the module), or None.
    ``person_of`` gives the person a token refers to, if any."""
    if token.dep_ not in TAKING_PART:
        return None
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subject = _subject_of(node)
        if subject is None or subject.i == token.i or subject.i > token.i:
            continue
        return person_of(subject)
    return None

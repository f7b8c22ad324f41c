"""A pronoun inside a clause whose subject is a person: that subject, before anyone named later in the sentence,
even a person whose known gender fits the pronoun.

English prefers the subject of the clause a possessive or a subordinate subject pronoun sits in over a noun
named after it: "Ana Berg was moved from Lund to a prison in the north and deprived of her books" — her is
Berg's, not the prison town's or a later name's. The clause's subject is found by walking up the parse from
the pronoun: the first verb above it with a subject of its own (a verb coordinated with another shares that
one's subject: "was moved … and deprived"), skipping the pronoun itself ("Berg said she was beaten": she is
not her own antecedent; "said" gives Berg).

Only possessives and subject pronouns take part: an object pronoun never means its own clause's subject
("Berg hit her" is someone else), and a reflexive one always does ("Berg hid herself"). :func:`own_subject`
names that subject, also through a verb it is coordinated with — "Berg was angry and denounced him" — and
through the relative pronoun of a clause on a name: "Berg, who had denounced him, testified".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SUBJECTS = ("nsubj", "nsubjpass")
OBJECTS = ("dobj", "dative")
OBJECT_FORMS = frozenset({"him", "her", "himself", "herself"})  # not "his": "Holm scored his" may be his own
RELATIVES = frozenset({"who", "that", "whom"})
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


def own_subject(token: Any, person_of: Callable[[Any], str | None]) -> str | None:
    """The person who is the subject of the clause whose object the pronoun ``token`` is (whom it cannot mean, or
    must, when reflexive: see the module), or None. ``person_of`` gives the person a token refers to, if any."""
    if token.dep_ not in OBJECTS or token.lower_ not in OBJECT_FORMS or token.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = token.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None and _joined_bare(verb):  # "was angry and denounced him": the first verb's subject
        subject = _subject_of(verb)
    if subject is None:
        return None
    if subject.lower_ in RELATIVES:  # "Berg, who had denounced him": the name the clause is on
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        return person_of(clause.head) if clause.dep_ == "relcl" else None
    return person_of(subject)


def _joined_bare(verb: Any) -> bool:
    """Whether a coordinated verb follows its "and" with nothing but adverbs and auxiliaries between ("was angry
    and then denounced him"), as a verb sharing the first one's subject does; words of a subject of its own
    between them ("… and her wit kept her popular") say the parser joined two clauses."""
    if verb.dep_ != "conj":
        return False
    before = verb.i - 1
    while before > 0 and verb.doc[before].dep_ in ("advmod", "aux", "auxpass", "neg"):
        before -= 1
    return verb.doc[before].dep_ in ("cc", "punct")

"""A description fronted before the name it describes ("A mother of two, Lena Tarvo was arrested …"), or told
in a "who" clause of "be" on the name ("Lena Tarvo, who is a mother of two, …").

An indefinite noun phrase that opens a clause and is set off by a comma from the named subject that follows it
describes that subject: the parser makes both subjects of the one verb. Such a phrase gives the person its role
("A journalist, X was detained": a journalist) and the gender its noun says ("A father of three, X ran a shop").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tumen.extract.types import Entity

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
INDEFINITE = frozenset({"a", "an"})


def fronted_subject(noun: Any, person_of: Callable[[Any], Entity | None]) -> Entity | None:
    """The named subject an indefinite subject noun is fronted before ("A former actress, X was …"): the noun
    opens with "a"/"an", its phrase ends in a comma, and right after the comma comes the name of another subject
    of its verb. None otherwise ("A journalist and X were detained": a list, no comma)."""
    if noun.dep_ not in SUBJECTS or not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children):
        return None
    doc, end = noun.doc, max(t.i for t in noun.subtree) + 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    subject = next((c for c in noun.head.children if c.dep_ in SUBJECTS and c.i > end), None)
    person = person_of(doc[end + 1]) if subject is not None else None
    return person if person is not None and person is person_of(subject) else None


def relative_subject(noun: Any, person_of: Callable[[Any], Entity | None]) -> Entity | None:
    """The named person a "who" clause of "be" on the name describes by its complement ("X, who is a mother of
    two, …": X; "X, who was a well-known actress"), or None."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be" or verb.dep_ != "relcl":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
        return None
    return person_of(verb.head)

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
LIST_JOINS = frozenset({",", "and"})  # between the names of a list


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


def relative_subjects(noun: Any, person_of: Callable[[Any], Entity | None]) -> list[Entity]:
    """The named persons a "who" clause of "be" on a name describes by its complement ("X, who is a mother of
    two, …": X; "X, who was a well-known actress"); a plural complement describes every name of the list the
    clause closes, read on the surface ("A, B and C, who are trade unionists": each of them, however the parser
    hangs the clause)."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be" or verb.dep_ != "relcl":
        return []
    who = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
    if who is None:
        return []
    if noun.tag_ in ("NNS", "NNPS") and (listed := _listed_before(who, person_of)):
        return listed
    return [p for p in [person_of(verb.head)] if p is not None]


def _listed_before(who: Any, person_of: Callable[[Any], Entity | None]) -> list[Entity]:
    """The persons named in the list that ends right before ", who": "A, B and C, who" -> C, B and A; a word that is
    no name, comma or "and" closes it ("the lawyers of A and B, who": B and A)."""
    doc, k, found = who.doc, who.i - 1, []
    if k < 1 or doc[k].text != ",":
        return []
    while k > 0 and (person := person_of(doc[k - 1])) is not None and person not in found:
        found.append(person)
        while k > 0 and person_of(doc[k - 1]) is person:
            k -= 1
        while k > 0 and doc[k - 1].lower_ in LIST_JOINS:
            k -= 1
    return found if len(found) > 1 else []

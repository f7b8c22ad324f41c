"""The named persons a description stands for: "two journalists, A, B and C", "aid workers A and B".

A name listed after them that a noun of its own describes is not one of them: in "reporters A and B and aid workers
C and D" the parser hangs C and D on the list of A, but "aid workers" describes them (and "his wife" in "two
journalists, A and his wife B" describes B).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tumen.extract.types import Entity


def names_in(token: Any, person_of: Callable[[Any], Entity | None], plural: bool = True) -> list[Entity]:
    """The persons a phrase names: the name itself and, for a plural description, the names coordinated with
    it ("two journalists, A, B and C"; "a doctor, A, and her husband B": only A)."""
    found: list[Entity] = []
    listed = [c for c in token.subtree if c.dep_ in ("conj", "appos") and c.i != token.i] if plural else []
    for sub in [token, *listed]:
        person = person_of(sub)
        if sub.i != token.i and _described_apart(sub, token, person_of):
            continue
        if person is not None and person not in found:
            found.append(person)
    return found


def named_right_after(noun: Any, person_of: Callable[[Any], Entity | None]) -> Entity | None:
    """ "to labour rights activist Ana Berg": the person whose name follows a singular description at once, however
    the parser hangs the name (it often makes it an apposition of another noun of the sentence)."""
    doc = noun.doc
    if noun.tag_ != "NN" or noun.i + 1 >= len(doc):
        return None
    return person_of(doc[noun.i + 1])


def conjoined(name: Any, person_of: Callable[[Any], Entity | None]) -> list[Entity]:
    """The persons of a name and of the names coordinated with it ("A and B", "A, B and C")."""
    found: list[Entity] = []
    pending = [name]
    while pending:
        token = pending.pop(0)
        person = person_of(token)
        if token.i != name.i and _own_noun_before(token, person_of):
            continue
        if person is not None and person not in found:
            found.append(person)
        pending.extend(c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN")
    return found


def _own_noun_before(name: Any, person_of: Callable[[Any], Entity | None]) -> bool:
    """Whether a lower-case noun stands right before the name (its first word): "aid workers C", "his wife B"."""
    person = person_of(name)
    k = name.i
    while person is not None and k > 0 and person_of(name.doc[k - 1]) is person:
        k -= 1
    before = name.doc[k - 1] if k > 0 else None
    return bool(before is not None and before.pos_ == "NOUN" and before.text.islower())


def _described_apart(name: Any, top: Any, person_of: Callable[[Any], Entity | None]) -> bool:
    """Whether the name, or a name it is listed after below ``top`` ("C and D": D's C), has a noun of its own."""
    node = name
    while node.i != top.i and node.head.i != node.i:
        if person_of(node) is not None and _own_noun_before(node, person_of):
            return True
        node = node.head
    return False


def apposed_across_verb(noun: Any) -> bool:
    """ "X, 41, was found guilty of murdering a judge, a court clerk and a guard": a noun the parser hangs on a name
    as its apposition although the verb the name is the subject of stands between them belongs to the verb's own
    phrase (here one of the victims) and describes no one named."""
    verb = noun.head.head
    return bool(noun.head.i < verb.i < noun.left_edge.i and verb.pos_ in ("VERB", "AUX") and noun.head.dep_ != "appos")


def own_name(noun: Any) -> Any | None:
    """The name token of a singular noun in apposition to another name, when a name of its own follows it right
    after, in apposition to it: in "Tarvo cooks for son Felix, 8, daughter Ilse, 3" the parser hangs "daughter" on
    Felix and "Ilse" on "daughter"; the daughter is Ilse (a list of persons, each named after their noun), not
    Felix. None otherwise."""
    if noun.dep_ != "appos" or noun.tag_ in ("NNS", "NNPS") or noun.head.pos_ != "PROPN":
        return None
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is None or after.dep_ != "appos" or after.head.i != noun.i or after.pos_ != "PROPN":
        return None
    return after


def subject_apposed(subject: Any, complement: Any, person_of: Callable[[Any], Entity | None]) -> list[Entity]:
    """The one named person set off in apposition to the subject of "be" that is no name ("One of the victims, Ana
    Berg, was a lawyer", "The victim, Ana Berg, was a well-known activist"): the one the singular complement
    describes, as it describes a name that is the subject itself; none when "be" is negated."""
    if complement.tag_ != "NN" or any(c.dep_ == "neg" for c in complement.head.children):
        return []
    named = [p for c in subject.children if c.dep_ == "appos" and (p := person_of(c)) is not None]
    return named if len(named) == 1 else []

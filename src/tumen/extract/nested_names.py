"""A name nested inside an unnamed person's noun phrase is not what a pronoun of that person's clause means.

"A neighbour of Tomas Vell's killer said she regretted it", "Speaking in her defence, a friend of Vell's
assassin …": the one who speaks is the neighbour, the friend — an unnamed person — and *she*, *her* mean that
person, not Vell, who is named only as the possessor (or "of") of a noun inside the subject phrase. The rule holds
for a subject or possessive pronoun of the complement clause of the verb whose subject the phrase is, or of a
participle clause with no subject of its own that hangs on it; the subject is a common noun, and the name sits in
the possessor or "of" of a common noun that is itself the subject's possessor or "of" (two steps down). A name
one step down is left to the ordinary choice: "A friend of Lena Marsh said she knew the risks" speaks of Marsh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SUBJECT_OR_OWNER = frozenset({"nsubj", "nsubjpass", "poss"})


def nesting_subject(token: Any, person_of: Callable[[Any], str | None]) -> Any | None:
    """The unnamed subject noun the pronoun ``token`` means when a person is named nested inside its phrase (see
    above), or None. ``person_of`` gives the person a token refers to, if any."""
    if token.dep_ not in SUBJECT_OR_OWNER or token.lower_ not in ("he", "she", "his", "her"):
        return None
    verb = token.head
    for _ in range(4):  # "in her own defence": up to the verb of its clause
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i:
        return None
    main = verb.head
    participle = verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and verb.i < main.i
    if verb.dep_ != "ccomp" and not participle:
        return None
    if participle and any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None  # "When he arrived, …", "Him gone, …": a clause of its own
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or person_of(subject) is not None:
        return None
    for inner in _owners(subject):
        if inner.pos_ == "NOUN" and any(person_of(t) for o in _owners(inner) for t in o.subtree):
            return subject  # "a neighbour of Tomas Vell's killer": the neighbour
    return None


def _owners(noun: Any) -> list[Any]:
    """The possessor of a noun and the object of its "of" ("Vell's killer", "the killer of Vell")."""
    found = [c for c in noun.children if c.dep_ == "poss"]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found

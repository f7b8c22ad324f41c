"""An event noun that names what another act amounts to is no event of its own (docs/extraction.md, "Specific and
generic statements"): "the rapporteur found that the persecution of Ivo Lesk amounted to torture", "his treatment
constitutes torture", "holding her incommunicado is tantamount to enforced disappearance" — the noun is the verdict
on the act told (the persecution, the treatment, the holding), a qualification, not a torture or a disappearance
the report tells happened. Verbs and adjectives of amounting: ``genericity: qualifying`` in data/events.yaml; the
noun is their object or the object of their "to" or "as" ("qualifies as torture"). Not a noun with participants of
its own after a subject that names no act ("what followed amounted to the massacre of 40 villagers": a killing).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.list_heads import list_head
from tumen.extract.prep_objects import objects_of
from tumen.extract.role_words import is_person_noun
from tumen.extract.vocab import load

KEYS = ("qualifying", "qualifying_prepositions", "vague_subjects")
PARTICIPANT_PREPOSITIONS = ("of", "by")  # "the abduction of Ana Berg by state agents"


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs of amounting, their prepositions, and the subjects that name no act (``genericity``)."""
    data = load("events.yaml")["genericity"]
    qualifying, prepositions, vague = (frozenset(str(w).lower() for w in data[k]) for k in KEYS)
    return qualifying, prepositions, vague


def qualified(trigger: Any) -> bool:
    """Whether an event noun (or the list it is in: "amounted to torture and ill-treatment") is what an act is said
    to amount to: the object of a verb of ``qualifying`` ("constitutes torture") or of its "to"/"as" ("amounted to
    torture", "tantamount to torture", "qualifies as torture"). Not a noun with its own participants after a subject
    that names no act (``vague_subjects``: "the operation constituted the abduction of Ana Berg by state agents")."""
    if trigger.pos_ != "NOUN":
        return False
    qualifying, prepositions, _ = _words()
    noun = list_head(trigger)
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in prepositions and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    if head.i == noun.i or head.lemma_.lower() not in qualifying:
        return False
    return not (_vague_subject(head) and _own_participants(noun))


def _vague_subject(head: Any) -> bool:
    """The subject of a verb (or of the copula of an adjective: "it was tantamount to") of amounting names no act:
    "what followed", "it", "the operation" (``vague_subjects``)."""
    verb = head.head if head.dep_ == "acomp" else head
    for child in verb.children:
        if child.dep_ == "csubj":  # "what followed amounted to": the clause's own subject
            child = next((c for c in child.children if c.dep_ == "nsubj"), child)
        elif child.dep_ != "nsubj":
            continue
        return child.lemma_.lower() in _words()[2] and not any(
            c.dep_ == "prep" and c.lower_ in PARTICIPANT_PREPOSITIONS for c in child.children
        )
    return False


def _own_participants(noun: Any) -> bool:
    """An "of" or "by" of the noun naming persons, or people counted: "the massacre of 40 villagers", "the abduction
    of Ana Berg"."""
    objects = objects_of(noun, PARTICIPANT_PREPOSITIONS)
    return any(
        o.ent_type_ == "PERSON" or is_person_noun(o) or any(c.dep_ == "nummod" for c in o.children) for o in objects
    )

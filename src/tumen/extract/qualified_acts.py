"""An event noun that names what another act amounts to is no event of its own (docs/extraction.md, "Specific and
generic statements"): "the rapporteur found that the persecution of Ivo Lesk amounted to torture", "his treatment
constitutes torture", "holding her incommunicado is tantamount to enforced disappearance" — the noun is the verdict
on the act told (the persecution, the treatment, the holding), a qualification, not a torture or a disappearance
the report tells happened. Verbs and adjectives of amounting: ``genericity: qualifying`` in data/events.yaml; the
noun is their object or the object of their "to" or "as" ("qualifies as torture")."""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.vocab import load

PREPOSITIONS = frozenset({"to", "as"})


@cache
def _qualifying() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")["genericity"]["qualifying"])


def qualified(trigger: Any) -> bool:
    """Whether an event noun (or the list it is in: "amounted to torture and ill-treatment") is what an act is said
    to amount to: the object of a verb of ``qualifying`` ("constitutes torture") or of its "to"/"as" ("amounted to
    torture", "tantamount to torture", "qualifies as torture")."""
    if trigger.pos_ != "NOUN":
        return False
    noun = trigger
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in PREPOSITIONS and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.i != noun.i and head.lemma_.lower() in _qualifying()

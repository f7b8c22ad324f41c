"""A crime told by a plea, a confession or a verdict is alleged (rules in docs/extraction.md, "Violations").

"Dara Loman pleaded guilty to assaulting a guard", "she admitted killing him", "he confessed to the kidnapping",
"she was found guilty of murdering a guard": the report tells that someone owned a crime or was held guilty of it,
not that it was done — the crime is ``alleged`` (as a crime a charge names, :mod:`tumen.extract.charged_crimes`),
its doer the one who pleads, confesses or is found guilty; the plea, conviction or sentence itself stays asserted.
A confession the report says was forced ("was forced to confess to killing him") owns nothing and is not read so;
nor is a confession told bare, whose content is in the next sentence (:mod:`tumen.extract.untrue_accounts`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from tumen.extract.types import Event
from tumen.extract.vocab import load

# The links from a crime's word up to the plea: a list ("to kidnapping and murder"), a preposition and its object
# ("to the killing", "guilty of murder"), a gerund or clause that is what is owned ("admitted killing him").
OWNED = frozenset(["xcomp", "ccomp", "dobj"])


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("events.yaml")["accused"]["pleas"]
    return {key: frozenset(str(w).lower() for w in words) for key, words in data.items()}


def plea_of(trigger: Any) -> tuple[Any, bool] | None:
    """The verb whose plea, confession or verdict the crime ``trigger`` is what is owned or held against someone,
    and whether the one it is held against is the verb's object or passive subject ("the court found her guilty",
    "she was found guilty"); None when the crime is told otherwise."""
    words = _words()
    node = trigger
    for _ in range(6):
        link, head = node.dep_, node.head
        if head.i == node.i:
            return None
        if link == "conj" and head.pos_ in ("NOUN", "VERB") and head.i < node.i:
            node = head  # "pleaded guilty to kidnapping and murder"
        elif link in ("pobj", "pcomp") and head.lower_ in words["prepositions"]:
            owner = head.head
            if owner.lower_ in words["verdicts"] and owner.dep_ == "ccomp":  # "found her guilty of": the parse's
                return (owner, False) if _free(owner.head) else None  # clause, its subject the one held guilty
            if owner.lower_ in words["verdicts"] and owner.dep_ in ("acomp", "oprd"):  # "guilty to", "guilty of"
                verb = owner.head  # "pleaded guilty" (her own plea), "was found guilty" (held against her)
                return (verb, verb.lemma_.lower() not in words["pleading"]) if _free(verb) else None
            if owner.lemma_.lower() in words["charges"]:
                node = owner  # "pleaded guilty to charges of murder"
            elif owner.pos_ == "VERB" and owner.lemma_.lower() in words["verbs"] and head.lower_ == "to":
                return (owner, False) if _free(owner) else None  # "confessed to killing him", "admitted to the murder"
            else:
                return None
        elif link in OWNED and head.pos_ == "VERB" and head.lemma_.lower() in words["verbs"]:
            return (head, False) if _free(head) else None  # "admitted killing him", "confessed the murder"
        else:
            return None
    return None


def own(verb: Any) -> bool:
    """A plea or confession of one's own ("pleaded guilty", "admitted"), not a verdict ("found guilty")."""
    words = _words()
    return bool(verb.lemma_.lower() in words["verbs"] | words["pleading"])


def _free(verb: Any) -> bool:
    """A plea, confession or verdict the report does not say was forced: not "was forced to confess", "made him
    admit", "tortured into confessing"."""
    words = _words()
    node = verb
    for _ in range(3):
        if node.dep_ not in ("xcomp", "ccomp", "pcomp", "pobj", "prep") or node.head.i == node.i:
            return True
        node = node.head
        if node.lemma_.lower() in words["forcing"]:
            return False
    return True


def pleaders(events: Iterable[Event], crimes: frozenset[str]) -> set[str]:
    """The doers of the crimes of violence (``crimes``: event types) a plea, confession or verdict tells, by whoever it
    is told ("police said Vos admitted killing a banker"): suspects in the report's arrests of them."""
    return {
        p.entity
        for e in events
        if e.type in crimes and e.attributes.get("pleaded")
        for p in e.participants
        if p.role == "perpetrator"
    }

"""An event noun told only as an end sought or paid for (``modality.obtaining`` and ``modality.rewards`` in
``data/events.yaml``): *they campaigned to secure the release of Ana Cruz* (the release is sought, not told:
demanded), *a reward for information leading to the conviction of Ana Cruz* (a conviction that may come:
hypothetical). *Lawyers secured her release* and *they managed to secure his release* tell it."""

from __future__ import annotations

from typing import Any

CLIMBING = ("pobj", "prep", "dobj", "acl", "pcomp", "compound", "conj")


def _infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _achieved(verb: Any, mod: dict[str, Any]) -> bool:
    """ "managed to secure", "was able to secure", "helped secure": the end reached."""
    head = verb.head
    return verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in mod.get("achieving", frozenset())


def sought_end(trigger: Any, mod: dict[str, Any]) -> str | None:
    """ "demanded" for an event noun that is the object of a verb of obtaining in an infinitive not reached, or
    "hypothetical" for one in what a reward is offered for; None otherwise."""
    if trigger.pos_ != "NOUN":
        return None
    node = trigger
    for _ in range(6):
        if node.dep_ not in CLIMBING or node.head.i == node.i:
            return None
        below, node = node, node.head
        lemma = node.lemma_.lower()
        if below.dep_ == "dobj" and lemma in mod.get("obtaining", frozenset()):
            if _infinitive(node) and not _achieved(node, mod):
                return "demanded"  # "campaigned to secure the release of X"
            return None
        if node.dep_ == "prep" and node.lower_ == "for" and node.head.lemma_.lower() in mod.get("rewards", frozenset()):
            return "hypothetical"  # "a reward for information leading to the conviction of X"
    return None

"""Whose journey a purpose clause arranges: "Ri Su-ok paid a broker to arrange the escape" — the escape is Ri
Su-ok's (she pays for her own way out), as in "she hired a smuggler to organise the crossing". The event noun
without a possessor or "of" ("the escape of her son") is the object of an arranging verb
(``modality.arranged_for`` in data/events.yaml) in an infinitive of purpose; its doer is the subject (and its
conjuncts) of the clause the infinitive hangs on."""

from __future__ import annotations

from typing import Any

PURPOSE_DEPS = frozenset({"advcl", "xcomp", "ccomp"})


def arranged_for(noun: Any, verbs: frozenset[str]) -> list[Any]:
    """The subject and its conjuncts whose journey ``noun`` is, or nothing."""
    if noun.dep_ != "dobj" or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children):
        return []
    verb = noun.head
    if verb.lemma_.lower() not in verbs or verb.dep_ not in PURPOSE_DEPS:
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return [subject, *subject.conjuncts] if subject is not None else []

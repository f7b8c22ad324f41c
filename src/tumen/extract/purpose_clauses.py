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


def intending_owner(verb: Any, nouns: frozenset[str]) -> Any | None:
    """ "Norland's decision to deport them", "her bid to flee", "its refusal to release him": the owner of a noun
    of deciding, intending or trying (``modality.intentions`` in data/events.yaml) does what its infinitive tells —
    not the subject of the clause the noun is in ("rights groups condemned Norland's decision to deport them")."""
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):  # "her fear to be returned": she undergoes it
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def binder(possessive: Any) -> Any | None:
    """The subject (or passive subject) of the clause a possessive pronoun's noun is in, which the pronoun
    stands for when nothing else resolves it: "Laos is under criticism for its decision", "Norland was criticised
    for its decision" (Laos's, Norland's) — or the clause's object, when it has one besides the pronoun's own
    phrase: "the UN criticised Norland for its decision" (Norland's)."""
    if possessive.pos_ != "PRON":
        return None
    own = [possessive.head, *possessive.head.ancestors]
    for node in own[1:]:  # (past a verb with no subject: "under increasing criticism")
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if node.pos_ in ("VERB", "AUX") and subject is not None:
            objects = [  # "its" is one: not "thanked the border guards for its decision"
                c
                for c in node.children
                if c.dep_ in ("dobj", "dative") and c not in own and c.tag_ not in ("NNS", "NNPS")
            ]
            return objects[0] if objects else subject
    return None

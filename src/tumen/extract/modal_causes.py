"""A bare event noun that is the cause or purpose of a clause an epistemic modal posits is posited too
(docs/extraction.md, "Modality"): "he may have died as a result of torture" tells no torture done; so is an event
noun a modal verb of carrying out takes ("courts could order the flogging of …", :func:`modal_deed`). Part of
:mod:`tumen.extract.modality`."""

from __future__ import annotations

from typing import Any

from tumen.extract.event_lexicon import modality_words
from tumen.extract.negation_cues import brought_about_by

MODALS = frozenset({"may", "might", "could", "would", "should", "must", "will"})


def modal_clause(noun: Any, governors: dict[str, str]) -> str | None:
    """The modality of an epistemic modal above a bare event noun, through its prepositions: "he may have died as a
    result of torture", "might be targeted for assassination" tell no torture or killing done, only one posited with
    the clause, through prepositions of cause or purpose (``modality: cause_prepositions``). Only "may", "might" and
    "could have" posit (``modality: positing_modals``): not "could not walk as a result of torture", "would later die
    of torture", "will never recover from torture" (told). Not an event of particular ones ("may have died from the
    beatings he received": those told), nor one before the clause ("may have died after torture"), a state one is in
    ("will remain in custody") or one left or made good ("could be released from detention", "must compensate him
    for detention": ``modality: leaving_verbs``)."""
    if particular(noun) or any(c.dep_ in ("relcl", "acl") for c in noun.children):
        return None
    words = modality_words()
    node = noun
    for _ in range(6):
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return None
        if node.dep_ == "prep" and node.lower_ not in words.get("cause_prepositions", frozenset()):
            return None  # "will remain in custody": a state one is in, not what the clause is posited from
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return _positing(node, governors, words)
    return None


def _positing(verb: Any, governors: dict[str, str], words: dict[str, frozenset[str]]) -> str | None:
    """The modality of a clause that posits what caused it: "may", "might" or "could have", not negated, on a verb
    that neither leaves nor makes good what it is from ("released from", "compensate for")."""
    modal, perfect = _modal(verb, governors)
    if modal is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    if modal not in words.get("positing_modals", frozenset()) and not (modal == "could" and perfect):
        return None
    return None if verb.lemma_.lower() in words.get("leaving_verbs", frozenset()) else governors[modal]


def _modal(verb: Any, governors: dict[str, str]) -> tuple[str | None, bool]:
    """The verb's first modal auxiliary when ``governors`` gives it a modality (else None), and whether a "have" makes
    it perfect ("may have died")."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    modals = [c.lemma_.lower() for c in auxes if c.lemma_.lower() in MODALS]
    return (modals[0] if modals and modals[0] in governors else None), any(c.lower_ == "have" for c in auxes)


def modal_deed(noun: Any, governors: dict[str, str]) -> str | None:
    """The modality of a modal on a verb of carrying out or ordering (``modality: bringing_about``) whose object or
    passive subject the event noun is (or the list it is in): "the courts could order the flogging of a thief",
    "police might carry out the arrest of Ivo Lesk", "the arrest of Ana Berg could be ordered at any time" tell no
    flogging or arrest done, only one that could be (the modality the modal gives, ``governor_modality``). Not a
    perfect modal, which posits only the doer's part of a deed done ("the general may have ordered the arrest": the
    arrest told). A negated verb denies only the doer's part ("could not order the arrest": told, as "did not order
    the arrest"), unless that part is the deed (``modality: carrying_out_deeds``: "officials could not carry out the
    execution of Ivo Lesk": negated, as "could not pay")."""
    words = modality_words()
    found = brought_about_by(noun, words, ("dobj", "nsubjpass"))
    if found is None:
        return None
    noun, verb = found
    lemma = verb.lemma_.lower()
    modal, perfect = _modal(verb, governors)
    if modal is None or perfect:
        return None
    if not any(c.dep_ == "neg" for c in verb.children):
        return governors[modal]
    return "negated" if noun.dep_ == "dobj" and lemma in words.get("carrying_out_deeds", frozenset()) else None


def particular(noun: Any) -> bool:
    """An event noun told of particular ones: with a determiner, a possessor or a number ("the shooting", "his
    death"), or whom it befell ("killings of protesters"); not a bare kind ("to investigate enforced
    disappearances")."""
    return any(
        c.dep_ in ("det", "poss", "nummod") or (c.dep_ == "prep" and c.lower_ in ("of", "against"))
        for c in noun.children
    )

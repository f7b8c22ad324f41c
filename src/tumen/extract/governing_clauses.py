"""The clauses that govern an English event trigger, whose modals, negations and verbs of trying, wanting or saying
may give it its modality (:mod:`tumen.extract.modality`): the trigger's complements, conjuncts, auxiliaries and
adverbial clauses up the parse, not a conjunct with a clause of its own, and a bare verb the parser hung on a noun of
its list put back after the verb it goes with."""

from __future__ import annotations

from typing import Any


def governing_chain(trigger: Any, verbs: dict[str, Any]) -> list[Any]:
    """The trigger and the clauses that govern it (xcomp, ccomp of an event verb, conj, aux, advcl)."""
    chain = [trigger]
    head = trigger
    while _governed(head) and head.head.i != head.i and len(chain) < 5:
        if head.dep_ in ("ccomp", "advcl") and head.lemma_.lower() not in verbs:
            break
        if head.dep_ == "conj" and _own_clause(head):  # "… could not get her back and defected alone"
            break
        between = head.doc[min(head.i, head.head.i) : max(head.i, head.head.i)]
        if head.dep_ == "ccomp" and any(t.text == ";" for t in between):  # "X had died; the other could walk"
            break
        head = _listed_verb(head) or head.head
        chain.append(head)
    return chain


def _listed_verb(conjunct: Any) -> Any | None:
    """The verb a bare form belongs to when the parser hung it on a noun of its list: in "could pick up anyone,
    detain, torture and kill them", "kill" (no subject, auxiliary or tense of its own) went to "torture" and
    "detain" taken for nouns, listed with "anyone": it is one more verb after "could pick up" — the first verb
    above the noun."""
    if conjunct.dep_ != "conj" or conjunct.tag_ != "VB" or conjunct.head.pos_ not in ("NOUN", "PRON", "PROPN"):
        return None
    node = conjunct.head
    for _ in range(6):  # up the list and the phrase it ends ("at any time without explain and detain, …")
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def _governed(token: Any) -> bool:
    """Whether the clause above ``token`` may govern it: a complement, conjunct, auxiliary or adverbial clause, or
    an item the parser left loose in a list of infinitives ("threatened to arrest, torture and kill me")."""
    if token.dep_ in ("xcomp", "ccomp", "conj", "aux", "advcl"):
        return True
    return token.dep_ == "dep" and infinitive(token.head)


def infinitive(verb: Any) -> bool:
    return str(verb.tag_) == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _own_clause(conjunct: Any) -> bool:
    """A conjunct with its own subject, auxiliary or tense shares no modal or negation with the verb
    before it ("… could barely walk" does not govern "had died"; "did not cross and return" does). A bare form
    after an infinitive is another infinitive, whatever tag the parser gave it ("threatened to arrest and beat
    her": "beat" is no past tense)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in conjunct.children):
        return True
    if infinitive(conjunct.head) and conjunct.lower_ == conjunct.lemma_.lower():
        return False
    return str(conjunct.tag_) in ("VBD", "VBZ", "VBP", "VBN") and conjunct.head.tag_ != str(conjunct.tag_)

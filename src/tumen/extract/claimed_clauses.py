"""Events told inside what someone alleges (docs/extraction.md, "Modality"): the "that" clause of a noun of saying or
suspecting (``modality: claim_nouns`` in ``data/events.yaml``) — "the allegation that she killed her husband",
"rumours that the guard beat prisoners" — tells a claim, not a deed the report asserts: its events are alleged. So
does the clause of a noun of telling (``telling_nouns``) rejected or called doubtful ("the army denied reports that
soldiers shot protesters", "unconfirmed reports that …"); passed on as news it is told ("after reports that China
returned 500 defectors"). A noun of what is known ("the fact that", "the news that") and a verb of saying ("reports
said police tortured him", attribution) assert what they tell; a relative clause on such a noun ("the report that
said …", "the charges that he was arrested on") is no claim's content."""

from __future__ import annotations

from typing import Any

from tumen.extract.event_lexicon import modality_words

CLAUSE = frozenset({"acl", "relcl"})  # the parses of a noun's "that" clause
OBJECTS = frozenset({"pobj", "pcomp"})


def _content(clause: Any) -> bool:
    """Whether a clause on a noun is its content: opened by the conjunction "that" (not the relative pronoun: "the
    report that said …" has "that" as its subject). The parser may call the content a relative clause ("Reports that
    soldiers shot him spread"); a relative clause with a gap left, a preposition with no object, is one ("the
    charges that he was arrested on")."""
    if clause.dep_ not in CLAUSE or clause.head.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    stranded = [c for c in clause.children if c.dep_ == "prep" and not any(g.dep_ in OBJECTS for g in c.children)]
    return clause.dep_ == "acl" or not stranded


def _rejected(noun: Any, words: dict[str, frozenset[str]]) -> bool:
    """A telling called doubtful ("unconfirmed reports"), or one a verb of rejecting takes ("denied reports", "the
    reports were dismissed"; not "did not deny reports")."""
    if any(c.dep_ == "amod" and c.lower_ in words["doubted"] for c in noun.children):
        return True
    return _taken_by(noun, words["rejecting"])


def _taken_by(noun: Any, verbs: frozenset[str]) -> bool:
    """Whether the noun (or the list it heads) is the object or passive subject of a verb of ``verbs`` that is not
    negated."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in verbs:
        return False
    return not any(c.dep_ == "neg" for c in verb.children)


def claim_clause(clause: Any) -> bool:
    """Whether a clause is the content of a claim: of a noun of saying or suspecting, or of a noun of telling
    rejected or doubted."""
    if not _content(clause):
        return False
    words, noun = modality_words(), clause.head
    lemma = noun.lemma_.lower()
    if lemma in words["claim_nouns"]:
        return not _taken_by(noun, words["confirming"])  # "police confirmed the allegation that …": told as true
    return lemma in words["telling_nouns"] and _rejected(noun, words)


def claimed(trigger: Any) -> bool:
    """Whether the trigger is told inside the "that" clause of a claim, however deep ("the allegation that police
    were behind the killing of Ana Berg": the killing alleged too) — but not in a relative clause that describes
    someone or something of it ("the allegation that officers beat Ana Berg, who was arrested in 2019": the arrest
    is the report's own)."""
    for node in (trigger, *trigger.ancestors):
        if claim_clause(node):
            return True
        if node.dep_ == "relcl":
            return False
    return False

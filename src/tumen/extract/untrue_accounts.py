"""Owning that one's own account was untrue (condition ``untrue_account`` of the recantation verbs in
``data/events.yaml``): *she admitted that her account was wrong*, *he confessed that the story he had told was not
true*, *admitted that he had lied*; and a confession told bare, its content in the next sentence: *Tae Park
confessed. He said his story had been false.*, *phoned his editor with something to confess. The account he had
given the court was not true.* (docs/extraction.md, "Withdrawing one's account is a recantation")."""

from __future__ import annotations

from typing import Any

from tumen.extract.event_lexicon import condition_words, modality_words
from tumen.extract.nlp import sentence_at

# What a confession owns that is told in its own phrase: a clause, an object, "to <deed>", "about <deed>".
_OWN_CONTENT = ("ccomp", "dobj", "xcomp", "advcl", "conj")
_OWN_PREPOSITIONS = ("to", "about", "of", "that")


def _untrue_clause(clause: Any) -> bool:
    """Whether a clause says that an account of one's own (possessed, or one "he had told") was untrue, or that one
    lied."""
    words = condition_words()
    said = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
    negated = any(c.dep_ == "neg" for t in (clause, *said) for c in t.children)
    untrue = any(s.lemma_.lower() in words["untrue"] for s in said)
    untrue = untrue or (negated and any(s.lemma_.lower() in words["truthful"] for s in said))
    owned = any(
        t.lemma_.lower() in words["testimony"] and any(c.dep_ in ("poss", "relcl") for c in t.children)
        for s in clause.children
        if s.dep_ == "nsubj"
        for t in s.subtree
    )
    if untrue and owned:
        return True
    reclined = clause.lower_ in words["reclining"] or any(c.lower_ in words["reclining"] for c in clause.children)
    return (
        clause.lemma_.lower() in words["falsehoods"]
        and not reclined
        and any(  # "admitted that he had lied"
            c.dep_ == "nsubj" and c.tag_ == "PRP" for c in clause.children
        )
    )


def _bare(trigger: Any) -> bool:
    """A confession that tells nothing of what is confessed in its own phrase: "he confessed.", "with something
    to confess"."""
    own = [c for c in trigger.children if c.dep_ in _OWN_CONTENT]
    return not own and not any(c.dep_ == "prep" and c.lower_ in _OWN_PREPOSITIONS for c in trigger.children)


def _told_next(trigger: Any) -> bool:
    """The sentence after a bare confession says one's own account was untrue: its main clause ("The account she
    had given was not true"), or what a pronoun says in it ("He said his story had been false")."""
    following = sentence_at(trigger, 1)
    if following is None or len(following) == 0 or following.start <= trigger.i:
        return False
    root = following.root
    if _untrue_clause(root):
        return True
    saying = modality_words()["reporting_verbs"]
    if root.lemma_.lower() not in saying or not any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in root.children):
        return False
    return any(c.dep_ == "ccomp" and _untrue_clause(c) for c in root.children)


def untrue_account(trigger: Any) -> bool:
    """ "She admitted that her account was wrong", "he confessed that the story he had told was not true": the
    clause owned says that an account of one's own (possessed, or one "he had told") was untrue, or that one lied
    ("admitted that he had lied about his age"); not "admitted that the claims were false" (no one's own), nor
    "confessed to the killing". A bare confession takes its content from the next sentence."""
    if any(c.dep_ == "ccomp" and _untrue_clause(c) for c in trigger.children):
        return True
    return _bare(trigger) and _told_next(trigger)

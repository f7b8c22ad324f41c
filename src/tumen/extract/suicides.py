"""A death by the person's own hand (``undergoing: suicide_nouns, suicide_verbs, own_life, suicide_doubts`` in
data/events.yaml): "took her own life", "died by suicide", "an apparent suicide", "hanged himself" tell a death
whose cause is suicide (attribute ``cause``), never a killing — unless the suicide is only what someone claims
("officials claimed it was suicide"), denied or merely attempted, or what the next sentence disputes ("Officials
said he killed himself. His family disputes this.": ``suicide_disputes``, ``disputed_things``)."""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.nlp import sentence_at, token_at
from tumen.extract.types import Event
from tumen.extract.vocab import load

SUICIDE = "suicide"


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("events.yaml")["undergoing"]
    keys = ("suicide_nouns", "suicide_verbs", "own_life", "suicide_doubts", "suicide_disputes", "disputed_things")
    return {key: frozenset(str(w).lower() for w in data[key]) for key in keys}


def _reflexive(verb: Any) -> bool:
    """A verb whose object is a reflexive pronoun: "hanged himself", "killed themselves"."""
    return any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children)


def own_life(verb: Any) -> bool:
    """A verb whose object is one's own life: "she took her own life", "he ended his own life"."""
    lives = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives")]
    return verb.pos_ == "VERB" and any(a.lower_ in _words()["own_life"] for c in lives for a in c.children)


def _telling(token: Any) -> bool:
    """A word that tells a suicide: a noun of ``suicide_nouns`` that names no kind of thing ("died by suicide", "an
    apparent suicide"; not "a suicide bomber", "a suicide note"), a verb of ``suicide_verbs`` with a reflexive
    object ("hanged himself") or a verb of one's own life."""
    words = _words()
    if token.lemma_.lower() in words["suicide_nouns"] or token.lower_ in words["suicide_nouns"]:
        return token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("compound", "amod", "nmod")
    return (token.lemma_.lower() in words["suicide_verbs"] and _reflexive(token)) or own_life(token)


def _doubted(token: Any) -> bool:
    """A suicide only claimed, denied or attempted: under a verb or noun of ``suicide_doubts`` ("officials claimed
    it was suicide", "a suicide attempt", "tried to take his own life") or a negation ("it was not suicide")."""
    words = _words()["suicide_doubts"]
    for node in [token, *token.ancestors]:
        if node.i != token.i and node.lemma_.lower() in words:
            return True
        if any(
            c.dep_ == "neg" or (c.dep_ in ("amod", "compound") and c.lemma_.lower() in words) for c in node.children
        ):
            return True
    return False


def _disputed_next(sentence: Any) -> bool:
    """The sentence after disputes what this one tells: its main verb, not negated, one of ``suicide_disputes`` with
    an object that points back ("this", "it", "that account": ``disputed_things``) — "His family disputes this"."""
    following = sentence_at(sentence.root, 1)
    if following.start <= sentence.start:
        return False
    words = _words()
    root = following.root
    if root.lemma_.lower() not in words["suicide_disputes"] or any(c.dep_ == "neg" for c in root.children):
        return False
    objects = [c for c in root.children if c.dep_ == "dobj"]
    return any(o.lower_ in words["disputed_things"] or o.lemma_.lower() in words["disputed_things"] for o in objects)


def told(sentence: Any) -> bool:
    """Whether a sentence tells a suicide as a fact (not one the next sentence disputes)."""
    return any(_telling(t) and not _doubted(t) for t in sentence) and not _disputed_next(sentence)


def mark(doc: Any, events: list[Event]) -> None:
    """A death told in a sentence that tells a suicide as a fact has the cause ``suicide`` (a cause a thing dealt is
    kept)."""
    for event in events:
        trigger = token_at(doc, event.trigger.start, event.trigger.end) if event.type == "death" else None
        if trigger is not None and "cause" not in event.attributes and told(trigger.sent):
            event.attributes["cause"] = SUICIDE

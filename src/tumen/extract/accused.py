"""The accused is no victim (rules in docs/extraction.md, "Violations").

A person arrested, held, charged, tried or sentenced *for* a crime of violence is the suspect of that crime, not
the victim of the arrest: "Kim Ok-sun was arrested for kidnapping", "charged with murder", "held on the charge of
beating up a neighbour", "convicted in the murder case". So is a person the report tells did such a harm ("Kim
kidnapped a boy. … Kim was arrested"). Their part in the arrest, detention, trial or sentencing becomes
``subject``: still whom it befell (a principal: their status and timeline keep it), no longer its victim.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from tumen.extract.nlp import token_at
from tumen.extract.types import Event, Participant
from tumen.extract.vocab import load, word_sets

SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Words:
    events: frozenset[str]
    crimes: frozenset[str]
    charges: frozenset[str]
    prepositions: frozenset[str]
    by_doer: frozenset[str]
    attempts: frozenset[str]


@cache
def words() -> Words:
    data = load("events.yaml")["accused"]
    return Words(*word_sets(data, Words.__dataclass_fields__))


def _crime(token: Any, vocab: Words) -> bool:
    """A word naming a crime of violence, or a compound of one ("the kidnapping case")."""
    return token.lemma_.lower() in vocab.crimes or token.lower_ in vocab.crimes


def _names_a_crime(head: Any, vocab: Words, depth: int = 0) -> bool:
    """The object of "for/with/on/of …": a crime ("for kidnapping", "of murder and robbery"), a gerund of one
    ("for assaulting his wife"), or a charge of one ("on charges of kidnapping", "in the murder case")."""
    items = [head, *head.conjuncts]
    if any(_crime(item, vocab) for item in items):
        return True
    if any(_attempted_crime(item, vocab) for item in items):
        return True  # "with attempting to kidnap", "for plotting to murder"
    for item in items:
        if item.lemma_.lower() not in vocab.charges or depth > 1:
            continue
        if any(c.dep_ in ("compound", "amod", "nmod") and _crime(c, vocab) for c in item.children):
            return True  # "the murder case", "the kidnapping charges"
        for prep in (c for c in item.children if c.dep_ == "prep" and c.lower_ == "of"):
            if any(_names_a_crime(o, vocab, depth + 1) for o in prep.children if o.dep_ in ("pobj", "pcomp")):
                return True
    return False


def _attempted_crime(item: Any, vocab: Words) -> bool:
    """A verb of trying or planning whose complement is a crime ("attempting to kidnap", "conspiring to murder")."""
    return item.lemma_.lower() in vocab.attempts and any(c.dep_ == "xcomp" and _crime(c, vocab) for c in item.children)


def for_a_crime(trigger: Any, vocab: Words | None = None) -> bool:
    """Whether the event's own phrase — or that of a verb it is joined to, sharing its subject ("convicted and
    sentenced in the murder case") — says what crime of violence it is for ("arrested for kidnapping")."""
    vocab = vocab or words()
    verbs = [trigger, *(c for c in trigger.conjuncts if not any(s.dep_ in SUBJECTS for s in c.children))]
    holders = [*verbs, *(c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass", "oprd"))]
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in vocab.prepositions):
            if any(_names_a_crime(o, vocab) for o in prep.children if o.dep_ in ("pobj", "pcomp")):
                return True
    return False


def settle(doc: Any, events: list[Event]) -> None:
    """Turn the victims of arrests, detentions, trials and sentencings that are for a crime of violence, or
    of a person who did one in the report, into the event's subjects."""
    vocab = words()
    doers = {
        p.entity
        for e in events
        if e.type in vocab.by_doer and e.modality == "asserted"
        for p in e.participants
        if p.role == "perpetrator"
    }
    for event in events:
        if event.type not in vocab.events or not any(p.role == "victim" for p in event.participants):
            continue
        trigger = token_at(doc, event.trigger.start, event.trigger.end)
        charged = trigger is not None and for_a_crime(trigger, vocab)
        event.participants = [
            Participant(p.entity, "subject") if p.role == "victim" and (charged or p.entity in doers) else p
            for p in event.participants
        ]

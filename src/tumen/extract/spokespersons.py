"""One who speaks for an office is no one its report tells of, unless the report says so.

A spokesperson, prosecutor or coroner quoted in a report gives the news of others: "Tomas Ravel was arrested on
Monday, police spokesman Dan Keefe said. He was charged with murder" — he is Ravel, not Keefe, though Keefe is the
last man named and the subject of the main clause. A pronoun that undergoes something — the subject of a passive or
an object ("he was charged", "police held him") — never means such a person (``speaking_roles`` of
data/story_roles.yaml, read from the person's description or title) while every mention of them so far is a
speaker's: the subject of a reporting verb, or a name set beside that subject ("a police spokesman, Dan Keefe,
said"). One the report has told of otherwise stays a candidate: "Opposition spokesman Dan Keefe was arrested on
Monday. He was charged with sedition" — he is Keefe. It is a preference: where no other person fits, the pronoun
means the spokesperson ("Prosecutor Ana Berg said the trial would resume. Later she was attacked"); and the subject
of the spokesperson's own reported clause may mean them ("Keefe said that in May he was attacked": Keefe).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.event_lexicon import modality_words
from tumen.extract.types import Entity
from tumen.extract.vocab import load


@cache
def _speaking_roles() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("story_roles.yaml")["speaking_roles"])


def speaks_for_an_office(entity: Entity) -> bool:
    """Whether the person is described or titled by a role of speaking for an office ("police spokesman")."""
    words = [t.lower() for t in entity.titles]
    if entity.descriptor:
        words += entity.descriptor.lower().split()[-1:]
    return any(w in _speaking_roles() for w in words)


def as_speaker(token: Any) -> bool:
    """Whether the mention at ``token`` is a speaker's: the subject of a reporting verb ("Keefe said", "said
    Keefe"), or a name set beside that subject ("a police spokesman, Dan Keefe, said")."""
    head = token
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "appos":
        head = head.head
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in modality_words()["reporting_verbs"]


@cache
def _speaker_verbs() -> frozenset[str]:
    return modality_words()["reporting_verbs"] | frozenset(
        str(w).lower() for w in load("story_roles.yaml")["questioning_verbs"]
    )


def undergoes(token: Any) -> bool:
    """Whether a pronoun undergoes what its verb tells: a passive subject or an object ("he was charged", "held
    him"), of no verb a speaker undergoes as one ("he was asked", "quoted him": ``questioning_verbs``)."""
    return token.dep_ in ("nsubjpass", "dobj") and token.head.lemma_.lower() not in _speaker_verbs()


def reporter(token: Any) -> Any | None:
    """The subject of the reporting verb whose reported clause has the pronoun for its subject ("Keefe said that in
    May he was attacked": Keefe, who tells of himself), or None."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return None
    if verb.head.lemma_.lower() not in modality_words()["reporting_verbs"]:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)

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
of the spokesperson's own reported clause may mean them ("Keefe said that in May he was attacked": Keefe). So, too,
a possessive of a harm or of a relative: "…, said Dan Keefe, director of the Tarvik Rights Centre. His wife said she
had not seen him since his arrest" — Ravel's wife, and Ravel's arrest.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.event_lexicon import kin_nouns, lexicon, modality_words
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
    him"), of no verb a speaker undergoes as one ("he was asked", "quoted him": ``questioning_verbs``); or whether,
    as a possessive, it tells of the one the report is about: the possessor of a harm ("since his arrest") or of a
    relative ("His wife, Ana Berg, said") — the news, not its teller's family."""
    if token.dep_ == "poss":
        return _told_noun(token.head)
    return token.dep_ in ("nsubjpass", "dobj") and token.head.lemma_.lower() not in _speaker_verbs()


@cache
def _told_nouns() -> frozenset[str]:
    """The nouns of a harm (``harms`` of data/events.yaml) and of kinship."""
    found = lexicon()
    return kin_nouns() | frozenset(noun for noun, trigger in found.nouns.items() if trigger.type in found.harms)


def _told_noun(noun: Any) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _told_nouns()


def reporter(token: Any) -> Any | None:
    """The subject of the reporting verb whose reported clause has the pronoun for its subject ("Keefe said that in
    May he was attacked": Keefe, who tells of himself), or None."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return None
    if verb.head.lemma_.lower() not in modality_words()["reporting_verbs"]:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)

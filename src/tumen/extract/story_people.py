"""People of a story known only by what they are to each other: an unnamed couple.

"A couple in their 40s was arrested" names nobody, yet tells of two persons, a husband and a
wife, who take part in the story's events and may have relatives of their own ("their nephew",
"the wife's brother"). Coreference (:mod:`tumen.extract.coref`) asks this module three
questions while it walks a document:

- Is this noun an unnamed couple of persons? "a couple", "the couple", "a married couple" —
  never "a couple of days", never a plural ("couples"), never a couple the sentence names
  ("Kim and Lee, a couple from Hyesan").
- Is this "husband" or "wife" without a possessor one of an unnamed couple? "The husband and
  wife were caught" (the two nouns joined), or "the wife" once a couple is known.
- Does this "their" before a kin noun mean the couple? "their nephew" within a few sentences of
  the couple: the nephew is the couple's relative.

A document has one unnamed couple: every later "couple" is that couple again (a report tells
of one couple, or names them).
"""

from __future__ import annotations

import re
from typing import Any

from tumen.extract.types import Entity, Span

COUPLE_NOUNS = frozenset({"couple", "spouses"})
SPOUSE_NOUNS = {"husband": "male", "wife": "female"}  # noun -> gender
PLURAL_POSSESSIVES = frozenset({"their"})


def is_couple(token: Any) -> bool:
    """An unnamed couple of persons: "a couple", "the married couple" (not "a couple of days")."""
    lemma = token.lemma_.lower()
    if lemma not in COUPLE_NOUNS or token.pos_ != "NOUN":
        return False
    if lemma == "couple" and token.tag_ != "NN":
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return not (following is not None and following.lower_ == "of")  # "a couple of days"


def noun_phrase(noun: Any) -> tuple[int, int]:
    """The characters of "A North Korean couple", "the married couple", "The husband"."""
    left = [t for t in noun.subtree if t.i == noun.i or (t.i < noun.i and t.dep_ in ("det", "amod", "compound"))]
    return min(t.idx for t in left), noun.idx + len(noun.text)


def members_meant(noun: Any, couple: tuple[str, str]) -> list[str]:
    """Whom a noun of the couple means: "the wife" the wife, "the husband" the husband, "the
    couple" both (the husband first: the one its span stands for)."""
    lemma = noun.lemma_.lower()
    if lemma not in SPOUSE_NOUNS:
        return list(couple)
    return [couple[1]] if lemma == "wife" else [couple[0]]


def has_possessor(noun: Any) -> bool:
    return any(child.dep_ == "poss" for child in noun.children) or any(
        child.dep_ == "prep" and child.lower_ == "of" for child in noun.children
    )


def joined_spouse(noun: Any) -> bool:
    """ "husband and wife" / "the wife and husband": the two spouse nouns joined, no possessor."""
    lemma = noun.lemma_.lower()
    if lemma not in SPOUSE_NOUNS or has_possessor(noun):
        return False
    other = {"husband": "wife", "wife": "husband"}[lemma]
    if any(child.dep_ == "conj" and child.lemma_.lower() == other for child in noun.children):
        return True
    return noun.dep_ == "conj" and noun.head.lemma_.lower() == other and not has_possessor(noun.head)


def definite_spouse(noun: Any) -> bool:
    """ "the husband", "the wife's brother" (a couple already known): a member of that couple."""
    if noun.lemma_.lower() not in SPOUSE_NOUNS or noun.tag_ != "NN":
        return False
    if any(child.dep_ == "poss" for child in noun.children):
        return False
    return any(child.dep_ == "det" and child.lower_ in ("the", "this", "that") for child in noun.children)


def plural_possessor(noun: Any) -> Any | None:
    """The "their" of "their nephew", or None."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in PLURAL_POSSESSIVES:
            return child
    return None


YOUNG = re.compile(r"\b(?:teenage|teen|young|little|baby|infant|(1[0-7]|[1-9])[- ]year[- ]old)\b", re.IGNORECASE)


def young(mentions: list[Span]) -> bool:
    """A relative described as a minor where they were introduced ("their teenage grandson", "her
    12-year-old niece"): "the boy" may mean them."""
    return any(YOUNG.search(m.text) for m in mentions)


def may_be_a_minor(entity: Entity, text: str = "") -> bool:
    """Whom "the boy" (a minor's description) may mean: a child of someone, a boy or girl, or a
    nephew or niece introduced as young ("their young nephew … the boy"), or a named person a parent called
    their young son or daughter ("his 9-year-old son": :func:`kin_anchors.spoken_of`), or a named person whose
    age, given beside the name in ``text``, is a minor's ("Aris Delakos, 15, was shot … the boy")."""
    if entity.anchor and entity.anchor[0] == "child_of":
        return True
    return (
        entity.descriptor in ("boy", "girl", "teenager")
        or (entity.descriptor in ("nephew", "niece", "son", "daughter") and young(entity.mentions))
        or (entity.name is not None and _minor_by_age(entity, text))
    )


_AGE_AFTER = re.compile(r"\s*(?:,|\()\s*(1[0-7]|[1-9])\s*(?:,|\)|\.)")  # "Aris Delakos, 15," / "Aris (15)"
_AGE_BEFORE = re.compile(r"\b(1[0-7]|[1-9])[- ]year[- ]old\s+$", re.IGNORECASE)  # "15-year-old Aris Delakos"


def _minor_by_age(entity: Entity, text: str) -> bool:
    """Whether a mention of a named person has a minor's age right beside it."""
    for mention in entity.mentions:
        end = mention.start + len(mention.text)
        if _AGE_AFTER.match(text, end) or _AGE_BEFORE.search(text[max(0, mention.start - 20) : mention.start]):
            return True
    return False

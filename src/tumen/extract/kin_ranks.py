"""Relatives of one kind told apart: "her eldest child" and "her second child" are two children.

A person may have several children, brothers or sisters, and reports tell them apart by rank
("eldest", "second", "youngest", "baby"; the words are data, ``ranks`` in ``data/kinship.yaml``)
or by listing them together ("her older son and her baby son"). Two rules:

- A kin noun with a rank is a relative of that rank: it never joins a relative of another rank
  of the same person, in its document or across documents (the descriptor keeps the rank:
  "eldest child"). A kin noun without a rank may be any of them (the most recent one).
- Kin nouns of one kind joined in one list ("her son and her son-in-law" aside, "her younger
  son and her infant son") are different persons.
- A spouse is one at a time: a spouse noun qualified as a later one ("her new husband", "her
  second wife", ``later_spouses`` in ``data/kinship.yaml``) or by a nationality ("her Chinese
  husband") is another spouse than one known without it; the qualifier is kept like a rank
  ("chinese husband").
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.vocab import load

RANK_DEPS = ("amod", "compound", "nummod", "advmod", "npadvmod")


@cache
def _ranks() -> dict[str, str]:
    ranks: dict[str, str] = load("kinship.yaml")["ranks"]
    return ranks


def rank_of(noun: Any) -> str | None:
    """The rank a kin noun's modifiers give ("her eldest son" -> "eldest", "her baby sister" ->
    "youngest"), or None."""
    for child in noun.children:
        if child.dep_ in RANK_DEPS and child.i < noun.i:
            found = _ranks().get(child.lower_)
            if found:
                return found
            if noun.lemma_.lower() in _spouse_nouns() and (
                child.lower_ in load("kinship.yaml")["later_spouses"] or child.ent_type_ == "NORP"
            ):
                return str(child.lower_)
    return None


@cache
def _spouse_nouns() -> frozenset[str]:
    kin: dict[str, dict[str, str]] = load("kinship.yaml")["kin"]
    return frozenset(w for w, k in kin.items() if k.get("relation") == "spouse_of")


def later_spouse(rank: str | None, relation: str) -> bool:
    """A spouse noun qualified as another spouse than the one known ("her Chinese husband"; not "her
    first husband")."""
    return relation == "spouse_of" and rank is not None and rank != "eldest"


def split(descriptor: str | None) -> tuple[str | None, str | None]:
    """ "eldest child" -> ("eldest", "child"); "child" -> (None, "child")."""
    if not descriptor:
        return None, descriptor
    first, _, rest = descriptor.partition(" ")
    if rest and (first in _ranks().values() or rest in _spouse_nouns()):
        return first, rest
    return None, descriptor


def kin_gender(descriptor: str | None) -> str | None:
    """The gender a relative's kin word gives ("eldest daughter" -> female, "child" -> None)."""
    word = split(descriptor)[1]
    if not word:
        return None
    kin: dict[str, dict[str, str]] = load("kinship.yaml")["kin"]
    return kin.get(word, {}).get("gender")


def ranked(rank: str | None, word: str) -> str:
    return f"{rank} {word}" if rank else word


def ranks_differ(left: str | None, right: str | None) -> bool:
    """Two descriptors that cannot be one relative: both ranked, differently ("eldest child" /
    "second child"); "child" and "second child" may be one."""
    a, b = split(left)[0], split(right)[0]
    return a is not None and b is not None and a != b


def listed_with(noun: Any) -> int | None:
    """The token of a kin noun of the same kind this one is listed with ("her older son and
    her infant son": the first son for the second), or None."""
    if noun.dep_ == "conj" and noun.head.lemma_.lower() == noun.lemma_.lower():
        return int(noun.head.i)
    return None

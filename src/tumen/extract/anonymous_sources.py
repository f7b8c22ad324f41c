"""Anonymous sources: “… ,” a resident of Musan, who asked not to be named, told the radio.

A person the report quotes without a name is a person of the story (the witness of what they say):

- **Introduced.** A singular noun of ``anonymous_sources.nouns`` (``data/kinship.yaml``: source,
  resident, informant, insider, villager …) with an indefinite determiner ("a", "an", "one",
  "another") that speaks — the subject of a reporting verb (say, tell, confirm …; ``reporting_verbs``
  in ``data/events.yaml``) or what "according to" cites — is a new unnamed person, descriptor
  "source"; the mention is its noun phrase with what places it ("a resident of Musan").
- **Another one.** "Another resident … confirmed", "a second source said": one more, descriptor
  "second source" (then "third source"), never the first.
- **Again.** "the source", "the resident" mean the last source spoken of; "the second source" the
  second.
- **Not a source.** Plurals ("sources told the radio"), a source that does not speak ("she heard it
  from a resident") and a source the text names ("a resident, Ri Chol-ho, said") make no unnamed person.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.entities import Grouping
from tumen.extract.kin_ranks import ranked
from tumen.extract.types import Entity
from tumen.extract.vocab import load

INDEFINITE = frozenset({"a", "an", "one", "another"})
DEFINITE = frozenset({"the", "this", "that"})
ORDINALS = ("second", "third", "fourth")
PLACING = frozenset({"of", "in", "from", "near", "inside"})


@cache
def _nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load("kinship.yaml")["anonymous_sources"])


@cache
def _reporting() -> frozenset[str]:
    return frozenset(str(v).lower() for v in load("events.yaml")["modality"]["reporting_verbs"])


def is_source_noun(token: Any) -> bool:
    return bool(token.pos_ == "NOUN" and token.tag_ == "NN" and token.lemma_.lower() in _nouns())


def speaks(noun: Any) -> bool:
    """The subject of a reporting verb, or what "according to" cites."""
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _reporting():
        return True
    to = noun.head if noun.dep_ == "pobj" else None
    if to is not None and to.lower_ == "to" and to.head.lower_ == "according":
        return True
    return _after_quotation(noun)


def _after_quotation(noun: Any) -> bool:
    """ "“…,” a resident of Musan, who asked not to be named, told the radio": a noun phrase right after a
    closing quotation, before a reporting verb of the sentence that has no subject of its own (the parser
    may hang the noun on a verb of the quotation)."""
    start = min(t.i for t in noun.subtree)
    before = noun.doc[max(noun.sent.start, start - 3) : start]
    if not any(t.text in ("”", '"', "’") for t in before):
        return False
    return any(
        t.lemma_.lower() in _reporting() and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        for t in noun.doc[noun.i + 1 : noun.sent.end]
        if t.pos_ in ("VERB", "AUX")
    )


def determiner(noun: Any, deps: tuple[str, ...] = ("det",)) -> str | None:
    """The noun's determiner before it ("a", "the"; with ``("det", "nummod")`` also "one")."""
    return next((c.lower_ for c in noun.children if c.dep_ in deps and c.i < noun.i), None)


def _ordinal(noun: Any) -> str | None:
    return next((c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in ORDINALS), None)


def phrase(noun: Any) -> tuple[int, int]:
    """The characters of "a resident of Musan": determiner, modifiers, the noun and a placing phrase."""
    tokens = [noun, *(c for c in noun.children if c.i < noun.i and c.dep_ in ("det", "amod", "compound"))]
    for child in noun.children:
        if child.i > noun.i and child.dep_ == "prep" and child.lower_ in PLACING:
            tokens += _core(child)
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def _core(token: Any) -> list[Any]:
    """A phrase without its clauses and asides ("Musan, who asked not to be named," is "Musan")."""
    found = [token]
    for child in token.children:
        if child.dep_ not in ("relcl", "acl", "punct", "appos", "advcl", "cc", "conj"):
            found += _core(child)
    return found


class Sources:
    """The anonymous sources of one document, in the order the text introduces them."""

    def __init__(self, grouping: Grouping) -> None:
        self.g = grouping
        self.order: list[str] = []

    def meant(self, noun: Any, last_seen: dict[str, int]) -> Entity | None:
        """The source a source noun introduces or means again (see the module), or None."""
        article, ordinal = determiner(noun), _ordinal(noun)
        if article in DEFINITE and self.order:
            if ordinal is not None:
                position = ORDINALS.index(ordinal) + 1
                return self.g.by_id(self.order[position]) if position < len(self.order) else None
            return self.g.by_id(max(self.order, key=lambda i: last_seen.get(i, -1)))
        if article not in INDEFINITE or not speaks(noun):
            return None
        position = len(self.order)  # sources already introduced
        rank = ordinal or (ORDINALS[min(position, len(ORDINALS)) - 1] if position else None)
        entity = self.g.new("person", None, descriptor=ranked(rank, "source"))
        self.order.append(entity.id)
        return entity

"""Relatives counted in one plural: "Her grandmother and two younger brothers died of hunger."

A plural kin noun with a stated number and a possessor ("her two brothers", "their three sons", "his 2
daughters") stands for that many relatives of the possessor, each a person of the story with the
kin noun's relation and gender. Relatives of that kind already known in the document ("her brother
Chol … her two brothers") are among them; the rest are new. The plural's span belongs to the first
of them (events and ages reach the others through the group, as with a couple). Without a number
("her brothers", "the children") nothing is made: how many is not said. Numbers are data
(``counts`` in ``data/kinship.yaml``); a number beyond them (twelve sons) is left alone.

"One of her two brothers, the youngest, had died": a part of the counted plural set apart by a rank in
apposition is that one relative, of that rank — the member already known by the rank, else the first
member without one, which takes the rank (``ranks`` in ``data/kinship.yaml``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from tumen.extract.entities import Grouping
from tumen.extract.kin_ranks import ranked, split
from tumen.extract.types import Relation
from tumen.extract.vocab import load

CorefMaps = tuple[dict[int, str], list[Relation], dict[str, tuple[str, ...]], dict[tuple[str, str, str], list[str]]]


@cache
def _counts() -> dict[str, int]:
    return {str(word): int(value) for word, value in load("kinship.yaml")["counts"].items()}


def count_of(noun: Any) -> int | None:
    """How many relatives a plural kin noun counts ("her two younger brothers" -> 2), or None."""
    for child in noun.children:
        if child.dep_ == "nummod" and child.i < noun.i:
            return _counts().get(child.lower_)
    return None


def ranked_one(noun: Any) -> tuple[Any, str] | None:
    """ "One of her two brothers, the youngest,": the token "One" and the rank its apposition gives, or None."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ != "one":
        return None
    ranks: dict[str, str] = load("kinship.yaml")["ranks"]
    for child in (*noun.children, *of.head.children):
        if child.dep_ == "appos" and child.lower_ in ranks:
            return of.head, ranks[child.lower_]
    return None


def member_of_rank(chosen: list[str], rank: str, word: str, grouping: Grouping) -> str | None:
    """The counted relative of ``rank`` (see the module): the one known by it, else the first unranked one,
    which is given the rank ("youngest brother")."""
    for member in chosen:
        if split(grouping.by_id(member).descriptor)[0] == rank:
            return member
    for member in chosen:
        entity = grouping.by_id(member)
        if split(entity.descriptor)[0] is None:
            entity.descriptor = ranked(rank, word)
            return member
    return None


def members(known: list[str], count: int, new: Any) -> list[str]:
    """The ``count`` relatives a counted plural means: the most recent ``known`` ones of its kind,
    then ``new()`` ones (each call makes one relative and gives its id)."""
    chosen = known[-count:] if count <= len(known) else list(known)
    while len(chosen) < count:
        chosen.append(new())
    return chosen


def phrase_start(noun: Any) -> int:
    """Where "her two younger brothers" begins: the possessor, number and adjectives before the noun."""
    left = [t.idx for t in noun.subtree if t.i < noun.i and t.dep_ in ("poss", "case", "det", "nummod", "amod")]
    return int(min([noun.idx, *left]))


def stand_in(known: list[str], groups: dict[str, tuple[str, ...]], grouping: Grouping) -> str | None:
    """A counted relative a named one of its kind turns out to be ("two older sisters … her older sister
    Jinhye"): the last unnamed member of a counted plural never mentioned on its own, or None."""
    for member in reversed(known):
        entity = grouping.by_id(member)
        together = {
            (m.start, m.end)
            for other in groups.get(member, ())
            if other != member
            for m in grouping.by_id(other).mentions
        }
        if entity.name is None and member in groups and all((m.start, m.end) in together for m in entity.mentions):
            return member
    return None


def named_at_last(
    known: list[str], grouping: Grouping, noun: Any, groups: dict[str, tuple[str, ...]], relation: str
) -> str | None:
    """ "her son … Her son, Lee Chul, …": the one unnamed relative of the kind known so far is the one a definite kin
    noun ("her son", "the son") now names, when no named one of the kind is known and the noun is not "another"."""
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in noun.children)
    if len(known) != 1 or not definite or known[0] in groups or relation == "spouse_of" or _counted_before(noun):
        return None  # not one of a counted party ("two sons"), nor a spouse (a later one is told the same way)
    entity = grouping.by_id(known[0])
    return known[0] if entity.name is None and entity.kind == "person" else None


def _counted_before(noun: Any) -> bool:
    """Whether the text counts more than one of the noun's kind before it ("Ana Berg has two sons. … Her son, X")."""
    lemma = noun.lemma_.lower()
    return any(
        t.lemma_.lower() == lemma and t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in t.children)
        for t in noun.doc[: noun.i]
    )


def absorb(gone: str, into: str, grouping: Grouping, coref_maps: CorefMaps) -> None:
    """The counted relative ``gone`` is the named ``into``: its mentions, relations and group places
    become the named one's, and it is no longer an entity."""
    tokens, relations, groups, kin_index = coref_maps
    grouping.replace(gone, into)
    for index, entity_id in tokens.items():
        if entity_id == gone:
            tokens[index] = into
    kept: list[Relation] = []
    for relation in relations:
        subject = into if relation.subject == gone else relation.subject
        object_ = into if relation.object == gone else relation.object
        if not any((r.type, r.subject, r.object) == (relation.type, subject, object_) for r in kept):
            kept.append(replace(relation, subject=subject, object=object_))
    relations[:] = kept
    members = groups.pop(gone, ())
    renamed = tuple(into if m == gone else m for m in members)
    for member in renamed:
        groups[member] = renamed
    for ids in kin_index.values():
        ids[:] = list(dict.fromkeys(into if i == gone else i for i in ids))

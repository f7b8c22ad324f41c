"""Clustering person records into persons: blocking, scoring, union-find, judgements.

Blocking: records meet only when they share a key — surname group + phonetic given name,
or surname group + consonant skeleton of the given name, or (for records with a given
name only) the phonetic given name; relatives without names meet through their anchor
("son of" the same resolved person). Cost grows with the number of records, not pairs.
Analyst judgements override scores: ``positive`` merges, ``negative`` keeps apart, also
transitively (no cluster may contain a negative pair).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from tumen.resolve.judgements import Decision, Judgement
from tumen.resolve.keys import given_key
from tumen.resolve.matching import MERGE_AT, REVIEW_AT, Record, Score, score

MAX_BLOCK = 400  # larger blocks are compared in a sliding window of this size


@dataclass(frozen=True)
class Pair:
    left: str
    right: str
    score: Score


@dataclass
class Resolution:
    """Which records are one person, and which pairs an analyst should look at."""

    cluster_of: dict[str, str] = field(default_factory=dict)  # record key -> person id
    members: dict[str, list[str]] = field(default_factory=dict)  # person id -> record keys
    merged: list[Pair] = field(default_factory=list)
    review: list[Pair] = field(default_factory=list)


class UnionFind:
    def __init__(self, keys: Iterable[str]) -> None:
        self.parent = {k: k for k in keys}
        self.forbidden: dict[str, set[str]] = defaultdict(set)  # root -> roots it may never join

    def find(self, key: str) -> str:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def forbid(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        self.forbidden[ra].add(rb)
        self.forbidden[rb].add(ra)

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if rb in {self.find(x) for x in self.forbidden.get(ra, ())}:
            return False
        if len(self.forbidden.get(ra, ())) < len(self.forbidden.get(rb, ())):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.forbidden[ra] |= self.forbidden.pop(rb, set())
        return True


def _skeleton(key: str) -> str:
    return re.sub(r"[aeiou]", "", key)


def _block_keys(record: Record) -> list[str]:
    name = record.name
    if name is None:
        return []
    given = given_key(name)
    if given and name.surname:
        keys = [f"F|{g}|{given}" for g in name.surname_key]
        keys += [f"S|{g}|{_skeleton(given)}" for g in name.surname_key]
        return [*keys, f"G|{given}"]
    if given:
        return [f"G|{given}"]
    return []


def _pairs(blocks: dict[str, list[Record]]) -> Iterable[tuple[Record, Record]]:
    seen: set[tuple[str, str]] = set()
    for key, records in blocks.items():
        given_only_block = key.startswith("G|")
        for i, a in enumerate(records):
            for b in records[i + 1 : i + 1 + MAX_BLOCK]:
                if a.document == b.document:
                    continue  # one document's grouping already decided
                if given_only_block and a.name and b.name and a.name.surname and b.name.surname:
                    continue  # full names meet in their own blocks
                pair = (a.key, b.key) if a.key < b.key else (b.key, a.key)
                if pair not in seen:
                    seen.add(pair)
                    yield a, b


def person_id(keys: list[str]) -> str:
    return "P" + hashlib.sha1(min(keys).encode()).hexdigest()[:8]


def resolve(records: list[Record], decisions: Iterable[Decision] = ()) -> Resolution:
    by_key = {r.key: r for r in records}
    uf = UnionFind(by_key)
    decisions = [d for d in decisions if d.left in by_key and d.right in by_key]
    for decision in decisions:
        if decision.judgement is Judgement.NEGATIVE:
            uf.forbid(decision.left, decision.right)
    for decision in decisions:
        if decision.judgement is Judgement.POSITIVE:
            uf.union(decision.left, decision.right)
    result = Resolution()
    decided = {d.pair() for d in decisions if d.judgement is not Judgement.UNSURE}
    blocks: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        for key in _block_keys(record):
            blocks[key].append(record)
    scored = [(a, b, score(a, b)) for a, b in _pairs(blocks)]
    scored.sort(key=lambda t: -t[2].total)  # strongest evidence first
    for a, b, s in scored:
        _consider(uf, result, a, b, s, decided)
    _anchored(records, uf, result, decided)
    for key in by_key:
        root = uf.find(key)
        result.members.setdefault(root, []).append(key)
    renamed: dict[str, list[str]] = {}
    for keys in result.members.values():
        pid = person_id(keys)
        renamed[pid] = sorted(keys)
        for key in keys:
            result.cluster_of[key] = pid
    result.members = renamed
    return result


def _consider(uf: UnionFind, result: Resolution, a: Record, b: Record, s: Score, decided: set[tuple[str, str]]) -> None:
    pair = Pair(a.key, b.key, s)
    if (min(a.key, b.key), max(a.key, b.key)) in decided:
        return
    if s.total >= MERGE_AT:
        if uf.union(a.key, b.key):
            result.merged.append(pair)
            if s.against:
                result.review.append(pair)
        else:
            result.review.append(pair)
    elif s.total >= REVIEW_AT:
        result.review.append(pair)


def _anchored(records: list[Record], uf: UnionFind, result: Resolution, decided: set[tuple[str, str]]) -> None:
    """Relatives meet through their resolved anchor: "her son" in two articles about one mother."""
    blocks: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for record in records:
        if record.anchor is not None and record.anchor[1] in uf.parent:
            blocks[(record.anchor[0], uf.find(record.anchor[1]))].append(record)
    for group in blocks.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.document == b.document or uf.find(a.key) == uf.find(b.key):
                    continue
                s = score(a, b)
                if s.total <= -3.0:  # named differently, or different genders
                    continue
                bonus = Score(
                    s.total + MERGE_AT,
                    (f"same relation ({a.anchor[0] if a.anchor else ''}) to the same person", *s.reasons),
                    s.against,
                )
                _consider(uf, result, a, b, bonus, decided)

"""Clustering person records into persons: blocking, scoring, union-find, judgements.

Blocking: records meet only when they share a key — surname group + phonetic given name,
or (for records with a given name only) the phonetic given name; relatives without names
meet through their anchor ("son of" the same resolved person). Within a block, records
sorted by birth and gender are compared with their next few neighbours only, so the cost
grows linearly with the number of records. A merge may not make a person contradict
themselves (disjoint births, two genders) unless the pair's own comparison weighed that
evidence. Analyst judgements override scores: ``positive`` merges, ``negative`` keeps
apart, also transitively (no cluster may contain a negative pair).
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from tumen.model import Interval
from tumen.resolve.judgements import Decision, Judgement
from tumen.resolve.keys import given_key
from tumen.resolve.matching import MERGE_AT, REVIEW_AT, Record, Score, score


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


WINDOW = 8  # in a block, each record is compared with this many neighbours (sorted by birth, gender)
MAX_REVIEW = 5000
STRONG = 0.5  # a pair this far above the merge threshold may join clusters that disagree (then reviewed)


def _block_keys(record: Record) -> list[str]:
    name = record.name
    if name is None:
        return []
    given = given_key(name)
    if given and name.surname:
        return [*(f"F|{g}|{given}" for g in name.surname_key), f"G|{given}"]
    if given:
        return [f"G|{given}"]
    return []


def _order(record: Record) -> tuple[int, str, int]:
    born = record.birth.earliest.toordinal() if record.birth else 10**9
    return born, record.gender or "~", record.document


def _pairs(blocks: dict[str, list[Record]]) -> Iterable[tuple[Record, Record]]:
    """Candidate pairs: within each block, every record and its next WINDOW neighbours once the
    block is sorted by birth and gender (the sorted-neighbourhood method), so the number of
    comparisons grows linearly with the number of records."""
    for key, records in blocks.items():
        given_only_block = key.startswith("G|")
        if given_only_block and all(r.name and r.name.surname for r in records):
            continue
        ordered = sorted(records, key=_order) if len(records) > WINDOW + 1 else records
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 : i + 1 + WINDOW]:
                if a.document == b.document:
                    continue  # one document's grouping already decided
                if given_only_block and a.name and b.name and a.name.surname and b.name.surname:
                    continue  # full names meet in their own blocks
                yield a, b


def person_id(keys: list[str]) -> str:
    return "P" + hashlib.sha1(min(keys).encode()).hexdigest()[:8]


@dataclass
class _Summary:
    """What a growing cluster says about its person: no merge may make it contradict itself."""

    birth: Interval | None
    genders: set[str]


def resolve(records: list[Record], decisions: Iterable[Decision] = ()) -> Resolution:
    by_key = {r.key: r for r in records}
    uf = UnionFind(by_key)
    summaries = {r.key: _Summary(r.birth, {r.gender} if r.gender else set()) for r in records}
    decisions = [d for d in decisions if d.left in by_key and d.right in by_key]
    for decision in decisions:
        if decision.judgement is Judgement.NEGATIVE:
            uf.forbid(decision.left, decision.right)
    for decision in decisions:
        if decision.judgement is Judgement.POSITIVE:
            _union(uf, summaries, decision.left, decision.right)
    result = Resolution()
    decided = {d.pair() for d in decisions if d.judgement is not Judgement.UNSURE}
    blocks: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        for key in _block_keys(record):
            blocks[key].append(record)
    for block in _scored_blocks(blocks):
        for a, b, s in block:
            _consider(uf, summaries, result, a, b, s, decided)
    _anchored(records, uf, summaries, result, decided)
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


def _scored_blocks(blocks: dict[str, list[Record]]) -> Iterable[list[tuple[Record, Record, Score]]]:
    """Scored candidate pairs a block at a time, strongest first, keeping only those that
    can matter (at or above the review threshold)."""
    seen: set[tuple[str, str]] = set()
    for key in sorted(blocks):
        scored = []
        for a, b in _pairs({key: blocks[key]}):
            pair = (a.key, b.key) if a.key < b.key else (b.key, a.key)
            if pair in seen:
                continue
            seen.add(pair)
            s = _common_name(score(a, b), len(blocks[key]), key)
            if s.total >= REVIEW_AT:
                scored.append((a, b, s))
        scored.sort(key=lambda t: -t[2].total)
        yield scored


COMMON_NAME = 16  # a full name shared by more records than this is weaker evidence of identity


def _common_name(s: Score, block_size: int, key: str) -> Score:
    """A name many records share says less: up to 1.5 points less for a very common one
    (the Fellegi–Sunter idea that agreement on a frequent value is weak evidence)."""
    if not key.startswith("F|") or block_size <= COMMON_NAME:
        return s
    penalty = min(1.5, 0.5 * math.log2(block_size / COMMON_NAME))
    return Score(s.total - penalty, (*s.reasons, f"common name ({block_size} records)"), s.against)


def _conflicting(one: _Summary, other: _Summary) -> bool:
    if one.birth is not None and other.birth is not None and not one.birth.overlaps(other.birth):
        return True
    return len(one.genders | other.genders) > 1


def _union(uf: UnionFind, summaries: dict[str, _Summary], a: str, b: str) -> bool:
    ra, rb = uf.find(a), uf.find(b)
    if ra == rb or not uf.union(a, b):
        return ra == rb
    root = uf.find(a)
    left, right = summaries.pop(ra), summaries.pop(rb)
    birth = (
        left.birth
        if right.birth is None
        else right.birth
        if left.birth is None
        else (left.birth.intersect(right.birth) or left.birth)
    )
    summaries[root] = _Summary(birth, left.genders | right.genders)
    return True


def _consider(
    uf: UnionFind,
    summaries: dict[str, _Summary],
    result: Resolution,
    a: Record,
    b: Record,
    s: Score,
    decided: set[tuple[str, str]],
) -> None:
    pair = Pair(a.key, b.key, s)
    if (min(a.key, b.key), max(a.key, b.key)) in decided:
        return
    if s.total >= MERGE_AT:
        ra, rb = uf.find(a.key), uf.find(b.key)
        # A merge may not make a person contradict themselves unless this very pair weighed it.
        chained = (
            ra != rb and not s.against and s.total < MERGE_AT + STRONG and _conflicting(summaries[ra], summaries[rb])
        )
        conflicting = ra != rb and _conflicting(summaries[ra], summaries[rb])
        if not chained and _union(uf, summaries, a.key, b.key):
            result.merged.append(pair)
            if (s.against or conflicting) and len(result.review) < MAX_REVIEW:
                result.review.append(pair)
        elif len(result.review) < MAX_REVIEW:
            result.review.append(pair)
    elif len(result.review) < MAX_REVIEW:
        result.review.append(pair)


def _anchored(
    records: list[Record],
    uf: UnionFind,
    summaries: dict[str, _Summary],
    result: Resolution,
    decided: set[tuple[str, str]],
) -> None:
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
                _consider(uf, summaries, result, a, b, bonus, decided)

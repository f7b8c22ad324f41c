"""Clustering person records into persons: blocking, scoring, union-find, judgements.

Blocking: records meet only when they share a key — surname group + phonetic given name,
or (for records with a given name only) the phonetic given name; relatives without names
meet through their anchor ("son of" the same resolved person; a spouse is one at a time, so an
unnamed spouse never joins a named one by the relation alone). Within a block, records are
compared with their next few neighbours in two sorted passes (by birth and gender, by place
and gender), so the cost grows linearly with the number of records.

Pairs merge strongest first. Each cluster keeps a profile (births with their tolerance,
genders, surname groups, given names, documents, places), and a merge may not make a person
contradict themselves: two genders, surnames or given names, or two differently named records
of one document, are never merged automatically; two disjoint births only for a rare name with
strong evidence (then reviewed). A record joining a cluster of several records is weighed
against the whole cluster's places, not one member's. Analyst judgements override scores:
``positive`` merges, ``negative`` keeps apart, also transitively (no cluster may contain a
negative pair).
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from tumen.extract.kin_ranks import kin_gender, split
from tumen.extract.names import Name
from tumen.resolve.casts import CAST_BONUS, cast_keys, cast_matches, describe
from tumen.resolve.judgements import Decision, Judgement
from tumen.resolve.keys import given_key
from tumen.resolve.matching import (
    COMMON_CONTEXT,
    MAX_COMMON_NAME,
    MERGE_AT,
    REVIEW_AT,
    WEIGHTS,
    Record,
    Score,
    f_birth,
    score,
)
from tumen.resolve.profile import BIRTH_CONFLICT, Profile


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
STRONG = 1.0  # a pair this far above the merge threshold may join clusters whose births disagree (then reviewed)


def block_keys(record: Record) -> list[str]:
    """The blocks a record falls into: surname group + phonetic given name, and the given name alone;
    for an unnamed person of a story, its role in the month of its report (:mod:`tumen.resolve.casts`)."""
    return [*name_keys(record.name), *cast_keys(record)]


def name_keys(name: Name | None) -> list[str]:
    """Keys any spelling of a name shares (Kang Mi-rae, Gang Mirae, 강미래): surname group + phonetic
    given name ("F|…"), and the phonetic given name alone ("G|…")."""
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
        passes = (
            [sorted(records, key=_order), sorted(records, key=_by_place)] if len(records) > WINDOW + 1 else [records]
        )
        for ordered in passes:
            for i, a in enumerate(ordered):
                for b in ordered[i + 1 : i + 1 + WINDOW]:
                    if a.document == b.document:
                        continue  # one document's grouping already decided
                    if given_only_block and a.name and b.name and a.name.surname and b.name.surname:
                        continue  # full names meet in their own blocks
                    yield a, b


def _by_place(record: Record) -> tuple[str, str, int]:
    """The second sort of a large block: records that name the same place meet even without births."""
    return min(record.context - COMMON_CONTEXT, default="~"), record.gender or "~", record.document


def key_order(key: str) -> tuple[int, str, int]:
    """Records in the order their documents came: "9:p2" before "10:p1", "3:p2" before "3:p10"."""
    document, _, local = key.partition(":")
    letters = local.rstrip("0123456789")
    number = local[len(letters) :]
    return int(document) if document.isdigit() else -1, letters, int(number) if number else 0


def origin(keys: Iterable[str]) -> str:
    """The first record of a cluster: a later document never changes it, so neither does the id."""
    return min(keys, key=key_order)


def person_id(keys: Iterable[str]) -> str:
    return "P" + hashlib.sha1(origin(keys).encode()).hexdigest()[:8]


def _weighed_births(a: Record, b: Record) -> bool:
    """Did this pair's own comparison count disjoint births against it?"""
    return any(signal in ("births_disjoint", "stated_births_disjoint") for signal in f_birth(a, b))


class _Clusters:
    """Union-find over records with a profile per cluster, made when a cluster is first needed."""

    def __init__(self, by_key: dict[str, Record]) -> None:
        self.records = by_key
        self.uf = UnionFind(by_key)
        self.profiles: dict[str, Profile] = {}

    def profile(self, root: str) -> Profile:
        found = self.profiles.get(root)
        if found is None:
            found = self.profiles[root] = Profile.of(self.records[root])
        return found

    def conflict(self, a: str, b: str) -> str | None:
        ra, rb = self.uf.find(a), self.uf.find(b)
        if ra == rb:
            return None
        return self.profile(ra).conflict(self.profile(rb))

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.uf.find(a), self.uf.find(b)
        if ra == rb:
            return True
        left, right = self.profile(ra), self.profile(rb)
        if not self.uf.union(a, b):
            return False
        root = self.uf.find(a)
        keep, gone = (left, right) if len(left.documents) >= len(right.documents) else (right, left)
        keep.absorb(gone)
        self.profiles.pop(ra, None)
        self.profiles.pop(rb, None)
        self.profiles[root] = keep
        return True


def _with_kin(records: list[Record]) -> list[Record]:
    """Each record with the kin nouns of the unnamed relatives anchored to it ("her daughter")."""
    kin: dict[str, set[str]] = defaultdict(set)
    for record in records:
        if record.anchor is not None and record.name is None:
            kin[record.anchor[1]].add(split(record.descriptor)[1] or record.anchor[0])
    return [replace(r, kin=frozenset(kin[r.key])) if kin.get(r.key) else r for r in records]


def resolve(records: list[Record], decisions: Iterable[Decision] = ()) -> Resolution:
    records = _with_kin(records)
    by_key = {r.key: r for r in records}
    clusters = _Clusters(by_key)
    decisions = [d for d in decisions if d.left in by_key and d.right in by_key]
    for decision in decisions:
        if decision.judgement is Judgement.NEGATIVE:
            clusters.uf.forbid(decision.left, decision.right)
    for decision in decisions:
        if decision.judgement is Judgement.POSITIVE:
            clusters.union(decision.left, decision.right)
    result = Resolution()
    decided = {d.pair() for d in decisions if d.judgement is not Judgement.UNSURE}
    blocks: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        for key in name_keys(record.name):
            blocks[key].append(record)
    for block in _scored_blocks(blocks):
        for a, b, s in block:
            _consider(clusters, result, a, b, s, decided)
    _casts(records, clusters, result, decided)
    _anchored(records, clusters, result, decided)
    uf = clusters.uf
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
    across: set[tuple[str, str]] = set()  # pairs that can meet in two blocks: surnames of several groups
    for key in sorted(blocks):
        scored = []
        seen: set[tuple[str, str]] = set()  # a block's two sorted passes find some pairs twice
        for a, b in _pairs({key: blocks[key]}):
            pair = (a.key, b.key) if a.key < b.key else (b.key, a.key)
            if pair in seen:
                continue
            seen.add(pair)
            if _in_several_blocks(a) and _in_several_blocks(b):
                if pair in across:
                    continue
                across.add(pair)
            s = _common_name(score(a, b, explain=False), len(blocks[key]))
            if s.total >= REVIEW_AT:
                scored.append((a, b, s))
        scored.sort(key=lambda t: -t[2].total)
        yield scored


def _in_several_blocks(record: Record) -> bool:
    return record.name is not None and len(record.name.surname_key) > 1


COMMON_NAME = 16  # a name (full, or given name alone) shared by more records than this is weaker evidence of identity


def _common_name(s: Score, block_size: int) -> Score:
    """A name many records share says less: the Fellegi–Sunter idea that agreement on a frequent
    value is weak evidence; each doubling of the block beyond COMMON_NAME records costs
    WEIGHTS["common_name_per_doubling"], up to MAX_COMMON_NAME."""
    if block_size <= COMMON_NAME:
        return s
    penalty = min(MAX_COMMON_NAME, -WEIGHTS["common_name_per_doubling"] * math.log2(block_size / COMMON_NAME))
    reason = f"common name ({block_size} records) {-penalty:+.1f}"
    return Score(s.total - penalty, (*s.reasons, reason), s.against, True, s.explained)


def _consider(
    clusters: _Clusters,
    result: Resolution,
    a: Record,
    b: Record,
    s: Score,
    decided: set[tuple[str, str]],
) -> None:
    """Merge a scored pair, or keep it for review; ``s`` may be unexplained (the features' reasons
    are written only for the pairs kept, see :func:`_pair`)."""
    if (min(a.key, b.key), max(a.key, b.key)) in decided:
        return
    if s.total < MERGE_AT:
        if len(result.review) < MAX_REVIEW:
            result.review.append(_pair(a, b, s))
        return
    why = clusters.conflict(a.key, b.key)
    if why is not None:
        # A rare name with enough evidence beside it outweighs a disagreement about the birth (one
        # account has the age wrong: reviewed) when this very pair weighed the disagreement, or when
        # it scored STRONG above the threshold. A common name never does: namesakes would chain.
        rare_and_strong = not s.common and (_weighed_births(a, b) or s.total >= MERGE_AT + STRONG)
        if not (why.startswith(BIRTH_CONFLICT) and rare_and_strong):
            if len(result.review) < MAX_REVIEW:  # a merge may not make a person contradict themselves
                result.review.append(_pair(a, b, _but(s, f"kept apart: {why}")))
            return
        s = _but(s, f"merged although it {why}")
    s = _with_clusters(clusters, a, b, s)
    if s.total < MERGE_AT:
        if len(result.review) < MAX_REVIEW:
            result.review.append(_pair(a, b, s))
        return
    if clusters.union(a.key, b.key):
        result.merged.append(_pair(a, b, s))
        if s.against and len(result.review) < MAX_REVIEW:
            result.review.append(result.merged[-1])
    elif len(result.review) < MAX_REVIEW:
        result.review.append(_pair(a, b, s))


def _but(s: Score, reason: str) -> Score:
    """A score with one more reason, one that speaks against the merge."""
    return Score(s.total, (*s.reasons, reason), True, s.common, s.explained)


def _pair(a: Record, b: Record, s: Score) -> Pair:
    """The pair as the review listing shows it: every feature's reason first, then the rest."""
    if not s.explained:
        s = Score(s.total, (*score(a, b).reasons, *s.reasons), s.against, s.common)
    return Pair(a.key, b.key, s)


def _with_clusters(clusters: _Clusters, a: Record, b: Record, s: Score) -> Score:
    """The merge of two clusters, not only of two records: their members' places and organisations
    count too ("merge only when the newcomer agrees with the cluster, not with one member")."""
    ra, rb = clusters.uf.find(a.key), clusters.uf.find(b.key)
    if ra == rb:
        return s
    left, right = clusters.profile(ra), clusters.profile(rb)
    if len(left.documents) == 1 or len(right.documents) == 1:
        return s  # a record joining a cluster: the pair's own score said it all
    pair_shared = (a.context & b.context) - COMMON_CONTEXT
    if pair_shared:
        return s
    shared = sorted(left.context & right.context)
    if shared:
        weight = WEIGHTS["shared_context"]
        reason = "the clusters share context: " + ", ".join(shared[:4])
    elif left.context and right.context:
        weight = WEIGHTS["cluster_contexts_disjoint"]
        reason = "the clusters share no place or organisation"
    else:
        return s
    return Score(
        s.total + weight, (*s.reasons, f"{reason} {weight:+.1f}"), s.against or weight < 0, s.common, s.explained
    )


def _casts(records: list[Record], clusters: _Clusters, result: Resolution, decided: set[tuple[str, str]]) -> None:
    """Unnamed persons of one story told by two reports: the same cast is the same people."""
    for match in cast_matches(records):
        a, b = match.left, match.right
        if clusters.uf.find(a.key) == clusters.uf.find(b.key):
            continue
        s = score(a, b)
        cast = Score(s.total + CAST_BONUS, (describe(match), *s.reasons), s.against)
        _consider(clusters, result, a, b, cast, decided)


def _ambiguous(a: Record, b: Record, group: list[Record]) -> bool:
    """Is one of two relatives of one kind unranked while the person has relatives of that kind
    of two ranks or more ("her child" / "her eldest child", "her second child"; sons and daughters
    count among children, but brothers not among sisters)?"""
    if split(a.descriptor)[0] is not None and split(b.descriptor)[0] is not None:
        return False
    genders = {g for g in (kin_gender(a.descriptor), kin_gender(b.descriptor)) if g}
    if len(genders) > 1:
        return False
    ranks = {
        split(r.descriptor)[0] for r in group if not (genders and kin_gender(r.descriptor) not in (None, *genders))
    }
    return len(ranks - {None}) > 1


# Relations a person may hold to several people in turn: a first husband left in the North, a man she
# was sold to across the border, a husband in the South. The relation alone joins two unnamed spouses of one person (two
# reports retelling one story), never an unnamed spouse with a named one.
SUCCESSIVE = frozenset({"spouse_of"})
SUCCESSIVE_REASON = "the same relation (spouse) is not counted: a named and an unnamed spouse may be two spouses"


def _named(clusters: _Clusters, record: Record) -> bool:
    """Does any record of this record's cluster carry a name?"""
    if record.name is not None:
        return True
    profile = clusters.profile(clusters.uf.find(record.key))
    return bool(profile.givens) or profile.surnames is not None


def _anchored(
    records: list[Record],
    clusters: _Clusters,
    result: Resolution,
    decided: set[tuple[str, str]],
) -> None:
    """Relatives meet through their resolved anchor: "her son" in two articles about one mother. Not
    a spouse named in one report with an unnamed one in another (:func:`_successive`)."""
    uf = clusters.uf
    blocks: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for record in records:
        if record.anchor is not None and record.anchor[1] in uf.parent:
            blocks[(record.anchor[0], uf.find(record.anchor[1]))].append(record)
    bonus = WEIGHTS["same_relation_to_same_person"]
    for group in blocks.values():
        successive: list[tuple[Record, Record, Score]] = []
        # the same description first ("eldest sister" with "eldest sister"), then "sister" with "eldest sister"
        pairs = sorted(
            ((a, b) for i, a in enumerate(group) for b in group[i + 1 :]),
            key=lambda pair: pair[0].descriptor != pair[1].descriptor,
        )
        for a, b in pairs:
            if a.document == b.document or uf.find(a.key) == uf.find(b.key):
                continue
            if _ambiguous(a, b, group):
                continue  # "her child" when she has an eldest and a second child: which one?
            s = score(a, b)
            if s.total <= -3.0:  # named differently, or different genders
                continue
            relation = a.anchor[0] if a.anchor else ""
            if relation in SUCCESSIVE and _named(clusters, a) != _named(clusters, b):
                successive.append((a, b, s))  # after the unnamed ones joined: one question per two persons
                continue
            boosted = Score(
                s.total + bonus,
                (f"same relation ({relation}) to the same person {bonus:+.1f}", *s.reasons),
                s.against,
            )
            if boosted.total >= REVIEW_AT:  # a mother and a father of one person are not a question
                _consider(clusters, result, a, b, boosted, decided)
        _successive(clusters, result, successive, decided)


def _successive(
    clusters: _Clusters,
    result: Resolution,
    pairs: list[tuple[Record, Record, Score]],
    decided: set[tuple[str, str]],
) -> None:
    """A named and an unnamed spouse of one person ("her husband" here, "her husband Pak Chol-jin"
    there): perhaps two husbands of one life, so the relation is not counted — other evidence may
    still merge them, and each two persons are one question for the analyst."""
    asked: set[tuple[str, str]] = set()
    for a, b, s in pairs:
        ra, rb = clusters.uf.find(a.key), clusters.uf.find(b.key)
        if ra == rb or (min(ra, rb), max(ra, rb)) in asked:
            continue
        asked.add((min(ra, rb), max(ra, rb)))
        _consider(clusters, result, a, b, _but(s, SUCCESSIVE_REASON), decided)

"""Which statements are one fact: the grouping rules, in three local steps.

1. **Own facts.** Statements of the same type and principals (the victims, else the subjects, else the payers,
   resolved across documents, as a set: "a wife and her husband" and "the husband and his wife" are one pair)
   are one fact; statements of one document only when their times and places are compatible. Modalities must
   be compatible: an attempt joins what was done or what failed, a plan joins what was done, attempted or
   failed; a demand or an offer joins only its like.
   A group's statements ("escapees") must overlap in time. Statements without a principal are one fact
   across documents only when they tell the same type at the same place on exactly the same day
   ("an arrest in Hyesan on 3 May 2019" twice); "an arrest in Hyesan in 2019" twice may be two arrests.
2. **Attachment.** A statement without a known principal (none, or an anonymous person such as "a soldier")
   joins the one fact of a named principal that it can only be: another document's statements of the same
   type at the same place (or one inside the other: Panmunjom in the DMZ) and at overlapping times. With two
   such facts or none it stays a fact of its own.
   The candidates are judged by their own statements only, never by what else joined them, so one
   attachment never decides another: adding a report changes only the decisions near it.
3. **Twins.** Facts about no one in particular or about a group that count the same distinctive number of
   people (at least 20, not a round hundred: "108 workers") in different documents are one fact.

Every step looks only at statements near the ones that changed (same principal, same place and time, same
tally), which is what lets the stored case base be updated incrementally (:mod:`tumen.pipeline.update`).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tumen.corroborate.facts import (
    PRINCIPAL_ROLES,
    Fact,
    Support,
    _compatible,
    _distinctive,
    _principal,
    _recent,
    _same_granularity,
    _similar_counts,
    modality_of,
)
from tumen.model import Interval
from tumen.resolve.places import nested, related

Key = tuple[str, str | None]
Keyed = tuple[Key, list[Support]]


@dataclass
class Grouped:
    """The facts of the statements given, and the statements attached to each context fact (by its index)."""

    facts: list[Fact]
    attached: dict[int, list[Support]] = field(default_factory=dict)
    # each group of statements without a known principal, with the first own statement of each named fact it
    # could be (up to two): with two it stays a fact of its own until one of those facts changes
    candidates: list[tuple[list[Support], list[Support]]] = field(default_factory=list)


def group_facts(supports: list[Support], anonymous: frozenset[str] = frozenset()) -> list[Fact]:
    """Facts from statements (see the module doc). ``anonymous`` names the principals that are no one in
    particular ("a soldier"): their events may be the same as a named person's."""
    return regroup(supports, anonymous).facts


def regroup(
    supports: list[Support], anonymous: frozenset[str] = frozenset(), context: Sequence[list[Support]] = ()
) -> Grouped:
    """Facts from ``supports``, with ``context``: the own statements of stored facts of named principals that
    are not regrouped but that a statement without a principal may join (:attr:`Grouped.attached`)."""
    earlier = [s for s in supports if s.earlier]
    buckets: dict[tuple[str, frozenset[str]], list[list[Support]]] = defaultdict(list)
    told_where: dict[tuple[Any, ...], list[list[Support]]] = defaultdict(list)  # no one's: by place and time
    for support in sorted((s for s in supports if not s.earlier), key=lambda s: (s.document, s.start)):
        key = (kind_of(support), principals(support))
        principal = _principal(support)
        spot = _where(key, support) if principal is None else None
        for bucket in buckets[key] if principal is not None else told_where.get(spot, []) if spot else []:
            if _joins(support, bucket, principal):
                bucket.append(support)
                break
        else:
            buckets[key].append([support])
            if spot is not None:
                told_where[spot].append(buckets[key][-1])
    # the fact's principal: that of its first statement as told (support_order), whichever arrived first
    grouped = [
        ((fact_type(bucket), _principal(min(bucket, key=support_order))), bucket)
        for bucket in _join_overlapping(buckets, anonymous)
    ]
    grouped, attached, candidates = _attach(grouped, anonymous, list(context))
    grouped = _merge_twins(grouped)
    where = {s.event: bucket for _key, bucket in grouped for s in bucket}
    for support in earlier:  # beside the corrected statement it was told with
        if support.event in where:
            where[support.event].append(support)
    facts = []
    for (event_type, principal), bucket in grouped:
        bucket.sort(key=support_order)  # one order however the fact was assembled
        fact_id = "F" + hashlib.sha1("|".join(sorted({s.event for s in bucket})).encode()).hexdigest()[:8]
        facts.append(Fact(fact_id, event_type, principal, supports=bucket))
    return Grouped(facts, attached, candidates)


# One harm of a person told in different words: a beating or an attack by one report is the torture another
# tells, a killing the execution ("shot dead" / "executed by firing squad"). Statements of these types about
# the same named person are one fact under the rules of one type (compatible times, within a document
# compatible times and places); the fact takes the most specific type its statements give.
KINDRED = {"ill_treatment": "torture", "attack": "torture", "killing": "execution"}
_SPECIFIC = ("torture", "ill_treatment", "attack", "execution", "killing")


def kind_of(support: Support) -> str:
    """The type a statement is grouped by: its own, or for a named person's harm its kindred family's."""
    principal = _principal(support)
    if principal is not None and principal.startswith("P"):
        return KINDRED.get(support.type, support.type)
    return support.type


def fact_type(bucket: list[Support]) -> str:
    """The most specific type the statements of one fact give (torture before ill_treatment before attack)."""
    types = {s.type for s in bucket}
    return next((t for t in _SPECIFIC if t in types), bucket[0].type)


def support_order(support: Support) -> tuple[bool, int, int, str]:
    """A fact's statements in the order they were told, corrected earlier accounts last."""
    return support.earlier, support.document, support.start, support.event


def _join_overlapping(
    buckets: dict[tuple[str, frozenset[str]], list[list[Support]]], anonymous: frozenset[str]
) -> list[list[Support]]:
    """Buckets of one type whose named principals overlap enough to be one party — one names a part of the
    other's ("the husband" of "the husband and wife"), or they share two or more — are one fact when every
    pair of statements of the two may be one event: compatible modalities, compatible times and places within
    a document, overlapping times (or an undated side) across documents. Pairs are taken in one canonical
    order (by type and party) and every statement of a merged fact must fit every other (an undated report
    of one person never bridges two dated crossings of its party), so the result depends only on the
    statements, not on the order they came in."""
    flat = [
        (key, bucket)
        for key, found in sorted(buckets.items(), key=lambda i: (i[0][0], sorted(i[0][1])))
        for bucket in found
    ]
    parent = list(range(len(flat)))
    members: dict[int, list[Support]] = {n: list(bucket) for n, (_key, bucket) in enumerate(flat)}

    def root(n: int) -> int:
        while parent[n] != n:
            n = parent[n]
        return n

    by_person: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, ((kind, party), _bucket) in enumerate(flat):
        if party and not any(p.startswith("G") for p in party):  # a group is not one person
            for person in party:
                by_person[(kind, person)].append(n)
    pairs = sorted(
        {
            (left, right)
            for near in by_person.values()
            for i, left in enumerate(near)
            for right in near[i + 1 :]
            if _one_party(flat[left][0][1], flat[right][0][1])
        }
    )
    for left, right in pairs:
        a, b = root(left), root(right)
        if a != b and all(_may_be_one(x, y) for x in members[a] for y in members[b]):
            parent[b] = a
            members[a] += members.pop(b)
    return [sorted(bucket, key=lambda s: (s.document, s.start)) for bucket in members.values()]


def _one_party(a: frozenset[str], b: frozenset[str]) -> bool:
    """Parties that may be one: one a part of the other, or sharing two people (equal ones are one bucket
    already, unless their own document keeps them apart)."""
    return a != b and (a <= b or b <= a or len(a & b) >= 2)


def _may_be_one(x: Support, y: Support) -> bool:
    if not accounts_of_one(x, y):
        return False
    if x.document == y.document:  # one report dating two parties' events apart tells two events
        dated_apart = x.time is not None and y.time is not None and principals(x) != principals(y)
        return not dated_apart and _compatible(x, y)
    return x.time is None or y.time is None or x.time.overlaps(y.time)


def principals(support: Support) -> frozenset[str]:
    """Who a statement is about: its victims, else its subjects, else its payers (a set: order is style)."""
    for role in PRINCIPAL_ROLES:
        found = frozenset(entity for entity, r in support.participants if r == role)
        if found:
            return found
    return frozenset()


# Modalities that may be accounts of one event: an attempt may have succeeded or failed, a plan may have been
# carried out, attempted or failed. A demanded or offered price is no account of a payment: it joins only its like.
_ACCOUNTS = {
    "asserted": {"asserted", "attempted", "planned"},
    "attempted": {"asserted", "attempted", "planned", "failed"},
    "failed": {"attempted", "planned", "failed"},
    "planned": {"asserted", "attempted", "planned", "failed"},
}


def accounts_of_one(a: Support, b: Support) -> bool:
    """Whether two statements' modalities may tell one event (see _ACCOUNTS). Done and failed are one event
    told two ways — a conflict (facts.py) — only when both are dated and their times meet; otherwise a person
    who failed and later crossed did two things (eight failed attempts, then the crossing)."""
    left, right = modality_of(a), modality_of(b)
    if {left, right} == {"asserted", "failed"}:
        return a.time is not None and b.time is not None and a.time.overlaps(b.time)
    return left == right or right in _ACCOUNTS.get(left, set())


def _joins(support: Support, bucket: list[Support], principal: str | None) -> bool:
    if not all(accounts_of_one(s, support) for s in bucket):
        return False  # a demand is no other account of what was paid (extraction.md, Modality)
    if principal is not None and principal.startswith("G"):  # a group is not one person: times must meet
        count = _distinctive(support)
        if count and all(s.document == support.document and _distinctive(s) == count for s in bucket):
            return True  # a report coming back to its own tally ("the 108 repatriated workers")
        when = _recent(support)
        if when is None:
            return False
        return all(
            (other := _recent(s)) is not None
            and other.overlaps(when)
            and _same_granularity(other, when)
            and _similar_counts(s, support)
            for s in bucket
        )
    if principal is None:  # no one to follow: the same place at exactly the same time, across documents a day
        return all(_compatible(support, s) for s in bucket) and all(
            s.place is not None
            and s.place == support.place
            and _same_time(s.time, support.time)
            and (s.document == support.document or one_day(support.time))
            for s in bucket
        )
    if any(s.type != support.type and s.time and support.time and not s.time.overlaps(support.time) for s in bucket):
        return False  # kindred types (KINDRED) are one harm only at times that meet
    same_document = [s for s in bucket if s.document == support.document]
    return not same_document or all(_compatible(support, s) for s in same_document)


def _where(key: tuple[str, frozenset[str]], support: Support) -> tuple[Any, ...] | None:
    """Where and when a statement told of no one was told: it joins only statements at exactly that place and
    time (:func:`_joins`) — of its own document unless the time is one day —, so it is compared with those
    alone, not with every such statement of its type."""
    if support.place is None or support.time is None:
        return None
    spot = (key, support.place, support.time.earliest, support.time.latest)
    return spot if one_day(support.time) else (*spot, support.document)


def one_day(time: Interval | None) -> bool:
    """A time that is one day: what statements told of no one must share to be one event across documents."""
    return time is not None and time.earliest == time.latest


def _same_time(a: Interval | None, b: Interval | None) -> bool:
    return a is not None and b is not None and (a.earliest, a.latest) == (b.earliest, b.latest)


def attachable(principal: str | None, anonymous: Container[str]) -> bool:
    """A statement that may join a named principal's fact: told of no one, or of an anonymous person."""
    return principal is None or principal in anonymous


def candidate(principal: str | None, anonymous: Container[str]) -> bool:
    """A fact that statements without a principal may join: of a named person or organisation."""
    return principal is not None and not principal.startswith("G") and principal not in anonymous


def _attach(
    grouped: list[Keyed], anonymous: frozenset[str], context: list[list[Support]]
) -> tuple[list[Keyed], dict[int, list[Support]], list[tuple[list[Support], list[Support]]]]:
    """Each bucket without a known principal joins its one candidate (see the module doc); candidates are the
    named principals' own buckets and the context's, judged on their own statements only. Also each such
    bucket with the first statement of each candidate found (up to two)."""
    own = [(n, bucket) for n, (key, bucket) in enumerate(grouped) if candidate(key[1], anonymous)]
    pool = [bucket for _n, bucket in own] + context
    at_place: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, bucket in enumerate(pool):
        for place in sorted({near for s in bucket if s.place for near in related(s.place)}):
            at_place[(bucket[0].type, place)].append(n)  # at a place, at those inside it and around it
    spans = [_envelope(bucket) for bucket in pool]
    joins: dict[int, list[Support]] = defaultdict(list)
    kept: list[Keyed] = []
    attached: dict[int, list[Support]] = defaultdict(list)
    candidates: list[tuple[list[Support], list[Support]]] = []
    for key, bucket in grouped:
        if attachable(key[1], anonymous):
            near = sorted({n for s in bucket if s.place for n in at_place.get((key[0], s.place), ())})
            matches = _occasions(bucket, near, pool, spans)
            candidates.append((bucket, [min(pool[n], key=support_order) for n in matches]))
            if len(matches) == 1:
                if matches[0] < len(own):
                    joins[own[matches[0]][0]].extend(bucket)
                else:
                    attached[matches[0] - len(own)].extend(bucket)
                continue
        kept.append((key, bucket))
    owners = {id(grouped[n][1]): n for n, _bucket in own}
    result = [(key, bucket + joins.get(owners.get(id(bucket), -1), [])) for key, bucket in kept]
    return result, dict(attached), candidates


def may_attach(loose: list[Support]) -> bool:
    """Whether statements without a principal could be the same occasion as some named fact: one of them is
    at a place and one gives a time (see _attach and _occasions)."""
    return _envelope(loose) is not None and any(s.place for s in loose)


def _envelope(bucket: list[Support]) -> tuple[date, date] | None:
    """From the earliest to the latest day the bucket's statements give (None: no statement gives a time)."""
    times = [s.time for s in bucket if s.time]
    return (min(t.earliest for t in times), max(t.latest for t in times)) if times else None


def _occasions(
    loose: list[Support], near: list[int], pool: list[list[Support]], spans: list[tuple[date, date] | None]
) -> list[int]:
    """The candidates (up to two: one is all that joins) that are the same occasion as ``loose``. One whose
    days do not meet the loose statements' days cannot be (every dated pair must overlap), so it is passed
    over without comparing statement by statement: a busy place gathers candidates of every year."""
    own = _envelope(loose)
    matches: list[int] = []
    if own is None:
        return matches
    for n in near:
        span = spans[n]
        if span is None or span[0] > own[1] or own[0] > span[1]:
            continue
        if _same_occasion(loose, pool[n]):
            matches.append(n)
            if len(matches) == 2:
                break
    return matches


def _merge_twins(grouped: list[Keyed]) -> list[Keyed]:
    """Facts about no one or a group counting the same distinctive number of people in different documents."""
    result: list[Keyed] = []
    counting: dict[tuple[str, int], list[int]] = defaultdict(list)
    for key, bucket in grouped:
        twin = None
        if _collective(key[1]):
            near = sorted({n for s in bucket if (c := _distinctive(s)) for n in counting.get((key[0], c), ())})
            twin = next((n for n in near if _same_count(bucket, result[n][1])), None)
        if twin is not None:
            result[twin][1].extend(bucket)
        else:
            result.append((key, bucket))
            twin = len(result) - 1
        if _collective(key[1]):
            for c in {c for s in bucket if (c := _distinctive(s))}:
                if twin not in counting[(key[0], c)]:
                    counting[(key[0], c)].append(twin)
    return result


def _collective(principal: str | None) -> bool:
    return principal is None or principal.startswith("G")


def _same_occasion(loose: list[Support], bucket: list[Support]) -> bool:
    """Statements of other documents on the same day(s) at the same place."""
    if {s.document for s in loose} & {s.document for s in bucket}:
        return False
    pairs = [(a, b) for a in loose for b in bucket]
    shared_place = any(a.place and b.place and nested(a.place, b.place) for a, b in pairs)
    dated = any(a.time and b.time for a, b in pairs)
    return (
        shared_place
        and dated
        and all(not (a.time and b.time) or a.time.overlaps(b.time) for a, b in pairs)
        and all(
            not (a.place and b.place and a.place_kind == b.place_kind) or nested(a.place, b.place) for a, b in pairs
        )
    )


def _same_count(left: list[Support], right: list[Support]) -> bool:
    """Two facts in different documents counting the same distinctive number of people."""
    if {s.document for s in left} & {s.document for s in right}:
        return False
    counts = {c for s in left if (c := _distinctive(s))} & {c for s in right if (c := _distinctive(s))}
    places = [(a, b) for a in left for b in right if a.place and b.place and a.place_kind == b.place_kind]
    return bool(counts) and all(nested(a.place, b.place) for a, b in places if a.place and b.place)


def when_told(support: Support) -> Interval | None:
    """When a statement may have happened: its time, else the weeks before its report.
    Statements that could be one fact overlap here, so a store can find them by this window."""
    return _recent(support)


def tally(support: Support) -> int | None:
    """The distinctive number of people a statement counts (at least 20, not a round hundred), or None."""
    return _distinctive(support)

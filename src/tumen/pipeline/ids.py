"""Stable ids for clusters that are recomputed: a person or a fact keeps its id as it grows.

Each id remembers its *origin*, the first member it was made from (the earliest record or
statement). When a region is recomputed, the old ids are handed out oldest first: an id goes to
the new cluster holding its origin (else to the one holding most of its old members); an id
whose cluster already took an older id is *retired* and redirects there. A cluster left without
an id gets a new one made from its own origin — the id a run from scratch would give it — eight hex
digits of a hash, or fifteen when those eight are already another origin's.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Assigned:
    ids: list[str]  # one per cluster, in the clusters' order
    origins: list[str]  # the origin each id keeps
    retired: dict[str, str] = field(default_factory=dict)  # old id -> the id that absorbed it


def new_id(prefix: str, origin: str, digits: int = 8) -> str:
    return prefix + hashlib.sha1(origin.encode()).hexdigest()[:digits]


WIDE = 15  # digits of an id whose 8-digit form another origin holds (at 100k facts such clashes are expected)


def assign(
    clusters: Sequence[Sequence[str]],
    old_id_of: Mapping[str, str | None],
    old_origins: Mapping[str, str],
    order: Callable[[str], Any],
    prefix: str,
    retired_before: Callable[[list[str]], set[str]] = lambda ids: set(),
    stored: Callable[[list[str]], Mapping[str, str]] = lambda ids: {},
) -> Assigned:
    """Ids for ``clusters`` (lists of member keys); ``old_id_of`` gives each member's previous id;
    ``retired_before`` tells which of some ids were retired earlier (a cluster made whole again
    takes back the id it had)."""
    where = {member: n for n, members in enumerate(clusters) for member in members}
    holders: dict[str, Counter[int]] = {}
    for member, old in old_id_of.items():
        if old is not None and member in where:
            holders.setdefault(old, Counter())[where[member]] += 1
    ids: list[str | None] = [None] * len(clusters)
    origins = [min(members, key=order) for members in clusters]
    retired: dict[str, str] = {}
    natural = [new_id(prefix, origin) for origin in origins]
    back = retired_before([n for n in natural if n not in holders])
    for n, own in enumerate(natural):  # the id a run from scratch gives, when the cluster had it
        if own in holders or own in back:
            ids[n] = own
    oldest_first = sorted(holders, key=lambda old: (order(old_origins[old]) if old in old_origins else (), old))
    pending: list[str] = []
    for old in oldest_first:
        if old in ids:
            continue
        origin = old_origins.get(old)
        counts = holders[old]
        target = where.get(origin) if origin is not None else None
        if target is None:
            target = min(counts, key=lambda n: (-counts[n], order(origins[n])))
        if ids[target] is None:
            ids[target] = old
            if origin is not None and origin in where:
                origins[target] = origin
        else:
            pending.append(old)
    fresh = {n: new_id(prefix, origins[n]) for n, found in enumerate(ids) if found is None}
    held = stored(sorted(set(fresh.values()) - set(holders)))  # ids of this kind the store gives others
    used = {i for i in ids if i is not None}
    for n, own in fresh.items():
        if own in used or held.get(own, origins[n]) != origins[n]:  # 8 digits clash: the longer id
            own = new_id(prefix, origins[n], WIDE)
        ids[n] = own
        used.add(own)
    final = [i for i in ids if i is not None]
    live = set(final)
    for old in pending:
        if old in live:
            continue
        origin = old_origins.get(old)
        target = where.get(origin) if origin is not None else None
        if target is None:
            counts = holders[old]
            target = min(counts, key=lambda n: (-counts[n], order(origins[n])))
        retired[old] = final[target]
    return Assigned(final, origins, retired)

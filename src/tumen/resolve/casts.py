"""Unnamed persons of one story across reports: the same cast told twice is the same people.

Many reports never name their people: "a couple in their 60s and their 9-year-old grandson were
stopped at a checkpoint". Two reports of that story, a month apart, tell of one couple and one
nephew, yet no name can bring their records together and no named anchor can either (the
couple is nobody's "son of X"). What identifies them is the *cast*: the parts the unnamed
persons play in the story (husband, wife, nephew or niece, brother, a minor …; the vocabulary
is data, ``data/story_roles.yaml``) with what each report says of their ages and genders.

Rule: two reports published in the same or adjacent calendar months whose unnamed persons
agree on at least ``min_roles`` roles — each role played by exactly one unnamed person in each
report, the two never contradicting each other's gender or age — and in which at least one of
those roles has an age (a birth interval) on both sides that agrees, tell of one cast: each
pair of role players is one person. A role both reports give to one person each who disagree
(a husband in his 30s here, in his 60s there) means two stories, and nothing joins. An unnamed
person anchored to a *named* one ("her son") is left to the anchored rule of the resolver.

Example (invented): report 1 (3 May) "a married couple in their 40s and their 12-year-old
niece were arrested"; report 2 (20 May) "the husband and wife, both in their forties, and the
girl, 12, were sent to a camp": husband, wife and the minor are one person each across both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from tumen.extract.vocab import load
from tumen.resolve.matching import MERGE_AT, Record, tolerant

CAST_BONUS = MERGE_AT + 1.0  # one cast in two reports: as strong as a same name with an agreeing birth


@cache
def _vocab() -> dict[str, Any]:
    data: dict[str, Any] = load("story_roles.yaml")
    return data


def role_of(record: Record) -> str | None:
    """The part an unnamed person plays in the story ("husband", "nephew or niece"), or None."""
    if record.name is not None or not record.descriptor:
        return None
    roles: dict[str, str] = _vocab()["roles"]
    return roles.get(record.descriptor.lower())


def _month(day: date) -> int:
    return day.year * 12 + day.month - 1


def cast_keys(record: Record) -> list[str]:
    """Blocking keys of an unnamed story person. Every one of a report's cast shares "D|<document>"
    (one of them in an update's region brings the whole cast); one with an age also gets its role
    with each decade its birth may fall in and its report's month and the next ("C|wife|1970s|2020-06"),
    so two reports a cast rule could join — an aged role agreeing, published a month apart at most —
    always share a key, and no key gathers every unnamed wife of a month."""
    role = role_of(record)
    if role is None or record.published is None:
        return []
    keys = [f"D|{record.document}"]
    if record.birth is None:
        return keys
    born = tolerant(record.birth)
    if born.latest.year - born.earliest.year > MAX_AGED_YEARS:
        return keys  # "under 70": too vague to block on
    month = _month(record.published)
    months = range(month, month + 1 + int(_vocab()["months_apart"]))
    decades = range(born.earliest.year // 10, born.latest.year // 10 + 1)
    return keys + [f"C|{role}|{d}0s|{m // 12:04d}-{m % 12 + 1:02d}" for d in decades for m in months]


MAX_AGED_YEARS = 30


@dataclass(frozen=True)
class CastMatch:
    """Two records of one role in two reports that tell one cast."""

    left: Record
    right: Record
    roles: tuple[str, ...]  # every role the two reports agree on
    aged: tuple[str, ...]  # the roles whose ages agree on both sides


def _compatible(a: Record, b: Record) -> tuple[bool, bool]:
    """(may be one person, ages agree on both sides)."""
    if a.gender and b.gender and not a.gender_weak and not b.gender_weak and a.gender != b.gender:
        return False, False
    if a.birth is not None and b.birth is not None:
        if not tolerant(a.birth).overlaps(tolerant(b.birth)):
            return False, False
        return True, True
    return True, False


def _cast_members(records: Iterable[Record], by_key: dict[str, Record]) -> dict[int, dict[str, list[Record]]]:
    """Document -> role -> its unnamed persons: those without an anchor or anchored to another
    unnamed person ("the husband's sister"), never a named person's relative."""
    casts: dict[int, dict[str, list[Record]]] = defaultdict(lambda: defaultdict(list))
    for record in records:
        role = role_of(record)
        if role is None or record.published is None:
            continue
        if record.anchor is not None:
            anchor = by_key.get(record.anchor[1])
            if anchor is None or anchor.name is not None:
                continue
        casts[record.document][role].append(record)
    return casts


def cast_matches(records: list[Record]) -> list[CastMatch]:
    """Every pair of role players that two reports' casts make one person (see the module)."""
    by_key = {r.key: r for r in records}
    casts = _cast_members(records, by_key)
    published = {
        doc: min(r.published for players in roles.values() for r in players if r.published)
        for doc, roles in casts.items()
    }
    buckets: dict[str, set[int]] = defaultdict(set)  # an aged role's key -> the reports that share it
    for doc, roles in casts.items():
        for players in roles.values():
            for player in players:
                for key in cast_keys(player)[1:]:
                    buckets[key].add(doc)
    pairs = {(a, b) for docs in buckets.values() for a in docs for b in docs if a < b}
    matches: list[CastMatch] = []
    apart = int(_vocab()["months_apart"])
    for left_doc, right_doc in sorted(pairs):
        if abs(_month(published[left_doc]) - _month(published[right_doc])) <= apart:
            matches += _matches(casts[left_doc], casts[right_doc])
    return matches


def _matches(left: dict[str, list[Record]], right: dict[str, list[Record]]) -> list[CastMatch]:
    pairs: list[tuple[str, Record, Record]] = []
    aged: list[str] = []
    for role in sorted(left.keys() & right.keys()):
        if len(left[role]) != 1 or len(right[role]) != 1:
            continue  # two brothers in one report: which one is the other report's brother?
        a, b = left[role][0], right[role][0]
        same, ages_agree = _compatible(a, b)
        if not same:
            return []  # one role, two different people: two stories
        pairs.append((role, a, b))
        if ages_agree:
            aged.append(role)
    roles = tuple(role for role, _a, _b in pairs)
    if len(roles) < int(_vocab()["min_roles"]) or not aged:
        return []
    return [CastMatch(a, b, roles, tuple(aged)) for _role, a, b in pairs]


def describe(match: CastMatch) -> str:
    """The reason an analyst reads: which roles agreed and whose ages."""
    return (
        f"one cast in two reports of one story ({', '.join(match.roles)}; ages agree: {', '.join(match.aged)}) "
        f"{CAST_BONUS:+.1f}"
    )

"""Do two person records describe the same person? Features with weights, the sum decides.

Each feature returns a weight and a reason, so every decision can be explained
("same name (Lee/Yi + So-yeon); births 1974–75 and 1975 overlap; both in Onsong").
Context counts for and against: disjoint birth intervals, different genders and
different relatives speak against a merge however similar the names are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz.distance import Levenshtein

from tumen.extract.names import Name
from tumen.model import Interval
from tumen.resolve.keys import given_key

MERGE_AT = 3.0  # a score at or above this merges
REVIEW_AT = 1.5  # scores from here up to MERGE_AT, or merges with evidence against, go to review
COMMON_CONTEXT = frozenset(
    {"north korea", "south korea", "china", "seoul", "korea", "pyongyang", "united states", "the north", "dprk"}
)


@dataclass
class Record:
    """One person as one document describes them (a local entity of an extraction)."""

    key: str  # "DOC:LOCAL_ID", e.g. "12:p1"
    document: int
    name: Name | None
    label: str
    gender: str | None = None
    birth: Interval | None = None
    anchor: tuple[str, str] | None = None  # (relation, record key of the relative)
    descriptor: str | None = None
    context: frozenset[str] = field(default_factory=frozenset)  # places and organisations of the document
    published: date | None = None


@dataclass(frozen=True)
class Score:
    total: float
    reasons: tuple[str, ...]
    against: bool  # some evidence speaks against the merge


def f_name(a: Record, b: Record) -> tuple[float, str]:
    if a.name is None or b.name is None:
        return 0.0, ""
    if a.name.surname and b.name.surname and not (a.name.surname_key & b.name.surname_key):
        return -10.0, "different surnames"
    ga, gb = given_key(a.name), given_key(b.name)
    if ga and gb:
        if ga == gb:
            if a.name.surname and b.name.surname:
                return 3.0, f"same name ({a.name.text} = {b.name.text})"
            return 2.0, f"same given name ({a.name.given} = {b.name.given})"
        similarity = Levenshtein.normalized_similarity(ga, gb)
        if similarity >= 0.8 and len(ga) >= 4:
            return 1.5, f"similar given names ({a.name.given} ~ {b.name.given})"
        return -10.0, f"different given names ({a.name.given} / {b.name.given})"
    return 0.5, "surname only"


def f_gender(a: Record, b: Record) -> tuple[float, str]:
    if a.gender and b.gender:
        return (0.5, "same gender") if a.gender == b.gender else (-4.0, f"genders differ ({a.gender}/{b.gender})")
    return 0.0, ""


def f_birth(a: Record, b: Record) -> tuple[float, str]:
    if a.birth is None or b.birth is None:
        return 0.0, ""
    if a.birth.overlaps(b.birth):
        return 1.0, "birth intervals overlap"
    years = f"{a.birth.earliest.year}–{a.birth.latest.year} vs {b.birth.earliest.year}–{b.birth.latest.year}"
    return -2.0, f"birth intervals disjoint ({years})"


def f_context(a: Record, b: Record) -> tuple[float, str]:
    shared = sorted((a.context & b.context) - COMMON_CONTEXT)
    if not shared:
        return 0.0, ""
    return min(2.0, 0.5 * len(shared)), "shared context: " + ", ".join(shared[:4])


def f_anchor(a: Record, b: Record) -> tuple[float, str]:
    if a.anchor and b.anchor and a.anchor[0] != b.anchor[0]:
        return -3.0, f"different relations ({a.anchor[0]} / {b.anchor[0]})"
    return 0.0, ""


FEATURES: list[tuple[str, Callable[[Record, Record], tuple[float, str]]]] = [
    ("name", f_name),
    ("gender", f_gender),
    ("birth", f_birth),
    ("context", f_context),
    ("anchor", f_anchor),
]


def score(a: Record, b: Record) -> Score:
    total = 0.0
    reasons: list[str] = []
    against = False
    for _name, feature in FEATURES:
        weight, reason = feature(a, b)
        total += weight
        if reason:
            reasons.append(reason)
        if weight < 0:
            against = True
    return Score(total, tuple(reasons), against)

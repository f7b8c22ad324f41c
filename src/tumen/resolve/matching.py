"""Do two person records describe the same person? Features with weights, the sum decides.

Each feature names the signals it found; :data:`WEIGHTS` gives each signal its weight, and
every signal comes with a reason, so every decision can be explained ("same name (Lee So-yeon
= Yi So-yeon) +3.0; births overlap (1974–75 / 1975) +1.0; shared context: onsong +1.0").
Context counts for and against: disjoint birth intervals, different genders and different
relatives speak against a merge however similar the names are. A gender that rests on pronouns
alone (``Record.gender_weak``: a machine translation calls a mother "he") is no evidence either
way: only genders from explicit cues (mother, Ms, a woman) agree or disagree.

Births are of two kinds. A *stated* birth ("born in 1982", "born on 19 November 1982") is a
calendar day, month or year. Any other birth interval was derived from an age ("19 in May
2016"), and ages are often rounded, misreported or computed Korean-style, so such an interval
is tolerated :data:`AGE_TOLERANCE_YEARS` either way before it contradicts anything, and its
agreement counts for less than that of two stated births.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from tumen.extract.kin_ranks import ranks_differ
from tumen.extract.names import Name
from tumen.model import Interval
from tumen.resolve.keys import DIFFERENT, SAME, given_key, given_relation

MERGE_AT = 3.0  # a score at or above this merges
REVIEW_AT = 1.5  # scores from here up to MERGE_AT, or merges with evidence against, go to review
AGE_TOLERANCE_YEARS = 1  # a birth derived from an age may be this many years off either way
COMMON_CONTEXT = frozenset(
    {"north korea", "south korea", "china", "seoul", "korea", "pyongyang", "united states", "the north", "dprk"}
)

# The weight of each signal a feature can report (nomenklatura style: the data decides, the code names).
WEIGHTS: dict[str, float] = {
    "same_name": 3.0,  # surname groups agree and the given names can be one (Lee So-yeon = Yi Soyeon = 이소연)
    "same_given_name": 2.0,  # given names agree, one side has no surname
    "similar_given_names": 1.5,  # one only by a reading that mixes romanisation systems (So-yeon ~ 서연)
    "surname_only": 0.5,  # only a surname on one side
    "different_surnames": -10.0,
    "different_given_names": -10.0,
    "same_gender": 0.5,
    "different_genders": -4.0,
    "same_stated_birth": 2.0,  # two stated births (a day, month or year) overlap
    "births_overlap": 1.0,  # births overlap, at least one derived from an age
    "births_near": 0.0,  # an age-derived birth within its tolerance of the other: neither for nor against
    "stated_births_disjoint": -4.0,
    "births_disjoint": -2.5,  # disjoint even with the age tolerance
    "shared_context": 1.0,  # the first specific place or organisation both documents name (a camp, a city)
    "more_shared_context": 0.5,  # each further one
    "cluster_contexts_disjoint": -1.0,  # two clusters (one with several records) whose documents share no place
    "different_relations": -3.0,  # relatives of one anchor, but "son" / "daughter"
    "shared_relatives": 1.0,  # both named persons have an unnamed relative of one kind (a daughter, a husband)
    "same_relation_to_same_person": MERGE_AT,  # "her son" in two documents about one resolved mother
    "common_name_per_doubling": -0.5,  # per doubling of a name block beyond COMMON_NAME records
}
MAX_CONTEXT = 2.0  # shared context never counts for more than this
MAX_COMMON_NAME = 3.0  # a common name never costs more than this


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
    gender_weak: bool = False  # the gender rests on pronouns only: it never speaks for or against a merge
    kin: frozenset[str] = frozenset()  # kin nouns of the unnamed relatives its document anchors to it
    descriptor: str | None = None
    context: frozenset[str] = field(default_factory=frozenset)  # places and organisations of the document
    published: date | None = None


@dataclass(frozen=True)
class Score:
    total: float
    reasons: tuple[str, ...]
    against: bool  # some evidence speaks against the merge
    common: bool = False  # the name is common in this corpus: its agreement was discounted
    explained: bool = True  # False: the features' reasons are left out (scored fast, explained if kept)


def similar_given(ga: str, gb: str) -> bool:
    """Two given-name keys (:func:`tumen.resolve.keys.given_key`) that may be spellings of one name:
    a Hangul name and another only when their syllables are identical, a romanisation and a Hangul
    name when it can spell those syllables, two romanisations when some reading of each agrees."""
    return given_relation(ga, gb) != DIFFERENT


def f_name(a: Record, b: Record) -> list[str]:
    if a.name is None or b.name is None:
        return []
    if a.name.surname and b.name.surname and not (a.name.surname_key & b.name.surname_key):
        return ["different_surnames"]
    ga, gb = given_key(a.name), given_key(b.name)
    if ga and gb:
        relation = given_relation(ga, gb)
        if relation == SAME:
            return ["same_name" if a.name.surname and b.name.surname else "same_given_name"]
        return ["different_given_names" if relation == DIFFERENT else "similar_given_names"]
    return ["surname_only"]


def f_gender(a: Record, b: Record) -> list[str]:
    if a.gender and b.gender and not a.gender_weak and not b.gender_weak:
        return ["same_gender" if a.gender == b.gender else "different_genders"]
    return []


def stated(birth: Interval) -> bool:
    """A stated birth: a calendar day, month or year (the extractor marks age-derived births
    "range"; a stated "born in 1982" may come as a "range" too, so the shape decides)."""
    if birth.precision in ("day", "month", "year"):
        return True
    first, last = birth.earliest, birth.latest
    if first == last:
        return True
    if first.year != last.year or first.day != 1:
        return False
    if first.month == 1 and (last.month, last.day) == (12, 31):
        return True
    return first.month == last.month and last < date.max and (last + timedelta(days=1)).day == 1


def tolerant(birth: Interval) -> Interval:
    """The birth a record allows: a stated one as it is, an age-derived one widened by the tolerance."""
    if stated(birth):
        return birth
    slack = timedelta(days=365 * AGE_TOLERANCE_YEARS)
    earliest = birth.earliest - slack if birth.earliest > date.min + slack else date.min
    latest = birth.latest + slack if birth.latest < date.max - slack else date.max
    return Interval(earliest, latest, "range")


def birth_years(birth: Interval) -> str:
    """The years a birth interval spans: "1982", "1974–75", "1999–2000"."""
    first, last = birth.earliest.year, birth.latest.year
    return str(first) if first == last else f"{first}–{str(last)[-2:] if str(first)[:2] == str(last)[:2] else last}"


def f_birth(a: Record, b: Record) -> list[str]:
    if a.birth is None or b.birth is None:
        return []
    both_stated = stated(a.birth) and stated(b.birth)
    if a.birth.overlaps(b.birth):
        return ["same_stated_birth" if both_stated else "births_overlap"]
    if both_stated:
        return ["stated_births_disjoint"]
    if tolerant(a.birth).overlaps(tolerant(b.birth)):
        return ["births_near"]
    return ["births_disjoint"]


def f_context(a: Record, b: Record) -> list[str]:
    shared = (a.context & b.context) - COMMON_CONTEXT
    if not shared:
        return []
    return ["shared_context", *(["more_shared_context"] * (len(shared) - 1))]


def f_anchor(a: Record, b: Record) -> list[str]:
    """Relatives of one anchor but of different relations ("son" / "daughter"), or of one relation
    but different ranks ("eldest child" / "second child", :mod:`tumen.extract.kin_ranks`)."""
    if a.anchor and b.anchor and (a.anchor[0] != b.anchor[0] or ranks_differ(a.descriptor, b.descriptor)):
        return ["different_relations"]
    return []


def f_kin(a: Record, b: Record) -> list[str]:
    """Two named records whose documents both give them a relative of one kind ("her daughter")."""
    if a.name is not None and b.name is not None and a.kin & b.kin:
        return ["shared_relatives"]
    return []


def _names(a: Record, b: Record) -> str:
    return f"{a.name.text if a.name else a.label} = {b.name.text if b.name else b.label}"


def _givens(a: Record, b: Record, sign: str) -> str:
    return f"{a.name.given if a.name else ''} {sign} {b.name.given if b.name else ''}"


def _births(a: Record, b: Record) -> str:
    return f"{birth_years(a.birth) if a.birth else '?'} / {birth_years(b.birth) if b.birth else '?'}"


# How each signal reads to an analyst (only the pairs worth showing are explained).
REASONS: dict[str, Callable[[Record, Record], str]] = {
    "same_name": lambda a, b: f"same name ({_names(a, b)})",
    "same_given_name": lambda a, b: f"same given name ({_givens(a, b, '=')})",
    "similar_given_names": lambda a, b: f"similar given names ({_givens(a, b, '~')})",
    "surname_only": lambda a, b: "surname only",
    "different_surnames": lambda a, b: "different surnames",
    "different_given_names": lambda a, b: f"different given names ({_givens(a, b, '/')})",
    "same_gender": lambda a, b: "same gender",
    "different_genders": lambda a, b: f"genders differ ({a.gender}/{b.gender})",
    "same_stated_birth": lambda a, b: f"stated births agree ({_births(a, b)})",
    "births_overlap": lambda a, b: f"births overlap ({_births(a, b)})",
    "births_near": lambda a, b: f"births within the age tolerance ({_births(a, b)})",
    "stated_births_disjoint": lambda a, b: f"stated births differ ({_births(a, b)})",
    "births_disjoint": lambda a, b: f"births disjoint ({_births(a, b)})",
    "shared_context": lambda a, b: "shared context: " + ", ".join(sorted((a.context & b.context) - COMMON_CONTEXT)[:4]),
    "shared_relatives": lambda a, b: "relatives of one kind: " + ", ".join(sorted(a.kin & b.kin)),
    "different_relations": lambda a, b: (
        f"different relations ({a.descriptor or (a.anchor[0] if a.anchor else '')} / "
        f"{b.descriptor or (b.anchor[0] if b.anchor else '')})"
    ),
}


FEATURES: list[tuple[str, Callable[[Record, Record], list[str]]]] = [
    ("name", f_name),
    ("gender", f_gender),
    ("birth", f_birth),
    ("context", f_context),
    ("anchor", f_anchor),
    ("kin", f_kin),
]
CONTEXT_SIGNALS = frozenset({"shared_context", "more_shared_context"})


def _weigh(signals: list[str]) -> float:
    if len(signals) == 1:
        return WEIGHTS[signals[0]]
    if signals[0] in CONTEXT_SIGNALS:
        return min(MAX_CONTEXT, sum(WEIGHTS[s] for s in signals))
    return sum(WEIGHTS[s] for s in signals)


def score(a: Record, b: Record, explain: bool = True) -> Score:
    """The weighted evidence that two records are one person; with ``explain``, a reason per
    feature that found something, with its weight."""
    total = 0.0
    reasons: list[str] = []
    against = False
    for _name, feature in FEATURES:
        signals = feature(a, b)
        if not signals:
            continue
        weight = _weigh(signals)
        total += weight
        if weight < 0:
            against = True
        if explain:
            text = "; ".join(REASONS[s](a, b) for s in signals if s in REASONS)
            if text:
                reasons.append(f"{text} {weight:+.1f}")
    return Score(total, tuple(reasons), against, explained=explain)

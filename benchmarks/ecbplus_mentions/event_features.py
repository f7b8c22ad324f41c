"""The features that score a pair of event mentions ("shot", "the shooting", "killed"): the words that name
them (:mod:`.event_words`), their participants, times and places as clustered so far, their sentences."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .event_words import LOOSE_CLASSES, derived, event_classes, families, reporting_verbs
from .records import Mention
from .scoring import Context, Feature, f_sentence, f_story

CONTEXT_OVERLAP = 0.3  # Jaccard overlap of two sentences' content lemmas from which they count as similar
FAMILY_WEIGHT = 1.5  # two kinds of happening of one family (a hanging, a death) to the same participant
PARTICIPANT_ROLES = ("A0", "A1", "P")


def _filled(m: Mention, ctx: Context, roles: Sequence[str]) -> dict[str, set[str]]:
    """Role -> the entity clusters that fill it."""
    found: dict[str, set[str]] = defaultdict(set)
    for role, key in m.arguments:
        if role in roles:
            found[role].add(ctx.find(key))
    return found


def _participants(m: Mention, ctx: Context) -> set[str]:
    """The entity clusters that fill any of the event's :data:`PARTICIPANT_ROLES`."""
    return {c for cs in _filled(m, ctx, PARTICIPANT_ROLES).values() for c in cs}


def f_trigger(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.lemma == b.lemma:
        return 3.0, f"same word ({a.lemma})"
    if derived(a.lemma, b.lemma):
        return 2.5, f"one word family ({a.lemma}, {b.lemma})"
    shared = event_classes(a.lemma) & event_classes(b.lemma)
    if shared:
        loose = all(name in LOOSE_CLASSES for name in shared)
        return (1.0 if loose else 2.0), f"both {'/'.join(sorted(shared))} ({a.lemma}, {b.lemma})"
    return 0.0, ""


def f_family(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    """tumen's rule for facts: one kind of happening to the same principal participant is one fact."""
    shared = families(a.lemma) & families(b.lemma)
    if not shared or a.lemma == b.lemma or event_classes(a.lemma) & event_classes(b.lemma):
        return 0.0, ""
    if _participants(a, ctx) & _participants(b, ctx):
        return FAMILY_WEIGHT, f"a {'/'.join(sorted(shared))} of the same participant ({a.lemma}, {b.lemma})"
    return 0.0, ""


def f_named(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.proper and b.proper and a.lemma == b.lemma:
        return 2.0, f"same named event ({a.text})"
    return 0.0, ""


def f_arguments(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    shared = _participants(a, ctx) & _participants(b, ctx)
    if shared:
        names = sorted(ctx.by_key[c].text for c in shared)
        return min(2.0, 1.0 * len(shared)), "same participants: " + ", ".join(names[:3])
    return 0.0, ""


def f_setting(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    left, right = _filled(a, ctx, ("TIME", "LOC")), _filled(b, ctx, ("TIME", "LOC"))
    total, reasons = 0.0, []
    for role in ("TIME", "LOC"):
        if left[role] & right[role]:
            total += 0.5
            reasons.append("same " + ("time" if role == "TIME" else "place"))
    return total, ", ".join(reasons)


def f_reporting(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.lemma in reporting_verbs() or b.lemma in reporting_verbs():
        left, right = _filled(a, ctx, ("A0",)), _filled(b, ctx, ("A0",))
        if not (left["A0"] & right["A0"]):
            return -2.0, "reports by speakers not known to be the same"
    return 0.0, ""


def f_context(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.context and b.context and len(a.context & b.context) >= CONTEXT_OVERLAP * len(a.context | b.context):
        return 1.0, "similar sentences"
    return 0.0, ""


def f_negation(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.negated != b.negated:
        return -1.0, "one negated"
    return 0.0, ""


EVENT_FEATURES: list[tuple[str, Feature]] = [
    ("trigger", f_trigger),
    ("named", f_named),
    ("family", f_family),
    ("story", f_story),
    ("arguments", f_arguments),
    ("setting", f_setting),
    ("reporting", f_reporting),
    ("context", f_context),
    ("negation", f_negation),
    ("sentence", f_sentence),
]

"""The features that score a pair of entity mentions ("Tara Reid", "the actress", "Reid")."""

from __future__ import annotations

from rapidfuzz import fuzz

from .records import Mention
from .scoring import Context, Feature, f_sentence, f_story

WORDING_SIMILARITY = 90  # rapidfuzz token-set ratio from which two mentions' words count as similar


def f_head(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.lemma == b.lemma and not (a.pronoun or b.pronoun):
        return 3.0, f"same head ({a.lemma})"
    return 0.0, ""


def f_name(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.name and b.name:
        if a.name <= b.name or b.name <= a.name:
            return 3.0, f"same name ({a.text} / {b.text})"
        if a.name & b.name:
            return 1.0, f"names share {', '.join(sorted(a.name & b.name))}"
        return -3.0, f"different names ({a.text} / {b.text})"
    return 0.0, ""


def f_wording(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.pronoun or b.pronoun or a.lemma == b.lemma:
        return 0.0, ""
    if fuzz.token_set_ratio(a.text.lower(), b.text.lower()) >= WORDING_SIMILARITY:
        return 1.0, f"similar wording ({a.text} / {b.text})"
    return 0.0, ""


def f_types(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.type != b.type:
        return -10.0, f"types differ ({a.type} / {b.type})"
    return 0.0, ""


ENTITY_FEATURES: list[tuple[str, Feature]] = [
    ("head", f_head),
    ("name", f_name),
    ("wording", f_wording),
    ("types", f_types),
    ("sentence", f_sentence),
    ("story", f_story),
]

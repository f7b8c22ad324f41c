"""Scoring a pair of mentions: each feature gives a weight and the reason for it; a pair's score is their sum.
The features both kinds of mention use live here; :mod:`.entity_features` and :mod:`.event_features` hold the rest."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .records import Link, Mention


@dataclass
class Context:
    """What features may look at besides the pair: the clusters found so far."""

    find: Callable[[str], str]
    by_key: Mapping[str, Mention]

    def same(self, a: str, b: str) -> bool:
        return self.find(a) == self.find(b)


Feature = Callable[[Mention, Mention, Context], tuple[float, str]]


def f_story(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.story != b.story:
        return -2.0, "different stories"
    return 0.0, ""


def f_sentence(a: Mention, b: Mention, ctx: Context) -> tuple[float, str]:
    if a.sentence == b.sentence:
        return -2.0, "two mentions in one sentence"
    return 0.0, ""


def score_pair(a: Mention, b: Mention, ctx: Context, features: Sequence[tuple[str, Feature]]) -> Link:
    total = 0.0
    reasons = []
    for _name, feature in features:
        weight, reason = feature(a, b, ctx)
        total += weight
        if reason:
            reasons.append(reason)
    return Link(a.key, b.key, total, tuple(reasons))

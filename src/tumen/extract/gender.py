"""Gender from votes of evidence, and how strong that evidence is.

Explicit cues — titles (Ms, Mr), kin nouns (mother, son), descriptions (the boy, a woman),
Korean kin words — vote under the gender itself (``"female"``); a pronoun votes under
``"pronoun:female"``. Explicit cues decide whenever there are any, however many pronouns say
otherwise; pronouns decide only a person nobody describes, and such a gender is *weak*: it never
blocks a merge across documents (a machine translation calls a mother "he").
"""

from __future__ import annotations

from tumen.extract.types import Entity

PRONOUN_VOTE = "pronoun:"  # prefix of a vote that rests on a pronoun only


def explicit_votes(votes: dict[str, float]) -> dict[str, float]:
    """The votes of explicit cues: every vote not from a pronoun."""
    return {g: w for g, w in votes.items() if not g.startswith(PRONOUN_VOTE)}


def pronoun_votes(votes: dict[str, float]) -> dict[str, float]:
    return {g.removeprefix(PRONOUN_VOTE): w for g, w in votes.items() if g.startswith(PRONOUN_VOTE)}


def gender_of(votes: dict[str, float]) -> tuple[str | None, bool]:
    """The gender the votes give, and whether it rests on pronouns only (weak). A tie decides nothing."""
    explicit = explicit_votes(votes)
    ranked = sorted((explicit or pronoun_votes(votes)).items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0], not explicit
    return None, not explicit


def strong_gender(votes: dict[str, float], strong: float) -> str | None:
    """Gender from strong evidence only (titles, kin nouns, descriptions: votes of ``strong`` or more)."""
    kept = {g: w for g, w in explicit_votes(votes).items() if w >= strong}
    ordered = sorted(kept.items(), key=lambda kv: -kv[1])
    if ordered and (len(ordered) == 1 or ordered[0][1] > ordered[1][1]):
        return ordered[0][0]
    return None


def decide_gender(entity: Entity) -> None:
    """Set the entity's gender from its votes (left as it is when they decide nothing)."""
    gender, _weak = gender_of(entity.gender_votes)
    if gender is not None:
        entity.gender = gender

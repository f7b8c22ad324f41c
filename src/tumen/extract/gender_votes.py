"""Gender votes of the coreference walk (:class:`tumen.extract.coref.Resolver`): an explicit cue (a title, a kin
noun, a description) votes with the strong weight; a pronoun votes apart (``gender_votes["pronoun:female"]``) with a
weight near nothing in a machine translation; and the gender that guides the choice of an antecedent is the explicit
one, else, outside a translation, the pronouns' once they add up to as much as one explicit cue."""

from __future__ import annotations

from typing import Any

from tumen.extract.gender import PRONOUN_VOTE, pronoun_votes, strong_gender
from tumen.extract.types import Entity
from tumen.extract.vocab import load

PRONOUNS: dict[str, str] = {w: g for g, words in load("kinship.yaml")["gender_words"].items() for w in words}


def kinship_vocab() -> dict[str, Any]:
    return load("kinship.yaml")  # type: ignore[no-any-return]


def vote(entity: Entity, gender: str | None, weight: float) -> None:
    if gender:
        entity.gender_votes[gender] = entity.gender_votes.get(gender, 0.0) + weight


def pronoun_vote(entity: Entity, gender: str, translated: bool) -> None:
    vocab = kinship_vocab()
    weight = vocab["translated_pronoun_weight"] if translated else vocab["pronoun_weight"]
    key = PRONOUN_VOTE + gender
    entity.gender_votes[key] = entity.gender_votes.get(key, 0.0) + float(weight)


def vote_titles(entities: list[Entity]) -> None:
    """A title (Ms, Mr) is an explicit cue."""
    vocab = kinship_vocab()
    strong = vocab["strong_gender_weight"]
    for entity in entities:
        for title in entity.titles:
            vote(entity, vocab["titles"].get(title, {}).get("gender"), strong)


def guiding_gender(entity: Entity, translated: bool) -> str | None:
    """The gender that guides the choice of an antecedent: explicit cues; else, outside a
    translation, pronouns once they add up to as much as one explicit cue."""
    vocab = kinship_vocab()
    strong = strong_gender(entity.gender_votes, vocab["strong_gender_weight"])
    if strong is not None or translated:
        return strong
    votes = {g: w for g, w in pronoun_votes(entity.gender_votes).items() if w >= vocab["strong_gender_weight"]}
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

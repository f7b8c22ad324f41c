"""Whether a pronoun may mean someone the report does not name (rules in docs/extraction.md, "Coreference").

A pronoun with no antecedent of its gender falls back on the most salient person — careless and translated text
calls a mother "he" — unless an unnamed person of the pronoun's gender is in view: in "Khadija, a woman from
Basra, said they took out her boyfriend and beat him", "him" is the boyfriend, not Khadija. The gendered nouns
are data (``kin`` and ``descriptors`` in data/kinship.yaml, ``occupation_genders`` in data/story_roles.yaml).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.nlp import sentence_at
from tumen.extract.vocab import load


@cache
def gendered_nouns() -> dict[str, str]:
    kinship = load("kinship.yaml")
    found: dict[str, str] = {}
    for table in (kinship["kin"], kinship["descriptors"]):
        for noun, info in table.items():
            if (info or {}).get("gender") and not (info or {}).get("plural"):
                found[str(noun).lower()] = str(info["gender"])
    for noun, gender in (load("story_roles.yaml").get("occupation_genders") or {}).items():
        found[str(noun).lower()] = str(gender)
    return found


def common_noun(token: Any) -> bool:
    """A common noun, also one the tagger took for a proper noun though written in lower case ("Grace’s
    mother and father": after a curly apostrophe the parser tags "father" NNP)."""
    return bool(token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text.islower()))


def unnamed_of_gender(pronoun: Any, gender: str, named: Any) -> bool:
    """Whether a common noun of a person of ``gender`` stands between the start of the sentence before and the
    pronoun, and is not itself a name's (``named(token)`` is the name entity a token is part of, or None)."""
    start = sentence_at(pronoun, -1).start
    nouns = gendered_nouns()
    return any(
        common_noun(token) and nouns.get(token.lemma_.lower()) == gender and named(token) is None
        for token in pronoun.doc[start : pronoun.i]
    )


def holder(pronoun: Any, gender: str) -> Any | None:
    """The common noun of a person of the pronoun's gender a possessive pronoun sits inside a modifier of, whose
    own it is: "a woman in her 30s", "a man with his son" (the noun's token), or None."""
    if pronoun.dep_ != "poss":
        return None
    node = pronoun.head
    for _step in range(2):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        noun = node.head.head
        if common_noun(noun) and gendered_nouns().get(noun.lemma_.lower()) == gender:
            return noun
        node = noun
    return None

"""A person comes from a place: "a 34-year-old woman from Sumun", "Defectors from Rakwon said", "Woman from Sumun
arrested". A one-word name the name finder took for a person's, the object of "from" after a noun for a person (a
role, a kinship word or a description: woman, defector, mother), is the place they come from. "A letter from Pak"
keeps Pak a person: a letter is no person. So is the object of "of" after a person's name, or after the age told
beside it: "Lena Varn of Tarnsville", "Lena Varn, 66, of Tarnsville" (not "the wife of Pak": a noun), and after a
noun for a place ("her hometown of Tarnsville", "the district of Orlo": ``place_nouns`` in data/events.yaml)."""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract import role_words
from tumen.extract.vocab import load


@cache
def place_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")["place_nouns"])


def is_home_place(ent: Any) -> bool:
    """Whether a one-word person's name is the place a person comes from ("a woman from Sumun", "Lena Varn of
    Tarnsville")."""
    if len(ent) != 1:
        return False
    preposition = ent.root.head
    if ent.root.dep_ != "pobj" or preposition.dep_ != "prep":
        return False
    if preposition.lower_ == "of":  # not "Hamp Vale of the Rams": a team
        bare = not any(c.dep_ == "det" for c in ent.root.children)
        return bare and (_named_person(preposition.head) or preposition.head.lemma_.lower() in place_nouns())
    return preposition.lower_ == "from" and role_words.is_person_noun(preposition.head)


def _named_person(word: Any) -> bool:
    """A person's name, or an age beside one ("Lena Varn, 66, of …")."""
    if word.tag_ == "CD" and word.dep_ in ("appos", "npadvmod", "amod", "nummod"):
        word = word.head
    return bool(word.pos_ == "PROPN" and word.ent_type_ == "PERSON" and word.ent_iob_ != "O")

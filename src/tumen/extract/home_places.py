"""A person comes from a place: "a 34-year-old woman from Sumun", "Defectors from Rakwon said", "Woman from Sumun
arrested". A one-word name the name finder took for a person's, the object of "from" after a noun for a person (a
role, a kinship word or a description: woman, defector, mother), is the place they come from. "A letter from Pak"
keeps Pak a person: a letter is no person."""

from __future__ import annotations

from typing import Any

from tumen.extract import role_descriptions


def is_home_place(ent: Any) -> bool:
    """Whether a one-word person's name is the place a person noun comes from ("a woman from Sumun")."""
    if len(ent) != 1:
        return False
    preposition = ent.root.head
    if ent.root.dep_ != "pobj" or preposition.lower_ != "from" or preposition.dep_ != "prep":
        return False
    return role_descriptions.is_person_noun(preposition.head)

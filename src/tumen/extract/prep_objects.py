"""The objects of a word's prepositions, one walk for every reader of "of" phrases: "the family of Ana Berg" (Berg),
"a member of the union" (union), "the son of Lee So-yeon" (Lee So-yeon)."""

from __future__ import annotations

from typing import Any

OF = ("of",)


def objects_of(word: Any, prepositions: tuple[str, ...] | frozenset[str] | list[str] = OF) -> list[Any]:
    """The objects of the prepositions of ``prepositions`` (default "of") the word governs, in order."""
    return [
        p
        for c in word.children
        if c.dep_ == "prep" and c.lower_ in prepositions
        for p in c.children
        if p.dep_ == "pobj"
    ]


def of_object(word: Any) -> Any | None:
    """The first object of "of" after the word ("the family of Ana Berg": Berg), or None."""
    return next(iter(objects_of(word)), None)

"""Which person a bare surname refers to when relatives share it.

In English news style, after a person is introduced by full name, the bare surname ("Ahn said") refers to
the main person of that surname, not to a relative introduced by a kin noun who shares the family name
("his father, Ahn Gil-su"): families share surnames. Such a relative keeps their full name and their own
given-name forms; the bare surname is theirs only when no other person of the document bears it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TypeVar

from tumen.extract.names import Name
from tumen.extract.vocab import load

T = TypeVar("T")

# A possessor: "his", "her", "their", "Ahn's", "the defector's", "the Ahns'".
_POSSESSOR = r"(?:\b(?:his|her|their|its|my|our|your)|[\w-]+(?:'s|’s|s ?'|s’))"
_MODIFIERS = r"(?:[a-z]+\s+){0,2}"  # "late", "elder", "younger", "estranged"
# What opens the name of the person a relative is of: "of Anna Berg", "of Dr. Anna Berg", "of Ma. Lina Cruz"
_OF_NAME = r"\s+of\s+(?-i:[A-Z])"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    kin = load("kinship.yaml")["kin"]
    nouns = "|".join(sorted((re.escape(n) for n, info in kin.items() if not info.get("plural")), key=len, reverse=True))
    before = re.compile(rf"{_POSSESSOR}\s+{_MODIFIERS}(?:{nouns})\s*,?\s*$", re.IGNORECASE)
    after = re.compile(
        rf"\s*,\s*(?:{_POSSESSOR}\s+{_MODIFIERS}(?:{nouns})\b|(?:the|a)\s+{_MODIFIERS}(?:{nouns}){_OF_NAME})",
        re.IGNORECASE,
    )
    return before, after


def introduced_as_relative(text: str, start: int, end: int) -> bool:
    """Is the name at ``[start, end)`` set in apposition to a kin noun: "his father Ahn Gil-su", "Ahn's
    father, Ahn Gil-su", "Ahn Gil-su, his father", "Ahn Gil-su, the father of Ahn Mi-ra" (a name after "of"; not
    "Ahn Gil-su, the father of three")?"""
    before, after = _patterns()
    return bool(before.search(text[max(0, start - 60) : start]) or after.match(text, end))


def is_bare(name: Name) -> bool:
    """A surname standing alone ("Ahn"), with no given name."""
    return name.surname is not None and name.given is None


def main_bearers(candidates: Sequence[T], ids: Sequence[str], relatives: set[str]) -> list[T]:
    """The candidates for a bare surname without the relatives among them, unless only relatives bear it."""
    kept = [c for c, i in zip(candidates, ids, strict=True) if i not in relatives]
    return kept if kept else list(candidates)

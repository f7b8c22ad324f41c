"""Verbs of a capitalised headline are no part of the person's name the name finder glued them onto
(docs/extraction.md, "Persons").

In a headline every word is capitalised, and spaCy's small model reads "Ana Vale Dies at 81" or "Mayor Hires Ana
Vale" as one name with the verb. A word at the start or the end of a person's name that is a headline verb
(``headline_verbs`` of data/name_particles.yaml: "Dies", "Confesses", "Hires" …) is left out, so long as a word of
the name stays.
"""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.vocab import load

_WORD = re.compile(r"\S+")


@cache
def headline_verbs() -> frozenset[str]:
    return frozenset(str(w) for w in load("name_particles.yaml")["headline_verbs"])


def without_headline_verbs(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a person's name without the capitalised headline verbs at its ends ("Ana Vale Dies" -> "Ana
    Vale", "Hires Ana Vale" -> "Ana Vale")."""
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    while len(words) > 1 and _verb(text[words[-1][0] : words[-1][1]]):
        words.pop()
    while len(words) > 1 and _verb(text[words[0][0] : words[0][1]]):
        words.pop(0)
    return (words[0][0], words[-1][1]) if words else (start, end)


def _verb(word: str) -> bool:
    return word[:1].isupper() and word.lower() in headline_verbs()

"""The body a capitalised title is "of", written before a person's name (docs/extraction.md, "Persons").

South Asian and African reporting titles police officers by the body they serve: "Senior Superintendent of Police
Omar Vell", "Inspector General of Police Omar Vell". The parser takes the last word of the title for the first
word of the name ("Police Omar Vell"). A person's name of three words or more that opens with a word for a body of
agents (``agents`` in ``data/kinship.yaml``: police, army, military, …) right after a capitalised word and "of"
starts after that word.
"""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.vocab import load

_CAPITAL_OF = re.compile(r"\b[A-Z][A-Za-z]+[ \t]+of[ \t]+$")


@cache
def _agent_words() -> frozenset[str]:
    return frozenset(str(w) for w in load("kinship.yaml")["agents"] if " " not in str(w))


def after_title_object(text: str, start: int, end: int) -> int:
    """Where a person's name ``text[start:end]`` starts once a title's object is taken off its front."""
    words = text[start:end].split(" ")
    if len(words) < 3 or not words[0].istitle() or words[0].lower() not in _agent_words():
        return start
    if _CAPITAL_OF.search(text, max(0, start - 40), start) is None:
        return start
    return start + len(words[0]) + 1

"""How a person's name is written around its words: another name given after it ("Tomas Vrell, also known as
Koba", "Tomas Vrell aka Koba", "Tomas Vrell (alias Koba Dant)"), coordinators and punctuation a parser took into
it ("Anton Sarelli and"), and a courtesy title that is part of a full
name ("Lady Ann Selma")."""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.vocab import load


@cache
def _alias_after() -> re.Pattern[str]:
    phrases = sorted(load("name_forms.yaml")["alias_phrases"], key=len, reverse=True)
    joined = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(
        r"\s*(?:,|\()?\s*(?:" + joined + r")\s+[\"“‘'«]?([A-Z][\w'’.-]*\w(?:[ \t]+[A-Z][\w'’-]*\w){0,2})[\"”’'»]?"
        r"(?=\s*[,.;:)]|\s+[a-z]|\s*$)"
    )


def alias_after(text: str, end: int) -> str | None:
    """Another name of the person whose name ends at ``end``, given right after it: "Koba" in "Tomas Vrell, also
    known as Koba, was" or "Tomas Vrell aka Koba"; "Koba Dant" in "Tomas Vrell (alias Koba Dant)"."""
    found = _alias_after().match(text, end)
    return found.group(1) if found else None


_TRAILING = re.compile(r"(?:[\s,;:]+(?:and|or|&)\b|[\s,;:&]+)+$")


def without_trailing(name: str) -> str:
    """A name without the coordinators and punctuation that close it: "Anton “Fat Toni” Sarelli and" -> "Anton
    “Fat Toni” Sarelli"; a coordinator inside a name stays."""
    return _TRAILING.sub("", name)


def title_in_name(name: str) -> bool:
    """Whether a name opens with a courtesy title that belongs to it, a full name after it: "Lady Ann Selma"."""
    words = name.split()
    return len(words) >= 3 and words[0] in load("name_forms.yaml")["titles_in_full_names"]

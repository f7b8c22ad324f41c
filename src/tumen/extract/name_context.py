"""What stands around a name that says how to read it (rules in docs/extraction.md, "Names").

A month or a weekday after a capitalised preposition ("In May", "On Monday") is a time, never a given name; a
capitalised Vietnamese surname right before a run that looks like a romanised Korean name ("Pham Chi Dung", "Ho Chi
Minh") opens one Vietnamese name. Both word lists are data (data/time_words.yaml, data/given_names.yaml).
"""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.vocab import load


@cache
def calendar_names() -> frozenset[str]:
    """Full month and weekday names (time_words.yaml): "In January", "In May", "On Monday" open a sentence with a
    time, and "In"/"On" are also romanised surnames; a month or a weekday is never a given name."""
    words = load("time_words.yaml")["en"]
    return frozenset(str(names[0]) for table in ("months", "weekdays") for names in words[table].values())


_WORD_BEFORE = re.compile(r"(?:^|[^\w])([A-Z][a-z]+) $")


def vietnamese_surname_before(text: str, start: int) -> bool:
    """Whether a capitalised Vietnamese surname (``middle_words_after_surnames`` in data/given_names.yaml) stands
    right before ``start``, a space between: a Vietnamese name opens with its surname."""
    before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    return before is not None and before.group(1).lower() in _vietnamese_surnames()


@cache
def _vietnamese_surnames() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("given_names.yaml")["middle_words_after_surnames"]["surnames"])

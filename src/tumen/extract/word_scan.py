"""Scanning a text for a long alternation of phrases only where one of their first words stands.

A pattern that begins with a word boundary and a long list of alternatives (``\\b(?:police|army|…)``) makes the
regex engine try every alternative at every character. Every match of such a pattern starts where a word starts,
and that word is the first word of one of the alternatives: so the pattern is tried only at the starts of words
that are (lowercased) first words of an alternative, and the matches are the same as ``pattern.finditer``'s.
A word with a character outside ASCII is always tried (case-insensitive matching folds a few such characters,
"ſ" or "K", onto ASCII letters that ``str.lower`` leaves alone).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

_WORD = re.compile(r"\w+")
_ALWAYS = ""  # the key of the words that are always tried


def first_words(alternatives: Iterable[str]) -> frozenset[str]:
    """The lowercased first words of the alternatives; each must start with a word character."""
    firsts = set()
    for alternative in alternatives:
        word = _WORD.match(alternative)
        if word is None:
            raise ValueError(f"an alternative that does not start with a word: {alternative!r}")
        firsts.add(word.group(0).lower())
    return frozenset(firsts | {_ALWAYS})


@lru_cache(maxsize=8)
def _word_starts(text: str) -> dict[str, list[int]]:
    """Where each word of the text starts, by its lowercased form (words outside ASCII under one key)."""
    starts: dict[str, list[int]] = {}
    for word in _WORD.finditer(text):
        form = word.group(0)
        starts.setdefault(form.lower() if form.isascii() else _ALWAYS, []).append(word.start())
    return starts


def finditer(pattern: re.Pattern[str], text: str, firsts: frozenset[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts at the start of a word in ``firsts``
    (after :func:`first_words`), trying it only there."""
    starts = _word_starts(text)
    positions = sorted(position for word in firsts for position in starts.get(word, ()))
    end = 0
    for position in positions:
        if position < end:
            continue
        match = pattern.match(text, position)
        if match is not None:
            yield match
            end = match.end()

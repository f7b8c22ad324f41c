"""Fast scanning: run each rule's regex only around the words it cannot match without.

Every rule names its *triggers* — literal substrings (a month name, "ago", "년") or digit runs — that any of
its matches must contain. One ``str.find`` pass per literal (shared between rules) gives their positions; a
literal that starts with an ASCII letter counts only at the start of a word ("day" in "days", not in
"Monday"). The rule's regex is then searched only in windows reaching a few characters either side of
its triggers (``before``/``after``; lookbehinds and ``\\b`` still see the text before a window). This finds
what a search of the whole text finds as long as no match, with its lookaheads, reaches further from its
trigger than that (``tests/test_time_scan.py`` compares both on long texts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

MARGIN = 32
_DIGITS = re.compile(r"\d+")
_SPACES = "\u00a0\u2007\u2009\u200a\u202f\u205f\u3000"  # no-break, figure, thin, hair, ideographic …


@dataclass(frozen=True)
class Trigger:
    """Literals (lower case) and/or digit runs of a length in ``digits`` (right after one of
    ``preceded_by`` and right before one of ``followed_by`` when given). A match reaches at most
    ``before`` characters before the trigger and, with its lookaheads, ``after`` characters after it."""

    literals: tuple[str, ...] = ()
    digits: tuple[int, int] | None = None
    preceded_by: tuple[str, ...] = ()
    followed_by: tuple[str, ...] = ()
    before: int = MARGIN
    after: int = MARGIN


def trigger(
    literals: Iterable[str] = (),
    digits: tuple[int, int] | None = None,
    preceded_by: Iterable[str] = (),
    followed_by: Iterable[str] = (),
    before: int = MARGIN,
    after: int = MARGIN,
) -> Trigger:
    """A trigger from words or phrases: a phrase counts by its longest word (its spacing may vary in the
    text), and a literal that starts with another one is dropped (finding "jan" finds "january" too).
    ``after`` counts from the end of the shortest literal, so it must cover the rest of longer words."""
    words = {_key_word(w) for w in literals if w.strip()}
    kept = tuple(sorted(w for w in words if not any(o != w and w.startswith(o) for o in words)))
    return Trigger(kept, digits, tuple(preceded_by), tuple(followed_by), before, after)


_STOPWORDS = frozenset({"the", "of", "in", "at", "a", "an", "to", "this", "that", "on", "for"})


def _key_word(phrase: str) -> str:
    """The word of a phrase to look for: the longest, not "the"/"of"/… unless there is no other."""
    pieces = phrase.lower().split()
    return max(pieces, key=lambda p: (p not in _STOPWORDS, len(p)))


def _trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, as a trie (one branch per next character), longest first."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(tree)


def _emit(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


class Literals:
    """The trigger literals of a set of rules. Those starting with an ASCII letter count only at the start
    of a word, so they cannot overlap: one regex pass (a trie) finds them all; the others are found by
    ``str.find``."""

    def __init__(self, triggers: Iterable[Trigger]) -> None:
        words = sorted({lit for trig in triggers for lit in trig.literals})
        letters = [w for w in words if _word_start(w)]
        self.pattern = re.compile(rf"(?<![^\W\d_]){_trie(letters)}") if letters else None
        self.words = frozenset(letters)
        # a literal found at a position implies the literals that are its prefixes ("decade" → "dec")
        self.prefixes = {w: [p for p in letters if w.startswith(p)] for w in letters}


def _word_start(literal: str) -> bool:
    return literal[:1].isascii() and literal[:1].isalpha()


class Scan:
    """One text, with the positions of trigger literals and digit runs computed once and shared by rules."""

    def __init__(self, text: str, literals: Literals | None = None) -> None:
        self.text = text
        lower = text.lower()
        for space in _SPACES:
            if space in lower:
                lower = lower.replace(space, " ")
        # the lower-cased text, with Unicode spaces as plain ones; None when lower-casing changed its length
        self.lower: str | None = lower if len(lower) == len(text) else None
        self._hits: dict[str, list[int]] = {}
        self._digit_runs: list[tuple[int, int]] | None = None
        if literals is not None and literals.pattern is not None and self.lower is not None:
            hits: dict[str, list[int]] = {w: [] for w in literals.words}
            prefixes = literals.prefixes
            for match in literals.pattern.finditer(self.lower):
                start = match.start()
                for word in prefixes[match.group()]:
                    hits[word].append(start)
            self._hits = hits

    def _literal(self, literal: str) -> list[int]:
        hits = self._hits.get(literal)
        if hits is None:
            assert self.lower is not None
            hits = []
            lower = self.lower
            find, i = lower.find, lower.find(literal)
            word_start = _word_start(literal)
            while i >= 0:
                if not (word_start and i > 0 and lower[i - 1].isalpha()):
                    hits.append(i)
                i = find(literal, i + 1)
            self._hits[literal] = hits
        return hits

    def digit_runs(self) -> list[tuple[int, int]]:
        if self._digit_runs is None:
            self._digit_runs = [m.span() for m in _DIGITS.finditer(self.text)]
        return self._digit_runs

    def windows(self, trig: Trigger) -> list[tuple[int, int]]:
        """Disjoint [start, end) windows around every occurrence of the trigger, in text order."""
        if self.lower is None:
            return [(0, len(self.text))]
        spans: list[tuple[int, int]] = []
        for literal in trig.literals:
            size = len(literal)
            spans.extend((i, i + size) for i in self._literal(literal))
        if trig.digits is not None:
            shortest, longest = trig.digits
            text = self.lower
            for start, end in self.digit_runs():
                if not shortest <= end - start <= longest:
                    continue
                if trig.preceded_by and not any(
                    text.startswith(p, start - len(p)) for p in trig.preceded_by if start >= len(p)
                ):
                    continue
                if trig.followed_by and not any(text.startswith(f, end) for f in trig.followed_by):
                    continue
                spans.append((start, end))
        spans.sort()
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            lo, hi = max(0, start - trig.before), end + trig.after
            if merged and lo <= merged[-1][1]:
                if hi > merged[-1][1]:
                    merged[-1] = (merged[-1][0], hi)
            else:
                merged.append((lo, hi))
        return merged

    def finditer(self, pattern: re.Pattern[str], trig: Trigger, subject: str) -> Iterator[re.Match[str]]:
        """Matches of ``pattern`` in ``subject`` (the text or its lower-cased form) within the windows of ``trig``."""
        size = len(subject)
        for lo, hi in self.windows(trig):
            yield from pattern.finditer(subject, lo, min(size, hi))

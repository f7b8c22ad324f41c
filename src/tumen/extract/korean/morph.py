"""Korean morphology where regular expressions plateau: Kiwi (kiwipiepy, with its model package from the
package index; offline), loaded once per process, lazily, and only when a Korean document needs it.

What it gives the rules: proper nouns (NNP) — a name said with no honorific, title or age after it
("탈북 방송인 한바다가", "한바다는") is still a name. Without kiwipiepy installed the rules run as before
(names need their honorific)."""

from __future__ import annotations

import re
import warnings
from functools import cache, lru_cache
from typing import Any

from .vocabulary import rules

# Kiwi reads a text in pieces of about this many characters, cut at line ends: its cost stays linear.
_PIECE = 2_000


@cache
def _kiwi() -> Any | None:
    try:
        from kiwipiepy import Kiwi
    except ImportError:  # pragma: no cover - kiwipiepy is a dependency; tolerate a bare install
        return None
    with warnings.catch_warnings():  # num_workers=0: one thread, the caller's (the warning says it changed)
        warnings.simplefilter("ignore", DeprecationWarning)
        return Kiwi(num_workers=0)


def available() -> bool:
    return _kiwi() is not None


def _pieces(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    while start < len(text):
        end = min(len(text), start + _PIECE)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        spans.append((start, end))
        start = end
    return spans


def proper_nouns(text: str) -> list[tuple[int, int, str]]:
    """(start, end, form) of every proper noun Kiwi finds, in text order."""
    if not re.search(r"[가-힣]", text):
        return []
    return [(at, to, form) for piece in _pieces(text) for at, to, tag, form in _tokens(text, *piece) if tag == "NNP"]


@lru_cache(maxsize=4096)
def word_tags(word: str) -> tuple[tuple[int, str], ...]:
    """(end, tag) of every token Kiwi finds in one word alone ("공군은": 공군 NNG, 은 JX; "김군은": 김 NNP, 군 NNB …),
    none without Kiwi."""
    return tuple((end, tag) for _start, end, tag, _form in _tokens(word, 0, len(word)))


def one_common_noun(word: str, length: int) -> bool:
    """Whether Kiwi reads ``word`` alone as one common noun (NNG) of ``length`` characters or more, then maybe a
    particle ("공군은": 공군; "하루"), none without Kiwi."""
    tags = word_tags(word)
    return bool(tags) and tags[0][0] >= length and tags[0][1] == "NNG"


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, tag, form) of every token Kiwi finds in start..end, in text order (none without Kiwi)."""
    kiwi = _kiwi()
    if kiwi is None or start >= end:
        return []
    return [
        (start + token.start, start + token.start + token.len, str(token.tag), str(token.form))
        for token in kiwi.tokenize(text[start:end])
    ]


def first_ending(text: str, start: int, end: int) -> tuple[int, str] | None:
    """(end, tag) of the first verb ending Kiwi finds in start..end — adnominal (ETM), connective (EC) or final
    (EF) — or None."""
    return next(((at, tag) for _s, at, tag, _f in _tokens(text, start, end) if tag in ("ETM", "EC", "EF")), None)


def connective_endings(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(end, form) of every connective ending (EC) Kiwi finds in start..end, in text order ("결혼했는데": 는데)."""
    return [(at, form) for _s, at, tag, form in _tokens(text, start, end) if tag == "EC"]


def subject_marked(text: str, start: int, end: int) -> bool:
    """Whether a noun in start..end is marked as subject (이/가, Kiwi's JKS: "마을 사람들이") or as topic (은/는
    right after a noun, korean_rules.yaml ``topic_particles``: "마을 사람들은"; not "중국에서는", a place marked)."""
    before, topics = "", rules()["topic_particles"]
    for _s, _e, tag, form in _tokens(text, start, end):
        if tag == "JKS":
            return True
        if tag == "JX" and form in topics and before in ("NNG", "NNP", "NP", "NR", "XSN"):
            return True
        before = tag
    return False

"""Spelling-independent keys for names: what blocking groups on and matching compares.

Korean given names are romanised many ways (Chol-jin / Cheol-jin / Chul-jin, Mi-rae /
Mirae): the phonetic key folds the usual alternations of Revised and McCune-Reischauer
romanisation and of older spellings, so they meet in one block. Hangul given names are
romanised first.
"""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.names import HANGUL_SYLLABLE, Name, fold_given, hangul_given_romanisations

# Order matters: longer spellings first.
_FOLDS = (
    ("young", "yong"),  # 영: Young / Yeong / Yong
    ("yung", "yong"),  # 경, 명, 병, 형: Kyung / Kyeong, Myung / Myeong
    ("hyun", "hyon"),  # 현: Hyun / Hyeon / Hyon (휸 is not a name syllable)
    ("hyuk", "hyok"),  # 혁: Hyuk / Hyeok / Hyok
    ("chung", "chong"),  # 정: Chung / Cheong / Chong (→ Jong below)
    ("jung", "jong"),  # 정: Jung / Jeong / Jong
    ("sung", "song"),  # 성: Sung / Seong / Song (승 is Seung, kept apart)
    ("chul", "chol"),  # 철: Chul / Cheol / Chol
    ("yeo", "yo"),
    ("eo", "o"),
    ("eu", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ae", "e"),
    ("wo", "o"),
    ("ui", "i"),
    ("ch", "j"),
    ("sh", "s"),
    ("k", "g"),
    ("p", "b"),
    ("t", "d"),
    ("r", "l"),
    ("ss", "s"),
    ("gg", "g"),
    ("dd", "d"),
    ("bb", "b"),
    ("jj", "j"),
    ("y", ""),
    # ("h", ""): no — Hyun and Eun, Hye and Ye, Ho and O are different syllables
    ("w", ""),
)


def phonetic(text: str) -> str:
    """A folded key of a romanised (or Hangul) given name: Chol-jin, Cheoljin -> joljin."""
    if HANGUL_SYLLABLE.match(text):
        text = hangul_given_romanisations(text)
    key = fold_given(text)
    for before, after in _FOLDS:
        key = key.replace(before, after)
    return re.sub(r"(.)\1+", r"\1", key)


def surname_key(name: Name) -> frozenset[str]:
    return name.surname_key


@cache
def given_key(name: Name) -> str | None:
    return phonetic(name.given) if name.given else None


def normal_name(text: str) -> str:
    """Organisation and place names: case, spacing, "the" and possessives folded."""
    text = " ".join(text.lower().replace("’", "'").split())
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"'s$", "", text)

"""Personal names, Korean first: surnames in any romanisation or in Hangul, given names
with or without hyphens, family-name-first or Western order.

A name's *key* is what stays the same across spellings: the surname's Hangul group(s)
and the given name lower-cased without separators. "Lee So-yeon", "Yi Soyeon",
"Rhee So Yeon" and "So-yeon Lee" share a key; "Lee Seung-eun" does not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from tumen.extract.vocab import load

HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")


@cache
def surname_table() -> dict[str, list[str]]:
    """Hangul surname -> romanisations (conventional first)."""
    table: dict[str, list[str]] = load("korean_surnames.yaml")
    return table


@cache
def romanised_surnames() -> dict[str, frozenset[str]]:
    """Lower-cased romanisation -> the Hangul surnames it can stand for."""
    index: dict[str, set[str]] = {}
    for hangul, spellings in surname_table().items():
        for spelling in spellings:
            index.setdefault(spelling.lower(), set()).add(hangul)
    return {k: frozenset(v) for k, v in index.items()}


@cache
def surname_groups(token: str) -> frozenset[str]:
    """The Hangul surnames a token can be (empty when it is not a Korean surname). McCune-Reischauer
    breves and aspirate apostrophes do not matter: Ch'oe, Chŏng and Choe are looked up alike."""
    token = token.strip()
    if HANGUL_SYLLABLE.match(token):
        return frozenset({token}) if token in surname_table() else frozenset()
    table = romanised_surnames()
    return table.get(token.lower()) or table.get(fold_given(token), frozenset())


def is_korean_surname(token: str) -> bool:
    return bool(surname_groups(token))


_APOSTROPHES = "'’‘ʼʻ`´"
_SEPARATORS = re.compile(rf"[\s\-‐‑.{_APOSTROPHES}]")


def strip_marks(text: str) -> str:
    """Latin letters without diacritics (McCune-Reischauer ŏ, ŭ -> o, u); Hangul is left as it is."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@lru_cache(maxsize=8192)
def fold_given(given: str) -> str:
    """A given name without case, spaces, hyphens, apostrophes (the aspirate mark of Ch'ŏl) or
    diacritics (the breves of Kyŏng-hŭi): So-yeon -> soyeon, Kyŏng-hŭi -> kyonghui."""
    return _SEPARATORS.sub("", strip_marks(given)).lower()


@dataclass(frozen=True)
class Name:
    """A personal name split into surname and given name, with its spelling-independent key."""

    text: str
    surname: str | None
    given: str | None
    korean: bool

    @property
    def surname_key(self) -> frozenset[str]:
        return frozenset() if self.surname is None else _surname_key(self.surname)

    @property
    def given_key(self) -> str | None:
        return fold_given(self.given) if self.given else None

    def compatible(self, other: Name) -> bool:
        """Could both be the same person? Surnames must share a group; given names, when both
        are known, must be equal once folded (a given name alone matches a full name)."""
        if self.surname and other.surname and not (self.surname_key & other.surname_key):
            return False
        if self.given_key and other.given_key and self.given_key != other.given_key:
            return False
        return bool((self.surname and other.surname) or (self.given_key and other.given_key))


def parse(text: str) -> Name:
    """Split a personal name. Korean names are family-name first unless the last token is
    a Korean surname and the first is not ("So-yeon Lee")."""
    clean = " ".join(text.replace("\u00a0", " ").split()).strip(" ,.;:'’\"")
    if HANGUL_SYLLABLE.match(clean):
        return _parse_hangul(clean)
    tokens = clean.split(" ")
    if len(tokens) == 1:
        token = tokens[0]
        if is_korean_surname(token):
            return Name(clean, token, None, True)
        if "-" in token and without_article(token.lower()) == token.lower():  # a Korean given name: "Chol-jin"
            return Name(clean, None, token, True)
        return Name(clean, token, None, False)
    first, last = tokens[0], tokens[-1]
    if is_korean_surname(first) and _looks_korean_given(tokens[1:]):
        return Name(clean, first, " ".join(tokens[1:]), True)
    if is_korean_surname(last) and _looks_korean_given(tokens[:-1]):
        return Name(clean, last, " ".join(tokens[:-1]), True)
    return Name(clean, last, " ".join(tokens[:-1]), False)


@lru_cache(maxsize=8192)
def _surname_key(surname: str) -> frozenset[str]:
    """A surname's key (:attr:`Name.surname_key`), worked out once per spelling: names are compared pair by pair."""
    groups = surname_groups(surname)
    return groups if groups else frozenset({without_article(surname.lower())})


@lru_cache(maxsize=8192)
def letters(text: str) -> str:
    """The text's letters and digits in lower case ("Jong-suk" -> "jongsuk"), worked out once per text."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


@cache
def surname_articles() -> tuple[str, ...]:
    return tuple(str(a) for a in load("name_particles.yaml")["surname_articles"])


def without_article(surname: str) -> str:
    """ "al-hathloul" -> "hathloul": the Arabic article before a family name (lower-case) left out."""
    for article in surname_articles():
        if surname.startswith(article) and len(surname) > len(article):
            return surname[len(article) :]
    return surname


def _looks_korean_given(tokens: list[str]) -> bool:
    """One hyphenated/fused token (Mi-rae, Mirae) or two syllables written apart (Mi Rae, Si Gyeong)."""
    if len(tokens) == 1:
        return True
    return len(tokens) == 2 and all(len(t) <= 6 for t in tokens)  # the longest syllables: Gyeong, Hyeong, Myeong


def _parse_hangul(text: str) -> Name:
    word = text.split(" ")[0]
    for length in (2, 1):  # two-syllable surnames first (남궁, 황보)
        surname = word[:length]
        if surname in surname_table() and len(word) > length:
            return Name(text, surname, word[length:], True)
    if word in surname_table():
        return Name(text, word, None, True)
    return Name(text, None, word, True)


def hangul_given_romanisations(given: str) -> str:
    """A rough Revised Romanisation of a Hangul given name, folded (for matching only)."""
    return "".join(_syllable_rr(ch) for ch in given)


_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_VOWELS = [
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
]
_FINALS = [
    "",
    "k",
    "k",
    "k",
    "n",
    "n",
    "n",
    "t",
    "l",
    "k",
    "m",
    "l",
    "l",
    "l",
    "p",
    "l",
    "m",
    "p",
    "p",
    "t",
    "t",
    "ng",
    "t",
    "t",
    "k",
    "t",
    "p",
    "t",
]


def _syllable_rr(ch: str) -> str:
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return ch.lower()
    initial, rest = divmod(code, 588)
    vowel, final = divmod(rest, 28)
    return _INITIALS[initial] + _VOWELS[vowel] + _FINALS[final]

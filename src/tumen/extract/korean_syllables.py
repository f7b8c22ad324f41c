"""Whether a word reads as romanised Korean syllables (rules in docs/extraction.md, "Names").

A Korean family name that is also an English word ("In", "An", "To") opens a Korean name only before a given name
that romanised Korean can spell: "An Myong-chol", "In Hojin", but not "An Arizona" (no Korean syllable has a z) or
"In Kagara Amid" (no Korean syllable ends in d). The syllables are generated from the jamo spellings of
data/korean_romanisation.yaml (every initial, then vowel, then final consonant, in any system); the surnames that
are English words are data/name_particles.yaml's ``word_surnames``.
"""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.names import fold_given
from tumen.extract.vocab import load


@cache
def _syllable_pattern() -> re.Pattern[str]:
    data = load("korean_romanisation.yaml")

    def spellings(table: str, fields: tuple[str, ...]) -> str:
        found = {
            fold_given(str(v))
            for entry in data[table]
            for field in fields
            for v in (entry.get(field) if isinstance(entry.get(field), list) else [entry.get(field)])
            if v is not None
        }
        return "|".join(sorted((s for s in found if s), key=len, reverse=True))

    initials = spellings("initials", ("rr", "mr", "other"))
    medials = spellings("medials", ("rr", "mr", "other", "open", "closed", "ng"))
    finals = spellings("finals", ("rr", "mr", "other"))
    return re.compile(rf"(?:(?:{initials})?(?:{medials})(?:{finals})?)+")


def reads_as_korean(word: str) -> bool:
    """Whether ``word`` (a given name or one of its parts) splits into romanised Korean syllables: "Myong-chol",
    "Hojin", "Mirae" do; "Arizona", "Amid", "Tarvik" do not."""
    folded = fold_given(word)
    return bool(folded) and all(_syllable_pattern().fullmatch(p) for p in re.split(r"[\s\-‐‑]+", folded) if p)


@cache
def word_surnames() -> frozenset[str]:
    """Korean family names that are also English words ("in", "an", "to"), lower-case."""
    return frozenset(str(w) for w in load("name_particles.yaml")["word_surnames"])


_CAPITALISED_BEFORE = re.compile(r"(?:^|[^\w])([A-Z][\w'’-]*)[ \t]+$")


def english_word_not_surname(text: str, start: int, end: int, parts: list[str]) -> bool:
    """Whether a Korean-looking name ``text[start:end]`` (its words ``parts``) opens with a family name that is an
    English word read as that word: before a given name romanised Korean cannot spell ("An Arizona jury"); or, at
    the start of a sentence or after a capitalised word of a headline ("In Tilak's trial", "Evans To Die By
    Hanging"), before a one-word given name, unless the name comes again elsewhere in the text not so placed ("In
    Hojin … said In Hojin"). A hyphenated given name or one in syllables apart is Koreans' own: "In Ho-jin"."""
    if parts[0].lower() not in word_surnames():
        return False
    if not reads_as_korean(" ".join(parts[1:])):
        return True
    if len(parts) > 2 or not _capital_place(text, start):
        return False
    name = text[start:end]
    return not any(not _capital_place(text, m.start()) for m in re.finditer(rf"\b{re.escape(name)}\b", text))


def _capital_place(text: str, start: int) -> bool:
    """Whether ``start`` begins a sentence, a line or a quotation, or follows a capitalised word that does not
    itself begin one (a headline's: "Evans To Die", not "Later In Hojin")."""
    if _sentence_start(text, start):
        return True
    window = max(0, start - 40)
    word = _CAPITALISED_BEFORE.search(text[window:start])
    return word is not None and not _sentence_start(text, window + word.start(1))


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n:\"“‘'"

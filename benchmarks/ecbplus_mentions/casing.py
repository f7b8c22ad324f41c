"""Headlines in title case or capitals, read in the case their words have in running text ("Dies" -> "dies")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def name_words(sentences: Iterable[Sequence[str]]) -> frozenset[str]:
    """Lower-cased words written with a capital inside running-text sentences: names."""
    names: set[str] = set()
    for words in sentences:
        if title_case(words):
            continue
        for word in words[1:]:
            if (word[:1].isupper() and word[1:].islower()) or (word.isupper() and len(word) > 1):
                names.add(word.lower())
    return frozenset(names)


def title_case(words: Sequence[str]) -> bool:
    long = [w for w in words if w.isalpha() and len(w) > 3]
    return len(long) >= 2 and sum(1 for w in long if w[0].isupper()) >= 0.6 * len(long)


def truecase(words: Sequence[str], names: frozenset[str]) -> list[str]:
    """The words to parse: blanks become "_", and a title-case sentence is lower-cased except its ``names``."""
    words = [w if w.strip() else "_" for w in words]
    if not title_case(words):
        return words
    return [w if w.lower() in names else w.lower() for w in words]

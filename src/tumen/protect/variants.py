"""Every way a person's name may be written, as regular expressions: for redaction, not for matching persons.

A Korean name "Kang Mi-rae" is found as Kang Mi-rae, Kang Mirae, KANG Mi Rae, Mi-rae Kang, kang-mi-rae (a URL
slug), Gang Mi-rae (another romanisation of the surname 강), Ms Kang Mi-rae, and as 강미래 or 강 미래 in Hangul —
the romanisations of each syllable come from :mod:`tumen.resolve.keys` (the readings of a romanised given name
and the spellings of each Hangul syllable) and the surnames' spellings from ``data/korean_surnames.yaml``.
*Partial* forms — the family name alone ("Kang said", "Ms Kang", "Kang's", "강 씨") and the given name alone
("Mi-rae") — are returned apart, with the key that decides whether they are unambiguous in a document.

Pure functions of strings; the patterns are case-insensitive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import islice, product
from typing import Any

from tumen.extract.names import HANGUL_SYLLABLE, fold_given, parse, surname_groups, surname_table
from tumen.extract.vocab import load
from tumen.resolve.keys import readings, syllable_spellings

LATIN_BEFORE = r"(?<![^\W_])"  # no letter or digit just before (Hangul particles may follow a Hangul name)
LATIN_AFTER = r"(?![^\W_])"
BETWEEN_SYLLABLES = r"[\s\-_'’.]?"
BETWEEN_NAMES = r"[\s\-_,]{0,3}"
MAX_READINGS = 4
MAX_HANGUL = 16
RELATIVE = re.compile(r"^(?P<descriptor>[^\W\d_][\w '’-]*?) of (?P<anchor>.+)$")


@dataclass(frozen=True)
class Partial:
    """A pattern of part of a name (``kind`` "family" or "given"); ``key`` is what another person must share
    for the part to be ambiguous in a document."""

    pattern: str
    kind: str
    key: str


@dataclass(frozen=True)
class Variants:
    """A person's names as patterns: ``relative`` ("the son of X", "X's son"), ``full`` names, ``partial``."""

    relative: tuple[str, ...]
    full: tuple[str, ...]
    partial: tuple[Partial, ...]


@cache
def _settings() -> dict[str, Any]:
    data: dict[str, Any] = load("protection.yaml").get("redaction") or {}
    return data


def _alternatives(words: Iterable[str]) -> str:
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in unique) + ")"


def titles_pattern() -> str:
    """An optional title before a name ("Ms ", "Dr. ", "Pastor "), absorbed with it."""
    return r"(?:" + _alternatives(_settings().get("titles") or ["Ms", "Mr"]) + r"\.?\s+)?"


def strip_title(name: str) -> str:
    titles = {str(t).casefold() for t in _settings().get("titles") or ()}
    words = name.split()
    while len(words) > 1 and words[0].rstrip(".").casefold() in titles:
        words = words[1:]
    return " ".join(words)


def _latin(pattern: str) -> str:
    return LATIN_BEFORE + pattern + LATIN_AFTER


def literal(text: str) -> str:
    """A name as written, any run of spaces, hyphens or underscores standing for any other (or none)."""
    parts = [re.escape(p) for p in re.split(r"[\s\-_]+", text.strip()) if p]
    return BETWEEN_NAMES.join(parts)


def surname_spellings(surname: str) -> tuple[set[str], set[str]]:
    """(Latin spellings, Hangul forms) of a surname: 강/Kang/Gang/Khang alike."""
    groups = surname_groups(surname)
    latin = {s for g in groups for s in surname_table().get(g, [])}
    if not HANGUL_SYLLABLE.match(surname):
        latin.add(surname)
    return latin, set(groups)


def _syllable_group(hangul: Iterable[str], written: str | None = None) -> str:
    spellings = {s for h in hangul for s in syllable_spellings(h)}
    if written:
        spellings.add(fold_given(written))
    return _alternatives(spellings)


def given_forms(given: str) -> tuple[list[str], list[str]]:
    """(Latin patterns, Hangul strings) a given name may be written as: every romanisation of its syllables."""
    latin: list[str] = []
    hangul: list[str] = []
    if all(HANGUL_SYLLABLE.match(ch) for ch in given.replace(" ", "").replace("-", "")):
        syllables = given.replace(" ", "").replace("-", "")
        latin.append(BETWEEN_SYLLABLES.join(_syllable_group([ch]) for ch in syllables))
        hangul.append(syllables)
        return latin, hangul
    latin.append(literal(given))
    for _revised, _mr, mixed in islice(readings(given), MAX_READINGS):
        latin.append(BETWEEN_SYLLABLES.join(_syllable_group(options) for options in mixed))
        hangul += ["".join(p) for p in islice(product(*(sorted(o) for o in mixed)), MAX_HANGUL)]
    return latin, hangul


def _full(surname: str, given: str) -> list[str]:
    s_latin, s_hangul = surname_spellings(surname)
    g_latin, g_hangul = given_forms(given)
    title = titles_pattern()
    found: list[str] = []
    if s_latin and g_latin:
        s, g = _alternatives(s_latin), "(?:" + "|".join(g_latin) + ")"
        found.append(_latin(title + f"(?:{s}{BETWEEN_NAMES}{g}|{g}{BETWEEN_NAMES}{s})"))
    if s_hangul and g_hangul:
        found.append(_alternatives(s_hangul) + r"\s?" + _alternatives(g_hangul))
    return found


def _family(surname: str) -> list[Partial]:
    """The family name alone: as the person's names write it, in any case (a slug's "kang"); other
    romanisations ("Gang", "Khang") and very short ones ("An", "O") only capitalised, never the English word."""
    s_latin, s_hangul = surname_spellings(surname)
    key = "F|" + "|".join(sorted(surname_groups(surname) or {surname.casefold()}))
    found: list[Partial] = []
    written = {s for s in s_latin if s.casefold() == surname.casefold() and len(s) >= 3}
    if written:
        found.append(Partial(_latin(titles_pattern() + _alternatives(written)), "family", key))
    others = {form for s in s_latin - written for form in (s.capitalize(), s.upper())}
    if others:
        found.append(Partial("(?-i:" + _latin(titles_pattern() + _alternatives(others)) + ")", "family", key))
    honorifics = _settings().get("korean_honorifics") or ["씨"]
    if s_hangul:
        found.append(Partial(_alternatives(s_hangul) + r"\s?(?:모\s?)?" + _alternatives(honorifics), "family", key))
    return found


def _given(given: str) -> list[Partial]:
    syllables = len(re.findall(r"[^\W\d_]+", given)) if not HANGUL_SYLLABLE.match(given) else len(given)
    g_latin, _hangul = given_forms(given)
    if syllables < 2 and "-" not in given and len(fold_given(given)) < 5:
        return []  # a one-syllable given name alone is too common a word to redact everywhere
    return [Partial(_latin("(?:" + "|".join(g_latin) + ")"), "given", "G|" + fold_given(given))]


def is_description(name: str) -> bool:
    """Is this "name" a description ("mother", "a soldier", "her son") that tumen gives an unnamed person?
    Every word in lower case and no Hangul: redacting the word everywhere would hide nothing and mislead."""
    return not HANGUL_SYLLABLE.search(name) and not any(ch.isupper() for ch in name)


def name_variants(name: str) -> Variants:
    """The patterns of one name (a person's name or one of their aliases)."""
    relation = RELATIVE.match(name)
    if relation is not None:
        anchor = name_variants(relation["anchor"])
        descriptor = literal(relation["descriptor"])
        determiners = _alternatives(_settings().get("determiners") or ["the"])
        anchors = "(?:" + "|".join([*anchor.full, _latin(literal(relation["anchor"]))]) + ")"
        relative = (
            LATIN_BEFORE + f"(?:{determiners}\\s+)?{descriptor}\\s+of\\s+" + anchors,
            anchors + r"['’]s\s+" + _latin(descriptor),
        )
        return Variants(relative, (_latin(literal(name)),), ())
    clean = strip_title(name)
    if is_description(clean):
        return Variants((), (), ())  # "mother", "a soldier": a word, not a name (its mentions go by offsets)
    parsed = parse(clean)
    if parsed.korean and parsed.surname and parsed.given:
        return Variants(
            (), tuple(_full(parsed.surname, parsed.given)), (*_family(parsed.surname), *_given(parsed.given))
        )
    if parsed.korean and parsed.surname:
        return Variants((), (), tuple(_family(parsed.surname)))
    if parsed.korean and parsed.given:
        return Variants((), (), tuple(_given(parsed.given)))
    full = (_latin(titles_pattern() + literal(clean)),) if " " in clean else ()
    partial = _family(parsed.surname) if parsed.surname and " " in clean else []
    if " " not in clean and HANGUL_SYLLABLE.match(clean):
        full = (re.escape(clean),)
    elif " " not in clean:
        full = (_latin(titles_pattern() + re.escape(clean)),)
    return Variants((), full, tuple(partial))


def person_variants(names: Iterable[str]) -> Variants:
    """The patterns of all of a person's names, without repeats."""
    relative: dict[str, None] = {}
    full: dict[str, None] = {}
    partial: dict[Partial, None] = {}
    for name in names:
        if not name or not name.strip():
            continue
        found = name_variants(name)
        relative.update(dict.fromkeys(found.relative))
        full.update(dict.fromkeys(found.full))
        partial.update(dict.fromkeys(found.partial))
    return Variants(tuple(relative), tuple(full), tuple(partial))


def keys_of(names: Iterable[str]) -> set[str]:
    """The family and given keys a person's names carry (to tell whether a partial name is ambiguous)."""
    found: set[str] = set()
    for name in names:
        if not name or RELATIVE.match(name):
            continue
        parsed = parse(strip_title(name))
        if parsed.surname and (parsed.korean or parsed.given):
            found.add("F|" + "|".join(sorted(surname_groups(parsed.surname) or {parsed.surname.casefold()})))
        if parsed.given and parsed.korean:
            found.add("G|" + fold_given(parsed.given))
    return found

"""A facility named after its place: "the Hwangsan interrogation centre", "Sinpo detention center", "Tarvik
prison". One to three capitalised words right before a facility word (``facility_words`` of
``data/korean_facilities.yaml``) are the facility's name, a place of kind facility — not a person the name finder
took the place name for, whose relatives and pronouns would then be wrongly counted. Words that name a people or
a state ("a North Korean prison", "the Chinese detention centre"), or a function word before the name ("the", "In
Tarvik prison", "Two prison guards", a month or weekday: "On Monday Tarvik prison"), are not a facility's name; a
facility word before a word of its staff or its parts ("Tarvik prison guards", ``facility_word_followers``) makes
no facility; words of a facility's kind alone ("taken to Military prison", ``facility_kind_words``) name none;
and a place the gazetteer knows ("Hyesan prison") stays the place it is: the event happened in that
city."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache
from typing import TypeVar

from tumen.extract.spacy_import import import_spacy
from tumen.extract.vocab import load

M = TypeVar("M")


@cache
def _function_words() -> frozenset[str]:
    """Articles, prepositions, pronouns and quantifiers (spaCy's English stop words), imported when first needed
    (through import_spacy: never spaCy's command line)."""
    import_spacy()
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@cache
def _kind_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("korean_facilities.yaml")["facility_kind_words"])


@cache
def _pattern() -> re.Pattern[str]:
    words = sorted(load("korean_facilities.yaml")["facility_words"], key=len, reverse=True)
    facility = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    followers = "|".join(re.escape(w) for w in load("korean_facilities.yaml")["facility_word_followers"])
    # the facility word in any case ("Tarvik prison", "Tarvik Military Prison"); its followers too
    return re.compile(
        rf"(?<![\w'’-])((?:[A-Z][a-z][\w'’-]*\s+){{1,3}})(?i:{facility})(?![\w-])(?!\s+(?i:{followers})\b)"
    )


def named_facilities(
    text: str, make: Callable[..., M], peoples: Collection[str], known: Callable[[str], object], times: Collection[str]
) -> list[M]:
    """Facilities named after their place (see the module); ``peoples`` are the words for a people or a state,
    ``known`` what the gazetteer knows of a place name (None: nothing), ``times`` month and weekday names."""
    found = []
    for match in _pattern().finditer(text):
        words = match.group(1).split()
        while words and (
            words[0].lower() in _function_words() or words[0] in times
        ):  # "The", "In Tarvik prison", "Two prison guards"
            words = words[1:]
        if not words or any(w in peoples for w in words) or known(" ".join(words)) is not None:
            continue
        if all(w.lower() in _kind_words() for w in words):  # "Military prison": what kind, not where
            continue
        start = match.start(1) + match.group(1).index(words[0])
        found.append(make(start, match.end(), text[start : match.end()], "place", "NAMED_FACILITY", "facility"))
    return found

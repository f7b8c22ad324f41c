"""A run of common words in a capitalised headline is no one's name (docs/extraction.md, "Persons").

A headline capitalises every word ("Otters Beat Falcons To Clinch Playoff Berth", "Council Flips Parking Ruling"),
and spaCy's small model tags a run of them a person's name. A person's mention of two words or more is taken out
when every word of it is, in lower case, a word of the parser's English index (the lemmatizer's WordNet table of
nouns, verbs, adjectives and adverbs; a plural, third person, past or gerund counts as its word: "Flips",
"Charged") and none a listed given name or title ("President Bush" stays), and every place the text writes it is in
a capitalised line: a line of at least three words of four letters or more, each capitalised but a function word
("with", "over"; the parser's stop words). A name the prose writes too ("Grant Hill" in a sentence of the story)
stays. A mention of one word goes too when that word is a verb of the index in its third person, past or gerund
("Rehires" of "Tarvo Mills Checks Into Clinic, Rehires Attorney Ivo Reck"): a headline's verb left alone when the
title after it was read as the next person's; not a surname the census knows ("Waters Joins Board").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tumen.extract.capital_nouns import english_index
from tumen.extract.census_names import census_surnames
from tumen.extract.gender import is_given_name
from tumen.extract.role_words import singular
from tumen.extract.vocab import load

PARTS = ("noun", "verb", "adj", "adv")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def without_headline_runs(text: str, mentions: list[Any]) -> list[Any]:
    """The mentions without the persons' that are runs of a capitalised headline's common words."""
    return [m for m in mentions if not (m.kind == "person" and _common_run(text, m.text))]


def _common_run(text: str, form: str) -> bool:
    words = form.split()
    if len(words) == 1:
        if not _inflected_verb(words[0]):
            return False
    elif not words or not all(_common(w) for w in words):
        return False
    at = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]
    return bool(at) and all(_capitalised_line(text, start) for start in at)


def _common(word: str) -> bool:
    if _name_like(word) or not word[:1].isupper():
        return False
    lower = word.lower()
    forms = {lower, singular(lower), *_stems(lower)}
    return any(form in english_index(part) for part in PARTS for form in forms)


def _name_like(word: str) -> bool:
    """Not a plain word of letters, or a listed given name or title ("Ana", "Mr"): no common word however the index
    reads it."""
    return not word.isalpha() or is_given_name(word) or word in load("kinship.yaml")["titles"]


def _stems(lower: str) -> set[str]:
    """What a lower-case word may be the plural, third person, past or gerund of (:data:`_ENDINGS`): "charged" ->
    "charg", "charge"."""
    return {lower[: -len(end)] + again for end, again in _ENDINGS if lower.endswith(end)}


def _inflected_verb(word: str) -> bool:
    """Whether a capitalised word is a verb of the index told in its third person, past or gerund ("Resigned",
    "Fleeing"), one again with "re" ("Rehires": the index has "hire"), and no listed given name, title or surname
    the census knows ("Banks", "Waters": a name the headline alone may write)."""
    if _name_like(word) or word.lower() in census_surnames():
        return False
    lower = word.lower()
    stems = _stems(lower)
    stems |= {stem[2:] for stem in stems if stem.startswith("re") and len(stem) > 5}
    return any(stem in english_index("verb") for stem in stems)


# Endings of a plural, a third person, a past and a gerund, and what the word's lemma may end with instead: "Flips",
# "Berths", "Charged", "Murdering", "Voting".
_ENDINGS = (("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def _capitalised_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` is a headline's: three long words or more, each capitalised but a function
    word's ("with", "over")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = _LONG_WORD.findall(text[start : end if end >= 0 else len(text)])
    return len(words) >= 3 and all(w[:1].isupper() or w in _function_words() for w in words)


@cache
def _function_words() -> frozenset[str]:
    from tumen.extract.nlp import english

    return frozenset(str(w) for w in english().Defaults.stop_words)

"""A name that opens with a given name is a person's, whatever the name finder tagged it.

spaCy's small model tags some persons' names an organisation or a place ("A court in Lindau jailed Nadia Okoro",
"the kidnapping of Amanda Veldhout"). A reader takes two or three capitalised words whose first is a given name
that ``data/given_names.yaml`` lists for a person's name, unless something says otherwise: a word of an
organisation's name ("Maria Stopes Foundation"), a word that no given name or surname is ("Victoria Street"),
a word in capitals ("Grace FM"), a word of an event or a role ("the Daniel Kemp Abduction Inquiry", "Maria Okoro
Editor"), the article "the" before it ("the Victoria Cross"), or the gazetteer knowing the whole as a place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tumen.extract import organisations, places, role_descriptions
from tumen.extract.event_lexicon import lexicon
from tumen.extract.gender import is_given_name

NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)*")


def _event_word(word: str) -> bool:
    """A word of the event vocabulary (``data/events.yaml``): "Abduction", "Trial" end a title, not a name."""
    lower = word.lower()
    return lower in lexicon().nouns or lower in lexicon().noun_senses or lower in lexicon().verbs


def opens_with_given_name(
    ent: Any, name: str, kind: str, label: str, not_name_words: frozenset[str], place_form: Callable[[str], bool]
) -> bool:
    """Whether a span spaCy tagged an organisation or a place is a person's name opened by a given name."""
    words = name.split()
    if kind not in ("organization", "place") or label not in ("ORG", "GPE", "LOC") or not 2 <= len(words) <= 3:
        return False
    if not is_given_name(words[0]) or not all(NAME_WORD.fullmatch(w) for w in words):
        return False
    if any(w in organisations.name_words() or w.lower() in not_name_words or _event_word(w) for w in words):
        return False
    if any(role_descriptions.is_role_word(token) for token in ent):
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the":
        return False
    return places.lookup(name) is None and not place_form(name)

"""A name that opens with a given name is a person's, whatever the name finder tagged it.

spaCy's small model tags some persons' names an organisation or a place ("A court in Lindau jailed Nadia Okoro",
"the kidnapping of Amanda Veldhout"). A reader takes two or three capitalised words whose first is a given name
that ``data/given_names.yaml`` lists for a person's name, unless something says otherwise: a word of an
organisation's name ("Maria Stopes Foundation"), a word that no given name or surname is ("Victoria Street"),
a word in capitals ("Grace FM"), a word of an event or a role ("the Daniel Kemp Abduction Inquiry", "Maria Okoro
Editor"), the article "the" before it ("the Victoria Cross"), or the gazetteer knowing the whole as a place.

A name spaCy left untagged whose given name no list knows is a person's when the sentence marks it as one, by a role
or an age in apposition or a role before it ("Police arrested Ivo Lesk, a union leader", "Kadri Tamm, 34,", "the
lawyer Kadri Tamm"), with the same exceptions, and not when a sentence opens with a common English word ("Local
Tarvik, a …").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from tumen.extract import organisations, places, role_words
from tumen.extract.capital_nouns import english_index
from tumen.extract.event_lexicon import lexicon
from tumen.extract.gender import is_given_name
from tumen.extract.listed_names import untagged_compounds_start
from tumen.extract.token_filter import tokens_with

M = TypeVar("M")
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
    return _reads_as_person(ent, name, not_name_words, place_form)


def _reads_as_person(
    tokens: Any, name: str, not_name_words: frozenset[str], place_form: Callable[[str], bool], given: bool = True
) -> bool:
    """Whether capitalised words read as a person's name: opened by a listed given name (unless ``given`` is False),
    with none of the exceptions of the module's docstring."""
    words = name.split()
    if (given and not is_given_name(words[0])) or not all(NAME_WORD.fullmatch(w) for w in words):
        return False
    if any(w in organisations.name_words() or w.lower() in not_name_words or _event_word(w) for w in words):
        return False
    if any(role_words.is_role_word(token) for token in tokens):
        return False
    if tokens.start > 0 and tokens.doc[tokens.start - 1].lower_ == "the":
        return False
    return places.lookup(name) is None and not place_form(name)


def untagged_given_names(
    doc: Any,
    make: Callable[..., M],
    not_name_words: frozenset[str],
    place_form: Callable[[str], bool],
    described: Callable[[Any], bool],
) -> list[M]:
    """Names spaCy left untagged that open with a listed given name: two or three proper nouns, none tagged, the
    last the head of the others ("Police arrested Ana Ruiz on Monday", "journalist Ana Ruiz said"), with the same
    exceptions as a tagged one; not a name that runs on into more capitalised words ("Ana Ruiz Street Market").
    So is one opened by any other word that ``described`` shows a person's ("Ivo Lesk, a union leader")."""
    found = []
    for token in tokens_with(doc, "POS", ("PROPN",)):
        if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ == "compound":
            continue
        first = untagged_compounds_start(token)
        if not 1 <= token.i - first <= 2 or (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper()):
            continue
        span = doc[first : token.i + 1]
        given = is_given_name(span.text.split()[0])
        if not given and _common_opening(span):
            continue  # "Local Tarvik, a …": no given name, and a common English word opens the sentence
        # opened by a listed given name, or by another word the sentence describes as a person's
        if _reads_as_person(span, span.text, not_name_words, place_form, given=False) and (given or described(span)):
            found.append(make(span.start_char, span.end_char, span.text, "person", "PERSON"))
    return found


def _common_opening(span: Any) -> bool:
    """A name opened by a common English word at the start of a sentence ("Local Tarvik, a …"): no name a description
    makes a person's."""
    first = span[0]
    parts = ("noun", "adj", "verb", "adv")
    return bool(first.is_sent_start) and any(first.lower_ in english_index(part) for part in parts)

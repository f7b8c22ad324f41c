"""Names in a list of persons' names that spaCy tagged as something else or missed.

A list joins names of one kind: in "Ana Ruiz, Tomas Vidal and Lena Ortiz were detained", spaCy may tag
"Tomas Vidal" as a place (a surname that is also a town's name) and leave "Lena Ortiz" untagged; both are
persons when they are coordinated with a person's name, are two capitalised words or more, and the gazetteer
does not know them as places. A name spaCy missed must end where the capitalised run ends and hold no word of an
organisation's name ("Human Rights Watch"); one it tagged an organisation must begin with a listed given name
("… and Sami Karam").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from tumen.extract import organisations, places
from tumen.extract.nlp import text_of
from tumen.extract.token_filter import tokens_with

M = TypeVar("M")


def _name_form(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() and w[1:2].islower() and w.replace("-", "").isalpha() for w in words)


def _partners(token: Any) -> list[Any]:
    """The tokens a list coordinates with ``token``: its conjuncts, and if it is one, its head and siblings."""
    partners = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        partners += [token.head, *(c for c in token.head.children if c.dep_ == "conj" and c.i != token.i)]
    return partners


def _with_a_person(token: Any) -> bool:
    return any(p.ent_type_ == "PERSON" for p in _partners(token))


def listed_with_a_person(ent: Any, name: str, place_form: Callable[[str], bool]) -> bool:
    """Whether a span spaCy tagged otherwise is a person's name in a list of persons ("Ana Ruiz and Tomas Vidal")."""
    if not _name_form(name) or places.lookup(name) is not None or place_form(name):
        return False
    if any(w in organisations.name_words() for w in name.split()):
        return False  # "Maria Delgado and the Martin Ennals Foundation"
    return _with_a_person(ent.root)


def untagged_compounds_start(token: Any) -> int:
    """The index where an untagged proper noun's name starts: the untagged proper nouns compounded before it."""
    doc, first = token.doc, int(token.i)
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == token.i:
        if doc[first - 1].ent_type_ or doc[first - 1].pos_ != "PROPN":
            break
        first -= 1
    return first


def untagged_listed_names(doc: Any, make: Callable[..., M], place_form: Callable[[str], bool]) -> list[M]:
    """Names spaCy left untagged in a list of persons' names: a proper noun coordinated with a person's name,
    with the proper nouns compounded before it ("… Maria Delgado and Ana Ruiz were detained")."""
    found = []
    for token in tokens_with(doc, "DEP", ("conj",)):
        if token.dep_ != "conj" or token.ent_type_ or token.pos_ != "PROPN" or not _with_a_person(token):
            continue
        first = untagged_compounds_start(token)
        start, end = doc[first].idx, token.idx + len(token)
        name = text_of(doc)[start:end]
        if token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper():
            continue  # the name runs on: "… and Human Rights Watch said"
        if any(w in organisations.name_words() for w in name.split()):
            continue
        if _name_form(name) and places.lookup(name) is None and not place_form(name):
            found.append(make(start, end, name, "person", "PERSON"))
    return found

"""A person's name apposed to a named organisation after a role noun belongs to the role noun.

In "the leader of the Tarvik Farmers Union, Omar Belkadi, was arrested" the parser hangs the name on the nearest
noun, the organisation ("Union"), as its apposition, or on the verb ("Gunmen abducted the founder of the Holm
Association, Ivo Brandt, …"). An organisation is no person, so a person's name set apart by a comma right after
it (and its acronym in brackets) describes the role noun that governs the "of"-phrase ("leader"): the name is
re-attached to that noun, as its apposition, before anything reads the parse — the person then has the role, and
takes part in the clause's events as the role noun does. The role nouns are ``data/organisations.yaml``
(``roles``) and the role words of :mod:`tumen.extract.role_words`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.gender import is_given_name
from tumen.extract.listed_names import untagged_compounds_start
from tumen.extract.role_words import is_role_word
from tumen.extract.vocab import load

NAME_DEPS = frozenset({"appos", "npadvmod"})  # how the parser hangs the name on the organisation


@cache
def _organisation_roles() -> frozenset[str]:
    """The one-word roles held in an organisation ("leader", "head", "president", "member")."""
    return frozenset(w.lower() for words in load("organisations.yaml")["roles"].values() for w in words if " " not in w)


def _role_noun(token: Any) -> bool:
    if token.pos_ != "NOUN" or token.tag_ != "NN":  # one person: "leaders of the union, A and B" is a list
        return False
    return token.lemma_.lower() in _organisation_roles() or is_role_word(token, parsing=True)


def _name_start(name: Any) -> int | None:
    """Where the person's name whose last word is ``name`` starts: the name finder's person, or two or three proper
    nouns it left untagged that open with a listed given name ("Ana Ruiz"); None when ``name`` ends no such name."""
    if name.ent_type_ == "PERSON":
        person = next(e for e in name.doc.ents if e.start <= name.i < e.end)
        return int(person.start) if person.root.i == name.i else None
    first = untagged_compounds_start(name)
    if name.ent_type_ or name.pos_ != "PROPN" or not 1 <= name.i - first <= 2:
        return None
    words = name.doc[first : name.i + 1]
    return first if is_given_name(words[0].text) and all(w.text.istitle() for w in words) else None


def _organisation_before(start: int, doc: Any) -> Any | None:
    """The named organisation right before a name that starts at ``start``, after a comma, with its acronym in
    brackets between them or not ("the Tarvik Workers' Union (TWU), Ana Ruiz")."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    last = start - 2
    if doc[last].text == ")":  # an acronym in brackets: "(TWU)"
        opening = next((i for i in range(last - 1, max(last - 4, -1), -1) if doc[i].text == "("), None)
        if opening is None:
            return None
        last = opening - 1
    return next((e for e in doc.ents if e.label_ == "ORG" and e.end - 1 == last), None)


def _role_of(organisation: Any) -> Any | None:
    """The role noun that governs "of" the organisation (its name, or the acronym its name describes)."""
    phrase = organisation.root
    while phrase.dep_ in ("nmod", "compound", "appos") and phrase.head.i > phrase.i:  # "Union (TWU)": TWU heads
        phrase = phrase.head
    preposition = phrase.head
    if phrase.dep_ != "pobj" or preposition.lower_ != "of" or not _role_noun(preposition.head):
        return None
    return preposition.head


def reattach_role_names(doc: Any) -> Any:
    """The spaCy component: each person's name apposed to "ROLE of the ORGANISATION" hangs on ROLE."""
    for name in doc:
        if name.dep_ not in NAME_DEPS or name.pos_ != "PROPN":
            continue
        start = _name_start(name)
        organisation = _organisation_before(start, doc) if start is not None else None
        if start is None or organisation is None or (role := _role_of(organisation)) is None or name.head == role:
            continue
        if not (organisation.start <= name.head.i < start or name.head.i == role.head.i):
            continue  # hung on the organisation (or its acronym), or on the role's own verb: "arrested the …, X"
        name.head = role
        name.dep_ = "appos"
    return doc

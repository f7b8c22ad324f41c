"""A title of an office between an organisation's name and a person's keeps the person a person (docs/extraction.md,
"Places and routes").

spaCy's small model tags "NYPD Commissioner Tamsin Orrell", "EU Commissioner Olli Varga" or "Coach Ivo Reck" as
one organisation's name; the person then vanishes into an organisation. A run tagged an organisation that ends in
two or three capitalised words, none a title or a word of an organisation's, a company's or a place's name, right
after a title of an office (``office_titles`` of data/name_kinds.yaml and the titles of data/kinship.yaml) is the
person's name: the mention becomes the person's, from the first word after the title (the title is then read as
the person's, as before any name), and the words before the title, an acronym or two words or more, the
organisation's ("NYPD", "Harbor Police"; without a word of a portfolio, ``portfolio_words``: "White House" of "White
House Press Secretary"). A title after a lowercase word is inside an organisation's name ("the
Office of the Chief Medical Examiner"), and a run that opens with the title must name the person by a listed given name
("Chief Tamsin Orrell"), for a title word opens some companies' names ("General Tarvo Mills").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tumen.extract.gender import is_given_name
from tumen.extract.vocab import load

NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)*")


@cache
def title_modifiers() -> frozenset[str]:
    """Words that may stand before a title in a name ("Senior", "Acting"), lower-case (data/organisations.yaml)."""
    return frozenset(str(w).lower() for w in load("organisations.yaml")["title_modifiers"])


@cache
def titles() -> frozenset[str]:
    return frozenset(str(w) for w in load("name_kinds.yaml")["office_titles"]) | frozenset(
        load("kinship.yaml")["titles"]
    )


@cache
def not_name_words() -> frozenset[str]:
    """Words of organisations', companies' and places' names: "Police", "Corp", "Foundation", "Street"."""
    orgs = load("organisations.yaml")
    words = [*orgs["name_words"], *orgs["name_endings"], *orgs["company_endings"]]
    words += load("places.yaml")["named_place_endings"]
    return frozenset(str(w) for w in words)


def titled_persons(mentions: list[Any]) -> None:
    """Make a person's mention of every organisation's mention that ends in a title of an office and a person's
    name, and an organisation's of the words before the title ("NYPD") (in place)."""
    offices = []
    named = {m.text for m in mentions}
    for m in mentions:
        if m.kind != "organization" or m.label != "ORG":
            continue
        words = m.text.split(" ")
        tail = len(words)
        while tail > 0 and NAME_WORD.fullmatch(words[tail - 1]) and words[tail - 1] not in titles():
            tail -= 1
        name = words[tail:]
        if not 2 <= len(name) <= 3 or tail == 0 or words[tail - 1] not in titles():
            continue
        if any(w in not_name_words() for w in name) or (tail == 1 and not is_given_name(name[0])):
            continue
        if tail > 1 and words[tail - 2].islower():
            continue  # "the Office of the Chief Medical Examiner": a title inside an organisation's name
        offset = len(m.text) - len(" ".join(name))
        office = _office(words[: tail - 1])
        if office and office not in named:  # a name found elsewhere keeps the kind found there ("White House")
            offices.append(type(m)(m.start, m.start + len(office), office, "organization", "ORG"))
        m.start, m.text, m.kind, m.label = m.start + offset, m.text[offset:], "person", "PERSON"
    mentions.extend(offices)


def _office(words: list[str]) -> str:
    """The organisation's name before a title: "NYPD" of "NYPD Deputy Commissioner", "White House" of "White House
    Press Secretary", none of "Acting Chief"."""
    modifiers = title_modifiers()
    portfolios = {str(w) for w in load("name_kinds.yaml")["portfolio_words"]}
    while words and (words[-1] in titles() or words[-1].lower() in modifiers or words[-1] in portfolios):
        words = words[:-1]
    if len(words) == 1 and not words[0].isupper():
        return ""  # "Homicide Detective", "Police Commissioner": a word for a unit or a trade, no organisation's name
    return " ".join(words)

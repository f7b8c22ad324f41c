"""A plural role noun set before a list of names by a comma alone: "police detained journalists, Ana Berg and Ivo
Holm, in Tarvik" — each name is one of the journalists (docs/extraction.md, "Roles and gender from the description
beside a name").

The parser hangs such names on the noun as conjuncts ("journalists, Ana Berg and Ivo Holm": three coordinated
things) or on the verb, so the list is read on the surface: two names or more right after the comma, joined by
commas and "and", each of them nothing but a name (a name with a noun of its own, "her husband Ivo Holm", is
described by that noun, and ends the reading), the list closed by punctuation, a preposition or the sentence's end.
Names that begin a clause ("After meeting journalists, Ana Berg and Ivo Holm left": the subjects of "left") are
not listed: the first name must not be a subject, nor the list be followed by a verb.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tumen.extract.types import Entity

CLOSING = frozenset({",", ";", ":", ".", ")", "–", "—", "-", "!", "?"})


def listed_by_comma(noun: Any, person_of: Callable[[Any], Entity | None]) -> list[Entity]:
    """The named persons a plural noun stands for when a comma and a list of two names or more follow it."""
    doc, end = noun.doc, noun.sent.end
    if noun.tag_ not in ("NNS", "NNPS") or noun.i + 2 >= end or doc[noun.i + 1].text != ",":
        return []
    if any(c.dep_ == "nummod" for c in noun.children):
        return []  # "two journalists, A and B": the parser's apposition, read with its number elsewhere
    found: list[Entity] = []
    k = noun.i + 2
    while True:
        person = person_of(doc[k]) if k < end else None
        if person is None or person in found:
            return []
        if not found and any(doc[j].dep_ in ("nsubj", "nsubjpass") for j in _span(doc, k, person, person_of, end)):
            return []  # "After meeting journalists, Ana Berg and Ivo Holm left"
        found.append(person)
        k = _span(doc, k, person, person_of, end)[-1] + 1
        if k < end and doc[k].lower_ == "and":
            k += 1
            continue
        if k + 1 < end and doc[k].text == "," and doc[k + 1].lower_ == "and":
            k += 2
            continue
        if k + 1 < end and doc[k].text == "," and person_of(doc[k + 1]) is not None:
            k += 1
            continue
        break
    closed = k >= end or doc[k].text in CLOSING or doc[k].pos_ == "ADP"
    return found if len(found) >= 2 and closed else []


def _span(doc: Any, k: int, person: Entity, person_of: Callable[[Any], Entity | None], end: int) -> list[int]:
    """The token positions of the name that starts at ``k``."""
    span = [k]
    while span[-1] + 1 < end and person_of(doc[span[-1] + 1]) is person:
        span.append(span[-1] + 1)
    return span

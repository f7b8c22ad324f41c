"""A plural role noun set before a list of names by a comma alone: "police detained journalists, Ana Berg and Ivo
Holm, in Tarvik" — each name is one of the journalists (docs/extraction.md, "Roles and gender from the description
beside a name").

The parser hangs such names on the noun as conjuncts ("journalists, Ana Berg and Ivo Holm": three coordinated
things) or on the verb, so the list is read on the surface: two names or more right after the comma, joined by
commas and "and", each of them nothing but a name — after the first, a possessive and a noun may stand before a
name ("Lena Tarvo and her husband Ivo Holm, and their colleagues Ana Berg and …": still in the list) — the list
closed by punctuation, a preposition or the sentence's end.
A phrase of place or origin may stand between the noun and the comma ("two boys from Tarvik, Oskar Lind and Tomas
Vell"); a number on the noun must then count the names.
Names that begin a clause ("After meeting journalists, Ana Berg and Ivo Holm left": the subjects of "left") are
not listed: the first name must not be a subject, nor the list be followed by a verb.

The mirror order, a list of names and then the plural noun set off by a comma ("police arrested Ana Berg and Ivo
Holm, two activists of the Tarvik Youth Front, on Monday"; "A, B and C, all journalists, were held"), describes
every name of the list too, though the parser hangs the noun on the last name only (or on the verb): two names or
more joined by commas and "and" right before the comma, the noun's phrase closed by punctuation or the sentence's
end, a number ("two", "both") counting the names, and the noun the subject of no verb ("A and B, journalists
said": the journalists are others).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from tumen.extract.listed_after import count
from tumen.extract.speaker_lists import opens_saying
from tumen.extract.types import Entity
from tumen.extract.vocab import load

CLOSING = frozenset({",", ";", ":", ".", ")", "–", "—", "-", "!", "?"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})  # the tags of a finite verb
RELATIVE = frozenset({"WDT", "WP", "WP$"})  # "who", "which", "whose"


def listed_by_comma(noun: Any, person_of: Callable[[Any], Entity | None]) -> list[Entity]:
    """The named persons a plural noun stands for when a comma and a list of two names or more follow it."""
    doc, end = noun.doc, noun.sent.end
    comma = _comma_after(noun)
    if noun.tag_ not in ("NNS", "NNPS") or comma + 1 >= end or doc[comma].text != ",":
        return []
    number = next((c for c in noun.children if c.dep_ == "nummod"), None)
    if number is not None and comma == noun.i + 1:
        return []  # "two journalists, A and B": the parser's apposition, read with its number elsewhere
    found: list[Entity] = []
    k = comma + 1
    while True:
        if found and k < end and person_of(doc[k]) is None:
            k = _kin_item(doc, k, end, person_of)  # "…, and their colleagues Ivo Holm and Ana Berg"
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
        if k + 1 < end and doc[k].text == "," and person_of(doc[k + 1]) is not None and not opens_saying(doc[k + 1]):
            k += 1  # not "…, Mila Oster told reporters": the speaker (the list ends at the comma)
            continue
        break
    closed = k >= end or doc[k].text in CLOSING or doc[k].pos_ == "ADP"
    counted = number is None or count(number) == len(found)  # "two boys from Tarvik, A and B": both
    return found if len(found) >= 2 and closed and counted else []


def listed_before_comma(noun: Any, person_of: Callable[[Any], Entity | None]) -> list[Entity]:
    """The named persons a plural noun stands for when it follows a list of two names or more and a comma (see the
    module): "Ana Berg and Ivo Holm, two activists", "A, B and C, all journalists"."""
    doc, sent = noun.doc, noun.sent
    start = noun.left_edge.i
    if noun.tag_ not in ("NNS", "NNPS") or noun.dep_ in ("nsubj", "nsubjpass") or start - 2 < sent.start:
        return []
    after = noun.right_edge.i + 1
    if doc[start - 1].text != "," or (after < sent.end and doc[after].text not in CLOSING) or _tells(noun):
        return []
    found: list[Entity] = []
    joined = False
    k = start - 2  # the last token of the name before the comma
    while k >= sent.start and (person := person_of(doc[k])) is not None and person not in found:
        last = k
        while k > sent.start and person_of(doc[k - 1]) is person:
            k -= 1
        if _opening_object(doc[k : last + 1]):
            break  # "After meeting Ana Berg, Tom Reller and Ivo Holm, activists …, were arrested": not Ana Berg
        found.append(person)
        k -= 1  # the separator before the name: "and", ", and" or ","
        if k > sent.start and doc[k].lower_ == "and":
            joined = True
            k -= 2 if doc[k - 1].text == "," else 1
        elif k > sent.start and doc[k].text == "," and joined:
            k -= 1
        else:
            break
    number = next((c for c in noun.children if c.dep_ == "nummod"), None)
    told = count(number) if number is not None else None
    if any(c.dep_ == "det" and c.lower_ == "both" for c in noun.children):
        told = 2
    return found if len(found) >= 2 and joined and (told is None or told == len(found)) else []


def _tells(noun: Any) -> bool:
    """Whether the noun is the subject of a verb the parser hangs on it ("A and B, Tarvik journalists reported on
    Monday": the journalists are others): a finite verb right after it, or a clause on it with a finite verb and no
    relative word ("activists who fled" still describes)."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is not None and following.tag_ in FINITE:
        return True
    return any(
        c.dep_ in ("acl", "relcl") and c.tag_ in FINITE and not any(g.tag_ in RELATIVE for g in c.children)
        for c in noun.children
    )


def _opening_object(name: Any) -> bool:
    """Whether the name is the object of an opening adverbial phrase or clause of a main verb with no subject of its
    own ("After meeting Ana Berg, Tom Reller and Ivo Holm, activists …, were arrested": the parser joins the
    subjects to the object; the object is not listed with them), as :func:`listed_by_comma` keeps out subjects."""
    head = next((t for t in name if t.head.i not in range(name.start, name.end)), name[-1])
    if head.dep_ not in ("dobj", "pobj"):
        return False
    token = head
    while token.head.i != token.i:  # the root is its own head (compare by index: tokens are made anew)
        verb = token.head
        if token.dep_ in ("prep", "advcl") and verb.dep_ == "ROOT" and token.i < verb.i:
            return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        token = verb
    return False


def _comma_after(noun: Any) -> int:
    """Where the comma before the list stands: right after the noun, or after a phrase of origin or place of proper
    nouns that qualifies it ("two boys from Tarvik, Oskar Lind and Tomas Vell"; ``origin_words`` of
    ``data/story_roles.yaml``), read on the surface (the parser may hang the phrase on the verb)."""
    doc, k = noun.doc, int(noun.i) + 1
    if k >= len(doc) or doc[k].lower_ not in _origin_words():
        return k
    k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    start = k
    while k < len(doc) and doc[k].pos_ == "PROPN":
        k += 1
    return k if k > start else int(noun.i) + 1


@cache
def _origin_words() -> frozenset[str]:
    return frozenset(str(w) for w in load("story_roles.yaml")["origin_words"])


def _kin_item(doc: Any, k: int, end: int, person_of: Callable[[Any], Entity | None]) -> int:
    """Past a possessive and a noun that relate the names after it to those before ("her husband", "their
    colleagues") to its first name, when one follows: the names are still in the list; else ``k``."""
    if k + 2 < end and doc[k].tag_ == "PRP$" and doc[k + 1].pos_ == "NOUN" and person_of(doc[k + 2]) is not None:
        return k + 2
    return k


def _span(doc: Any, k: int, person: Entity, person_of: Callable[[Any], Entity | None], end: int) -> list[int]:
    """The token positions of the name that starts at ``k``."""
    span = [k]
    while span[-1] + 1 < end and person_of(doc[span[-1] + 1]) is person:
        span.append(span[-1] + 1)
    return span

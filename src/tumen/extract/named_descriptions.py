"""A person a report describes first and names only later: "A soldier crossed … . The soldier, Sgt. Ivo Rask, …".

A definite description with a name set beside it ("The soldier, Ivo Rask, is in hospital") names the one the
description already stood for: the person the earlier mentions of the same noun told of. Walking back from it, every
definite mention of that noun ("the soldier was filmed …") is that person, and so is the indefinite one that brought
the person into the story ("a soldier crossed …", "another soldier ran …"); a mention before that introduction is
someone else ("A soldier crossed on Monday … another soldier had crossed in May … The soldier, Rask, …": Rask is the
soldier of May). The name may also be what the description is identified as ("The soldier was identified as
Ivo Rask"). A mention named in its own right ("the soldier, Tom Hale,") ends the walk: it is that one. Only
"the" with the name set off by a comma names: "that boy [Vos]", a speaker's aside, names no one told of before.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from tumen.extract.identified_victims import identified
from tumen.extract.token_filter import tokens_with

DEFINITE = frozenset({"the", "this", "that"})
INDEFINITE = frozenset({"a", "an", "another"})


def _determiner(noun: Any) -> str | None:
    """ "the", "a", … before a singular description; None for a possessed, compound or bare noun ("her son",
    "soldier Rask")."""
    if noun.dep_ == "compound" or any(c.dep_ == "poss" for c in noun.children):
        return None
    words = {c.lower_ for c in noun.children if c.dep_ == "det"}
    return next(iter(sorted(words & (DEFINITE | INDEFINITE))), None)


def _naming(noun: Any, named: Callable[[Any], str | None], person_of: Callable[[Any], str | None]) -> str | None:
    """The person "the <noun>" is named as: set off by a comma right after it ("The soldier, <name>,"; not "that boy
    [Vos]"), or the subject of a verb of naming ("The soldier was identified as <name>"), with one name."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if _determiner(noun) != "the" or following is None:
        return None
    if following.text == ",":
        return named(noun)
    if noun.dep_ != "nsubjpass":  # "was identified as", "was named as": a verb of naming, not the copula
        return None
    persons = {p for name in identified(noun.head) if (p := person_of(name)) is not None}
    return persons.pop() if len(persons) == 1 else None


def earlier_mentions(
    doc: Any,
    descriptors: Collection[str],
    named: Callable[[Any], str | None],
    person_of: Callable[[Any], str | None],
) -> dict[int, str]:
    """Token index -> person id for the unnamed mentions a later "the <noun>, <name>" names (see the module).
    ``descriptors`` are the nouns of persons ("soldier", "man"); ``named`` the person a noun stands beside, or None;
    ``person_of`` the person a name's token names, or None."""
    nouns = [
        t
        for t in tokens_with(doc, "TAG", ("NN",))
        if t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in descriptors
    ]
    found: dict[int, str] = {}
    for k, noun in enumerate(nouns):
        person = _naming(noun, named, person_of)
        if person is None:
            continue
        found[noun.i] = person
        for earlier in reversed(nouns[:k]):
            determiner = _determiner(earlier)
            if earlier.lemma_.lower() != noun.lemma_.lower() or determiner is None:
                continue
            if earlier.i in found or named(earlier) is not None:
                break
            found[earlier.i] = person
            if determiner in INDEFINITE:
                break
    return found


def introduced_apart(noun: Any, person: str, mentions: dict[int, str]) -> bool:
    """Whether another mention of the same noun names the person ("A soldier fled … another soldier had fled … The
    soldier, X,": X is not the first soldier). ``mentions``: what :func:`earlier_mentions` found."""
    doc, lemma = noun.doc, noun.lemma_.lower()
    return any(p == person and i != noun.i and doc[i].lemma_.lower() == lemma for i, p in mentions.items())

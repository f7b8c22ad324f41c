"""One of those described (docs/extraction.md, "Who did it"): "Kim is one of the few prisoners who escaped from Camp
15" tells that Kim escaped — a relative clause on a noun under "one of", the complement (or, as the parser may read
it, the subject) of "be", is about the one the copula's other side names; not when the copula is negated ("Kim is not
one of those who fled"). So, too, a relative clause on a singular noun that is the complement of "be": "Choi is a
mother who escaped in 2011" tells that Choi escaped (:func:`predicated`). And "who" stands for a person: on a place or
other noun for no person that ends a named person's description ("Ana Berg, 52, a teacher from Holm village, who was
shot", "Karl Vos, a soldier in the unit, who was killed") or on the
description itself ("Ana Berg, a community leader, who was shot"), it is about the one named
(:func:`named_described`)."""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.home_places import place_nouns
from tumen.extract.role_words import is_person_noun
from tumen.extract.vocab import load

_OTHER_SIDE = ("nsubj", "attr", "intj", "dep")  # "Oh is one of …": the parser may take a surname for an interjection


def one_of(noun: Any) -> Any:
    """The one a noun under "one of" stands for, told by the copula: else the noun itself."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lower_ != "one":
        return noun
    one = noun.head.head
    copula = one.head
    if one.dep_ not in ("attr", "nsubj") or copula.lemma_ != "be" or any(c.dep_ == "neg" for c in copula.children):
        return noun
    sides = [c for c in copula.children if c.i != one.i and c.dep_ in _OTHER_SIDE]
    for side in sorted(sides, key=lambda c: _OTHER_SIDE.index(c.dep_)):  # "Oh, she is one of …": she
        if side.pos_ in ("PROPN", "PRON", "NOUN") or (side.pos_ == "INTJ" and side.text.istitle()):
            return side  # ... and a surname read as an interjection ("Oh is one of …") when no other side is
    return noun


def predicated(noun: Any) -> Any:
    """The subject of "be" a singular complement noun describes ("Choi is a mother who escaped": Choi), when it is a
    name or a pronoun and the copula is not negated; else the noun itself."""
    copula = noun.head
    if (
        noun.dep_ != "attr"
        or noun.tag_ != "NN"
        or copula.lemma_ != "be"
        or any(c.dep_ == "neg" for c in copula.children)
    ):
        return noun
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("PROPN", "PRON") else noun


@cache
def _namesakes() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("kinship.yaml")["namesake_verbs"])


@cache
def _person_nouns() -> frozenset[str]:
    kinship = load("kinship.yaml")
    return frozenset(str(w).lower() for key in ("person_nouns", "people_collectives") for w in kinship[key])


def _not_someone(noun: Any) -> bool:
    """A noun no "who" can stand for: a common noun for no person ("the unit", "the Tarvik plant", "village"), a place
    ("Holm village") or a name the parser tagged as a place ("Orlo"; not an organisation's, which may be all the
    parser found where a person's name went unfound); not a person's noun ("a boy"),
    a body of people ("a family": ``people_collectives``), a name or a pronoun."""
    if noun.ent_type_ in ("PERSON", "NORP") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.lemma_.lower() in place_nouns() or noun.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    person = is_person_noun(noun) or noun.lemma_.lower() in _person_nouns()
    return noun.pos_ == "NOUN" and not person


def named_described(noun: Any) -> Any:
    """The named person a "who" clause on ``noun`` is about when ``noun`` ends the description apposed to the name
    ("Ana Berg, a teacher from the village of Orlo, who …": Berg); else ``noun`` itself."""
    found = noun
    while _not_someone(found) and found.dep_ == "pobj" and found.head.dep_ == "prep" and found.head.head.i != found.i:
        found = found.head.head  # "from the village of Orlo": out of "Orlo", then out of "village"; "in the unit"
    name = found.head
    if found.dep_ == "appos" and found.pos_ == "NOUN" and name.pos_ == "PROPN" and name.i < found.i:
        # not a name something is "named after" / "named in memory of": that clause reads it as a naming
        return noun if any(a.lemma_.lower() in _namesakes() and a.pos_ == "VERB" for a in name.ancestors) else name
    return noun

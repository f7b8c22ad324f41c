"""Whether a participant phrase of an English event refers to someone in particular (a named or definite person or
group, a counted group, a part of someone in particular, a pronoun for a person), and how many a phrase counts — in
figures or in words ("three hundred and seventeen", "1.5 million") and how exactly ("more than 30,000"). The words
of these tests (``genericity`` in data/events.yaml) are :func:`genericity_words`."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tumen.extract import event_syntax as syntax
from tumen.extract.event_args import core_subtree
from tumen.extract.phrasal_particles import qualifier_before
from tumen.extract.role_types import PERSON_PRONOUNS
from tumen.extract.spelled_numbers import spelled
from tumen.extract.victim_lists import lists_persons
from tumen.extract.vocab import load
from tumen.extract.whose_classes import whose_class

DEFINITE = frozenset(
    ["the", "this", "that", "these", "those", "my", "his", "her", "their", "our", "your", "its", "both"]
)
NO_ONE = ("place", "facility", "thing")  # "reached China": China is where, not who


@cache
def genericity_words() -> dict[str, Any]:
    data = load("events.yaml")["genericity"]
    periods = sorted((str(p).lower() for p in data["statistical_periods"]), key=len, reverse=True)
    actors = [*load("kinship.yaml")["agents"], *load("state_agents.yaml")["agents"]]
    iterative = sorted((str(p).lower() for p in data["iterative"]), key=len, reverse=True)
    return {
        "quantifiers": frozenset(str(w).lower() for w in data["quantifier_heads"]),
        "practice": frozenset(str(w).lower() for w in data["practice_nouns"]),
        "periods": re.compile(r"\b(?:" + "|".join(re.escape(p) for p in periods) + r")(?:[\w ]{0,20}?)(?=[,.;:]|$)"),
        "actors": frozenset(str(w).lower() for w in actors),
        "vague": frozenset(str(w).lower() for w in data["vague_counts"]),
        "universal": frozenset(str(w).lower() for w in data["universal_heads"]),
        "iterative": re.compile(r"\b(?:" + "|".join(re.escape(p) for p in iterative) + r")\b"),
        "broad_places": frozenset(str(w).lower() for w in data["broad_place_nouns"]),
        "records": frozenset(str(w).lower() for w in data["record_nouns"]),
        "record_links": frozenset(str(w).lower() for w in data["record_links"]),
        "kinds": frozenset(str(w).lower() for w in data["kind_nouns"]),
        "instances": frozenset(str(w).lower() for w in data["instance_words"]),
        "tellers": frozenset(str(w).lower() for w in data["undergone_tellers"]),
        "settings": frozenset(str(w).lower() for w in data["setting_verbs"]),
        "trends": frozenset(str(w).lower() for w in data["trend_nouns"]),
    }


def _number(token: Any) -> tuple[int, str | None] | None:
    """A number token's value and how exact the words before it make it ("more than 30,000", "nearly
    two hundred"); "one" alone and "no one" are no count."""
    digits = token.text.replace(",", "")
    value, start = (int(digits), token.i) if digits.isdigit() else (spelled(token) or (None, token.i))
    if token.lower_ == "one" and token.dep_ != "nummod":  # "one was executed", "no one": no counted group
        return None
    if value is None or any(c.dep_ == "det" and c.lower_ == "no" for c in [*token.children, *token.head.children]):
        return None
    qualifier = qualifier_before(token.doc, start)
    return value, qualifier


def phrase_count(token: Any) -> tuple[int, str | None] | None:
    if token.pos_ == "NUM":  # "more than 30,000 have fled", "seventeen were kidnapped"
        return _number(token)
    found = syntax.count_of(token)
    if found is not None:
        return found
    spelled = [c for c in token.children if c.dep_ == "nummod" and c.pos_ == "NUM"]  # "three people died"
    return _number(spelled[0]) if spelled else None


def specific(finder: Any, token: Any) -> bool:
    """A participant phrase that refers to someone in particular."""
    lower, lemma = token.lower_, token.lemma_.lower()
    if phrase_count(token) is not None:  # "at least 18 people", "seventeen missionaries": a counted group
        return True
    if lower in genericity_words()["quantifiers"] or lemma in genericity_words()["quantifiers"]:
        # "one of her two brothers", "most of the nine": a part of someone in particular
        return any(
            c.dep_ == "prep" and c.lower_ == "of" and any(specific(finder, o) for o in c.children)
            for c in token.children
        )
    if token.pos_ == "PRON":
        return lower in PERSON_PRONOUNS or lower == "both"  # "both were executed": the two just named
    found = finder.entity_in(token, ("person", "organization"))
    if found is not None:
        return True
    named = (finder.entity(t) for t in core_subtree(token) if t.i != token.i)  # not the phrase's one, but theirs:
    if any(n is not None and finder.g.by_id(n).kind in ("person", "organization") for n in named):
        return True  # "workers at the Tarvik Mill", "Ana Berg's lawyer": people a name makes particular
    if lists_persons(token, finder.person):
        return True  # "prominent figures, including Kim Ok-sun": those the list names
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss", "predet")}
    if determiners & DEFINITE or (any(c.dep_ == "poss" for c in token.children) and not whose_class(token)):
        return True
    return token.tag_ not in ("NNS", "NNPS")  # a bare plural ("defectors") is no one; "a woman" is someone

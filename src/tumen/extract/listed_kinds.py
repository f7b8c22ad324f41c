"""Kinds of harm named in a list (docs/extraction.md, "Specific and generic statements"): an event noun that states
no fact of its own — no participant, time, place or amount — but is listed with another event noun ("reports of
torture, arbitrary arrest and extrajudicial executions", "harassment, killings, maiming and torture"), without an
article, possessor or number, names a kind of events the sentence speaks of. It is kept as an aggregate without a
count, as a bare plural that names a kind is (:func:`tumen.extract.genericity.kind`); one noun alone ("the risk of
detention") is none."""

from __future__ import annotations

from typing import Any

from tumen.extract import genericity
from tumen.extract.list_heads import list_head
from tumen.extract.types import Event
from tumen.extract.victim_lists import list_words

OCCASION = frozenset(["det", "poss", "nummod", "predet"])  # "the arrest", "her torture", "two killings"
# the parts of speech of the words before a listed noun: "arbitrary detention", "enforced disappearances"
MODIFIERS = frozenset(["ADJ", "VERB"])


def keep(finder: Any, events: list[Event], kept: list[Event]) -> None:
    """Adds to ``finder.aggregates`` the kinds named by the events that state no fact (in ``events``, not in
    ``kept``) and whose noun is listed with another trigger."""
    facts = {id(e) for e in kept}
    known = {genericity.key(a) for a in finder.aggregates}
    for event in events:
        if id(event) in facts:
            continue
        span = finder.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        token = next((t for t in span or () if t.i in finder.trigger_tokens), None)
        if token is None or token.pos_ != "NOUN" or not _listed(token, finder.trigger_tokens):
            continue
        aggregate = genericity.kind(finder, token, event.type)
        if genericity.key(aggregate) not in known:
            known.add(genericity.key(aggregate))
            finder.aggregates.append(aggregate)


def _listed(token: Any, triggers: set[int]) -> bool:
    """Whether the noun is joined in a list to another event noun (its head's conjunct or one of its own) and
    neither it nor the list's first noun has an article, a possessor or a number: "the arrest and conviction of the
    bombers", "to commit the murder and the attempted murder" tell occasions, not kinds."""
    joined = [token.head] if token.dep_ == "conj" else []
    joined += [c for c in token.children if c.dep_ == "conj"]
    first = list_head(token)
    if any(c.dep_ in OCCASION for t in (token, first) for c in t.children):
        return False
    if any(t.i in triggers and t.i != token.i and t.pos_ == "NOUN" for t in joined):
        return True
    if _fronted(token):
        return False
    return any(_bare(t) and not _fronted(t) for t in _beside(token) if t.i in triggers and t.pos_ == "NOUN")


def _beside(token: Any) -> list[Any]:
    """The nouns next to ``token`` in a list read on the surface — separated from it by a comma, "and" or "or" and
    the adjectives or participles before the later noun — for the lists the parser breaks into an apposition or a
    clause: "torture, arbitrary detention, enforced disappearances and harassment" (where it reads "enforced" as
    a verb and "arbitrary detention" as its subject)."""
    doc, sent = token.doc, token.sent
    joiners = list_words("joiners")
    found = []
    k = token.i - 1
    while k >= sent.start and doc[k].pos_ in MODIFIERS and k >= token.i - 2:
        k -= 1
    if k - 1 >= sent.start and doc[k].lower_ in joiners:
        found.append(doc[k - 1])
    k = token.i + 1
    if k < sent.end and doc[k].lower_ in joiners:
        k += 1
        if k < sent.end and doc[k].lower_ in joiners and doc[k].is_alpha:  # ", and"
            k += 1
        while k < sent.end and doc[k].pos_ in MODIFIERS and k <= token.i + 4:
            k += 1
        if k < sent.end:
            found.append(doc[k])
    return found


def _bare(noun: Any) -> bool:
    """A noun with no article, possessor or number: a kind, not an occasion."""
    return not any(c.dep_ in OCCASION for c in noun.children)


def _fronted(noun: Any) -> bool:
    """The object of a preposition that opens the sentence: "In detention, torture was routine" sets a scene before
    its clause, no item of a list."""
    return bool(noun.head.pos_ == "ADP" and noun.head.i == noun.sent.start and noun.dep_ == "pobj")

"""The one a sentence is handed to, when the sentencing names no one (rules in docs/extraction.md, "Violations").

A noun of a sentence tells whom it befalls by the verb it is the object of — the indirect object of a verb of giving or
its "to"/"on" ("a court gave him a life sentence", "imposed a ten-year sentence on Pak Chol"), the subject of a verb of
receiving ("Pak Chol is serving a life sentence") — or by its own "for" ("a life sentence for him"). When all of
them are accused elsewhere in the report (:mod:`tumen.extract.accused`: "Pak Chol kidnapped a trader. … a court gave
him a life sentence"), the sentencing is theirs: they are its subjects and the event is ``accused``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from tumen.extract.nlp import token_at
from tumen.extract.types import Entity, Event, Participant
from tumen.extract.vocab import load


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Nouns of a sentence, verbs of giving and verbs of receiving (``accused.sentence_recipients``)."""
    data = load("events.yaml")["accused"]["sentence_recipients"]
    nouns, giving, receiving = (frozenset(str(w) for w in data[k]) for k in ("nouns", "giving", "receiving"))
    return nouns, giving, receiving


def recipients(noun: Any) -> list[Any]:
    """The tokens a noun of a sentence is handed to: "gave him a life sentence", "handed a sentence to Pak Chol",
    "was given a life sentence" (its passive subject), "Pak Chol received a ten-year sentence", "a sentence for
    him", also when the parse hangs that "for" on the verb whose object the noun is ("was commuted to a life sentence
    for him")."""
    nouns, giving, receiving = _words()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
        return []
    found = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ == "VERB":  # "converted into a sentence for him"
        found += [o for p in verb.head.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]
    if noun.dep_ == "dobj" and verb.pos_ == "VERB":
        lemma = verb.lemma_.lower()
        if lemma in giving:
            found += [c for c in verb.children if c.dep_ in ("dative", "nsubjpass") and c.pos_ != "ADP"]
            found += [
                o
                for p in verb.children
                if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "on")
                for o in p.children
            ]
        elif lemma in receiving:
            found += [c for c in verb.children if c.dep_ == "nsubj"]
    return [member for token in found for member in (token, *token.conjuncts)]


def hand_to_accused(
    doc: Any, events: list[Event], accused: set[str], entities: Sequence[Entity], referents: Mapping[int, str]
) -> None:
    """Make the accused the sentencing names them as recipients of its subjects, and the event ``accused``, when the
    event names no one else it befalls."""
    if not accused:
        return
    persons = [e for e in entities if e.kind == "person"]
    for event in events:
        if event.attributes.get("accused") or any(p.role in ("victim", "subject") for p in event.participants):
            continue
        noun = token_at(doc, event.trigger.start, event.trigger.end)
        tokens = recipients(noun) if noun is not None else []
        found = [referents.get(t.i) or _named(t, persons) for t in tokens]
        if not found or not all(f in accused for f in found):
            continue
        event.participants += [Participant(f, "subject") for f in dict.fromkeys(f for f in found if f)]
        event.attributes["accused"] = True


def _named(token: Any, persons: Sequence[Entity]) -> str | None:
    """The person one of whose mentions the token stands in."""
    return next((e.id for e in persons for m in e.mentions if m.start <= token.idx < m.end), None)

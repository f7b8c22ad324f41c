"""An arrest whose place the next sentence tells (rules in docs/extraction.md, "Places"; words: ``next_places`` in
``data/events.yaml``).

"Dara Loman was arrested on Monday. She was taken to Tarvik police station." — the story of the one arrested goes on
in the next sentence with where they were taken or held, and the arrest names no place of its own: that place is
the arrest's. Only the sentence right after, a verb of taking or holding (``verbs``) in its main clause whose passive
subject or object is the one arrested (by name or a pronoun), with a place after one of ``prepositions``; and no other
arrest told in between (after the arrest in its own sentence, or in the next one); not an arrest that tells a place
of its own, named or not ("arrested her at the hotel where she was staying. She is held in Tarvik prison").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from tumen.extract.nlp import sentence_at, token_at
from tumen.extract.types import Event
from tumen.extract.vocab import load, word_sets

if TYPE_CHECKING:
    from tumen.extract.events import EventFinder

HELD = ("victim", "subject")
OWN = frozenset({"in", "at", "near", "inside", "outside"})  # prepositions of an arrest's own place


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    types, verbs, prepositions = word_sets(load("events.yaml")["next_places"], ("types", "verbs", "prepositions"))
    return types, verbs, prepositions


def complete(finder: EventFinder, events: list[Event]) -> None:
    """Give each asserted arrest with no place the place the next sentence takes or holds its victim in."""
    types, _verbs, _prepositions = _words()
    for event in events:
        if event.type not in types or event.place is not None or event.modality != "asserted":
            continue
        token = token_at(finder.doc, event.trigger.start, event.trigger.end)
        held = {p.entity for p in event.participants if p.role in HELD}
        if token is None or not held or any(c.dep_ == "prep" and c.lower_ in OWN for c in token.children):
            continue  # "arrested her at the hotel where she was staying": a place of its own, though unnamed
        following = sentence_at(token, 1)
        if following.start <= token.i:
            continue  # the last sentence
        end = following.end_char
        between = [
            e for e in events if e is not event and e.type == event.type and event.trigger.start < e.trigger.start < end
        ]
        if not between:
            event.place = _place(finder, following, held)


def _place(finder: EventFinder, sent: Any, held: set[str]) -> str | None:
    """The place a verb of taking or holding in the sentence's main clause puts one of ``held`` in."""
    _types, verbs, prepositions = _words()
    root = sent.root
    for verb in (root, *root.conjuncts):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        objects = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        if not objects and verb.dep_ == "conj":
            objects = [c for c in verb.head.children if c.dep_ == "nsubjpass"]  # "was searched and taken to …"
        if not any(finder.entity(o) in held for o in objects):
            continue
        for preposition, pobj in finder.preps(verb):
            if preposition in prepositions:
                entity_id, _ = finder.place_name(pobj)
                if entity_id:
                    return entity_id
    return None

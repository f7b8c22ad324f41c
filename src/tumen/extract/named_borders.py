"""A crossing of a border the text names only as "the border", whose zone the same or the next sentence names (rules in
docs/extraction.md, "Places"; words: ``named_borders`` in ``data/events.yaml``).

"Guards fired shots across the border as a soldier defected. The shots were fired at the demilitarized zone." — a
crossing with no place of its own, told in a sentence about an unnamed border (``nouns``: "the border", "the
frontier"), crosses the border point (a place of kind ``border_crossing``: the DMZ, a border bridge) that its own
sentence or the next one names: that is the border spoken of. With several such places, the one the others lie
within ("the demarcation line at the DMZ": the DMZ); none when they are apart; no other crossing told in between.
The next sentence counts only when it goes on telling the crossing's moment: something in the past tense, no time
the crossing's sentence does not state, no word of another moment ("Years later she visited the DMZ"), no subject
that is another ("Another soldier was killed near the DMZ"), no event of its own but those that happen as one
crosses (shots fired, an escape).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from tumen.extract import places
from tumen.extract.nlp import sentence_at, token_at
from tumen.extract.types import Event
from tumen.extract.vocab import load, word_sets

if TYPE_CHECKING:
    from tumen.extract.events import EventFinder

POINT = "border_crossing"  # the place kind of a border point


@dataclass(frozen=True)
class Words:
    types: frozenset[str]
    nouns: frozenset[str]
    later: frozenset[str]
    others: frozenset[str]
    during: frozenset[str]


@cache
def _words() -> Words:
    return Words(*word_sets(load("events.yaml")["named_borders"], Words.__dataclass_fields__))


def complete(finder: EventFinder, events: list[Event]) -> None:
    """Give each crossing told of an unnamed border, with no place, the border point its sentence or the next names."""
    words = _words()
    for event in events:
        if event.type not in words.types or event.place is not None:
            continue
        token = token_at(finder.doc, event.trigger.start, event.trigger.end)
        if token is None:
            continue
        own = sentence_at(token, 0)
        if not any(t.lower_ in words.nouns and finder.entity(t) is None for t in own):
            continue  # no unnamed border spoken of
        following = sentence_at(token, 1)
        end = own.end
        if following.start > token.i and _continues(finder, events, own, following):
            end = following.end
        told = finder.doc[own.start : end].end_char
        if any(
            e is not event and e.type in words.types and event.trigger.start < e.trigger.start < told for e in events
        ):
            end = own.end  # another crossing told after it: only its own sentence
        event.place = _point(finder, list(finder.doc[own.start : end]))


def _continues(finder: EventFinder, events: list[Event], own: Any, following: Any) -> bool:
    """Whether ``following`` goes on telling the moment of ``own`` (see the module)."""
    words = _words()
    if not any(t.tag_ == "VBD" for t in following):
        return False  # "Tourists still visit the DMZ": a state told in the present
    if any(t.lower_ in words.later for t in following):
        return False  # "Years later she visited the DMZ"
    if any(t.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ in words.others for c in t.children) for t in following):
        return False  # "Another soldier was killed near the DMZ"
    stated = {m.value for m in finder.times if own.start_char <= m.start < own.end_char}
    if any(following.start_char <= m.start < following.end_char and m.value not in stated for m in finder.times):
        return False  # "… near the DMZ in 2017": a time of its own
    return not any(
        following.start_char <= e.trigger.start < following.end_char and e.type not in words.during for e in events
    )


def _point(finder: EventFinder, tokens: list[Any]) -> str | None:
    """The border point named in ``tokens``: the only one, or the one all others lie within."""
    found: list[str] = []
    for token in tokens:
        entity_id = finder.place_name(token)[0]
        if entity_id and entity_id not in found and finder.g.by_id(entity_id).place_kind == POINT:
            found.append(entity_id)
    names = {i: finder.g.by_id(i).name or "" for i in found}
    widest = [i for i in found if all(o == i or places.lies_within(names[o], names[i]) for o in found)]
    return widest[0] if widest else None

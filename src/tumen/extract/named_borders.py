"""A crossing of a border the text names only as "the border", whose zone the same or the next sentence names (rules in
docs/extraction.md, "Places"; words: ``named_borders`` in ``data/events.yaml``).

"Guards fired shots across the border as a soldier defected. The shots were fired at the demilitarized zone." — a
crossing with no place of its own, told in a sentence about an unnamed border (``nouns``: "the border", "the
frontier"), crosses the border point (a place of kind ``border_crossing``: the DMZ, a border bridge) that its own
sentence or the next one names: that is the border spoken of. With several such places, the one the others lie
within ("the demarcation line at the DMZ": the DMZ); none when they are apart; no other crossing told in between.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from tumen.extract import places
from tumen.extract.nlp import sentence_at, token_at
from tumen.extract.types import Event
from tumen.extract.vocab import load, word_sets

if TYPE_CHECKING:
    from tumen.extract.events import EventFinder

POINT = "border_crossing"  # the place kind of a border point


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    types, nouns = word_sets(load("events.yaml")["named_borders"], ("types", "nouns"))
    return types, nouns


def complete(finder: EventFinder, events: list[Event]) -> None:
    """Give each crossing told of an unnamed border, with no place, the border point its sentence or the next names."""
    types, nouns = _words()
    for event in events:
        if event.type not in types or event.place is not None:
            continue
        token = token_at(finder.doc, event.trigger.start, event.trigger.end)
        if token is None:
            continue
        own = sentence_at(token, 0)
        if not any(t.lower_ in nouns and finder.entity(t) is None for t in own):
            continue  # no unnamed border spoken of
        following = sentence_at(token, 1)
        end = following.end_char if following.start > token.i else own.end_char
        if any(e is not event and e.type in types and event.trigger.start < e.trigger.start < end for e in events):
            end = own.end_char  # another crossing told after it: only its own sentence
        event.place = _point(finder, [t for t in finder.doc[own.start :] if t.idx < end])


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

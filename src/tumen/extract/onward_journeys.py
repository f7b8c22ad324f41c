"""A handover whose next sentence sends the same people on: "they were handed over to the embassy in Tarvik. The
next day they were put on a plane for Velm" — the return ends in Velm.

A forced return told as done (``lists.onward_events`` in data/events.yaml) goes on in the sentence right after it
when that sentence's verb of conveying (``lists.onward_verbs``: put, fly, take, send…) has a personal pronoun as
its subject (the same people, told again) and a conveyance (``lists.conveyances``: plane, flight, train, bus…;
"flown" is one itself) and names the place it goes "to" or "for": that place is the return's destination (its
place), and the route runs from the place of the handover to it. A verb that is an event of its own, a subject
that is a noun ("the guards were put on a plane") or no conveyance ("they were taken to a hotel") leaves it.
"""

from __future__ import annotations

from typing import Any

from tumen.extract.entities import Grouping
from tumen.extract.routes import ROUTE
from tumen.extract.types import Event
from tumen.extract.victim_lists import list_words


def continue_journeys(doc: Any, events: list[Event], grouping: Grouping) -> None:
    """Give each handover the destination its next sentence sends the same people on to."""
    sentences = list(doc.sents)
    starts = {s.start_char: n for n, s in enumerate(sentences)}
    triggers = {(e.trigger.start, e.trigger.end) for e in events}
    for event in events:
        if event.type not in list_words("onward_events") or event.modality != "asserted" or not event.evidence:
            continue
        index = starts.get(event.evidence[0].start)
        if index is None or index + 1 >= len(sentences):
            continue
        destination = _onward(sentences[index + 1], grouping, triggers)
        if destination is None or destination == event.place:
            continue
        if event.route:  # "through A and B to C. The next day they were flown to D": on from C
            event.route = [*event.route, destination]
        elif event.place is not None:
            event.route = [event.place, destination]
        if event.route:
            event.attributes[ROUTE] = [grouping.by_id(p).name or p for p in event.route]
        event.place = destination


def _onward(sentence: Any, grouping: Grouping, triggers: set[tuple[int, int]]) -> str | None:
    """The place a sentence's verb of conveying sends a pronoun subject on to, else None."""
    for verb in (t for t in sentence if t.pos_ == "VERB" and t.lemma_.lower() in list_words("onward_verbs")):
        if (verb.idx, verb.idx + len(verb.text)) in triggers:
            continue  # an event of its own
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not any(c.lower_ in list_words("onward_subjects") for c in subjects):
            continue
        words = list(verb.subtree)
        conveyed = any(w.lemma_.lower() in list_words("conveyances") for w in words)
        if verb.lemma_.lower() not in list_words("conveying_verbs") and not conveyed:
            continue
        for word in words:
            if word.dep_ == "prep" and word.lower_ in ("to", "for"):
                for pobj in (c for c in word.children if c.dep_ == "pobj"):
                    found = grouping.token_entity(pobj)
                    if found is not None and grouping.by_id(found).kind == "place":
                        return found
    return None

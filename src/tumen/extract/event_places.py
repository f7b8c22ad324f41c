"""Where an event took place: the place its trigger's phrase names, preferring what the event type's
prepositions introduce (a return *to*, a crossing *into*), else a place of custody it leaves, the object
crossed or reached, a place the parser hung elsewhere in the clause, the place a relative "where" clause
describes ("taken to Camp 15, where she was beaten"), or what the event implies."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tumen.extract import contact_acts, places
from tumen.extract import event_args as args
from tumen.extract import event_conditions as conditions

if TYPE_CHECKING:
    from tumen.extract.events import EventFinder

PLACE_PREPOSITIONS = ("in", "at", "to", "into", "from", "across", "near", "inside", "outside", "on")


def place_for(finder: EventFinder, trigger: Any, event_type: str) -> str | None:
    preferred = {
        "forced_repatriation": ("to", "into"),
        "resettlement": ("to", "in", "into"),
        "border_crossing": ("across", "over", "into", "to"),
    }.get(event_type, ("in", "at", "near", "inside"))
    there = args.there_place(trigger, finder.g)  # "it was there that he betrayed …"
    if there is None:  # "escaped from Camp 14", "in Camp 14 until his escape", "born in Camp 14"
        there = conditions.place_of(finder, trigger, event_type)
    if there is not None:
        return there
    called_from = contact_acts.place_from(trigger)  # "called her from Seoul to confess": in Seoul
    if called_from is not None and (entity_id := finder.place_name(called_from)[0]):
        return entity_id
    point = crossing_point(finder, trigger) if event_type == "border_crossing" else None
    if point is not None:  # "defected to South Korea via the Joint Security Area": crossed there
        return point
    if event_type in ("border_crossing", "resettlement"):  # "crossed the Tumen", "reached South Korea"
        for obj in (c for c in trigger.children if c.dep_ == "dobj"):
            entity_id, _ = finder.place_name(obj)
            if entity_id:
                return inner_place(finder, trigger, entity_id) or entity_id
    candidates = list(finder.preps(trigger))
    for preposition, pobj in candidates:
        if preposition in preferred:
            entity_id, _ = finder.place_name(pobj)
            if entity_id:
                return entity_id
    for preposition, pobj in sorted(candidates, key=lambda c: c[0] == "from"):  # "moved from A to B": B
        if preposition in PLACE_PREPOSITIONS:
            entity_id, _ = finder.place_name(pobj)
            if entity_id:
                return entity_id
    # "arrested by the Ministry of State Security in Chongjin": the parser may hang the
    # place on a noun of the clause; take a place introduced by "in/at" in the verb's phrase.
    for token in trigger.subtree:
        if token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and token.i > trigger.i:
            if any(t.pos_ == "VERB" for t in token.ancestors if t.i > trigger.i):
                continue
            entity_id, _ = finder.place_name(token)
            if entity_id:
                return entity_id
    where = where_place(finder, trigger)  # "made it to China, where she was sold": in China
    if where is not None:
        return where
    fallback = args.fallback_place(trigger, event_type, finder.lemma(trigger), finder.entity, finder.g)
    return fallback or conditions.left_behind(finder, trigger)  # "tortured after a failed attempt to flee X"


def where_place(finder: EventFinder, trigger: Any) -> str | None:
    """ "She was taken to Camp 15, where she was beaten and later tortured": a clause opened by the
    relative "where" (the trigger's, or the one it is coordinated in) tells what happened at the place
    it describes."""
    clause = trigger
    for _ in range(3):
        if clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return None
    entity_id, _ = finder.place_name(clause.head)
    return entity_id


INNER_PREPOSITIONS = ("into", "to", "at", "via", "through")


def inner_place(finder: EventFinder, trigger: Any, outer: str) -> str | None:
    """ "crossed the DMZ into the Joint Security Area": a place the phrase of "into", "to", "at", "via" or "through"
    names (or a name in apposition to it, or its "in") that lies within the place crossed (``within`` in
    korean_facilities.yaml) is where the crossing happened — the most specific place the text supports."""
    outer_name = finder.g.by_id(outer).name or ""
    for preposition, pobj in finder.preps(trigger):
        if preposition not in INNER_PREPOSITIONS:
            continue
        for token in pobj.subtree:
            entity_id, _ = finder.place_name(token)
            if entity_id and places.lies_within(finder.g.by_id(entity_id).name or "", outer_name):
                return entity_id
    return None


ROUTE_PREPOSITIONS = ("via", "through", "across", "over")


def crossing_point(finder: EventFinder, trigger: Any) -> str | None:
    """ "defected to South Korea via the Joint Security Area": the point of a border one's way went through (a
    place of kind ``border_crossing``: the demilitarised zone, a border bridge) is where one crossed."""
    for preposition, pobj in finder.preps(trigger):
        entity_id = finder.place_name(pobj)[0] if preposition in ROUTE_PREPOSITIONS else None
        if entity_id and finder.g.by_id(entity_id).place_kind == "border_crossing":
            return entity_id
    return None

"""Events told in more than one sentence of a document, and what a repatriation implies.

- A definite event noun with no participants of its own ("China has returned 600 refugees …
  The mass deportation took place on October 9, according to a report by …") tells more about
  the event of its type told just before: its time, place and source join that event.
- A forced repatriation with no stated destination returns its victims to the country of
  their nationality ("600 North Korean refugees" -> North Korea), when the document names it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.entities import Grouping
from tumen.extract.nlp import token_at
from tumen.extract.types import Event
from tumen.extract.vocab import load

DEFINITE = ("the", "this", "that")
WINDOW_SENTENCES = 3


def complete(doc: Any, grouping: Grouping, events: list[Event]) -> None:
    merge_definite(doc, events)
    home_destination(grouping, events)


def merge_definite(doc: Any, events: list[Event]) -> None:
    """ "The mass deportation took place on October 9": the repatriation told just before."""
    index = {sent.start_char: k for k, sent in enumerate(doc.sents)}
    position = {id(e): index.get(e.evidence[0].start, -1) for e in events}  # evidence: the trigger's sentence
    for event in list(events):
        token = token_at(doc, event.trigger.start, event.trigger.end)
        if token is None or token.pos_ != "NOUN" or event.participants:
            continue
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
            continue
        earlier = [
            e
            for e in events
            if e is not event
            and e.type == event.type
            and e.participants
            and e.trigger.start < event.trigger.start
            and 0 < position[id(event)] - position[id(e)] <= WINDOW_SENTENCES
        ]
        if not earlier:
            continue
        antecedent = max(earlier, key=lambda e: e.trigger.start)
        if antecedent.time is None and event.time is not None:
            antecedent.time, antecedent.time_span = event.time, event.time_span
        antecedent.place = antecedent.place or event.place
        told = event.evidence[0]
        if told.witness is not None and antecedent.evidence[0].witness is None:
            antecedent.evidence.insert(0, told)  # the sentence naming the source first
        else:
            antecedent.evidence.append(told)
        events.remove(event)


@cache
def _demonyms() -> dict[str, str]:
    data = load("state_agents.yaml")["demonyms"]
    return {str(k).lower(): str(v) for k, v in data.items()}


def _nationality(grouping: Grouping, entity_id: str) -> str | None:
    entity = grouping.by_id(entity_id)
    if entity.kind != "group":
        return None
    for name in [entity.name, *entity.aliases]:
        lowered = (name or "").lower()
        country = _demonyms().get(lowered) or _demonyms().get(lowered.removesuffix("s"))
        if country is not None:
            return country
    return None


def home_destination(grouping: Grouping, events: list[Event]) -> None:
    """ "forcibly returned 600 North Korean refugees": to North Korea."""
    countries = {
        (e.name or "").lower(): e.id for e in grouping.entities if e.kind == "place" and e.place_kind == "country"
    }
    for event in events:
        if event.type != "forced_repatriation" or event.place is not None:
            continue
        for participant in event.participants:
            if participant.role != "victim":
                continue
            country = _nationality(grouping, participant.entity)
            if country is not None and country.lower() in countries:
                event.place = countries[country.lower()]
                break

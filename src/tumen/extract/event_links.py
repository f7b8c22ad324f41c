"""Events told in more than one sentence of a document, and what a repatriation implies.

- A definite event noun with no participants of its own ("China has returned 600 refugees …
  The mass deportation took place on October 9, according to a report by …") tells more about
  the event of its type told just before: its time, place and source join that event.
- A forced repatriation with no stated destination returns its victims to the country of
  their nationality ("600 North Korean refugees" -> North Korea), when the document names it.
- A possessive or definite detention noun with no time of its own ("were questioned during their
  detention") is the custody the report's arrest of those people began: it has the arrest's victims
  and place, and lasts from the arrest to the next time the report moves them out of custody (a
  return, a release, an escape), when it tells one.
- A forced repatriation told with no one who did it ("they had been turned over to the embassy") is done by the
  state or body that held its victims: the perpetrator of the last arrest or detention of the same people told
  before it (not after its time), when that is no single person ("The nine were arrested by Norland police on 10
  May. … Officials said they had been handed over on 27 May": Norland handed them over).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.entities import Grouping
from tumen.extract.nlp import token_at
from tumen.extract.types import Event, Participant
from tumen.extract.vocab import load
from tumen.model import Interval

DEFINITE = ("the", "this", "that")
WINDOW_SENTENCES = 3
# Events that end a custody: "deported to China on 27 May", "released in 2019", "escaped in 2005".
OUT_OF_CUSTODY = ("forced_repatriation", "release", "escape")
FREED = ("release", "escape")  # out of the holder's hands (a handover of theirs is not)
PRINCIPALS = ("victim", "subject")
HOLDING = ("arrest", "detention")  # who holds people: "arrested by Norland police"


def complete(doc: Any, grouping: Grouping, events: list[Event]) -> None:
    merge_definite(doc, events)
    home_destination(grouping, events)
    custody_after_arrest(doc, grouping, events)
    returned_by_holder(grouping, events)


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


def _held(event: Event) -> set[str]:
    return {p.entity for p in event.participants if p.role in PRINCIPALS}


def _arrest_of(owner: Any, held: set[str], grouping: Grouping, arrests: list[Event]) -> Event | None:
    """The last arrest told before of the people a custody noun is of: its own victims when it has
    them, else the people its unresolved pronoun stands for ("their": a group or several, "his",
    "her": one person)."""
    if held:
        found = [a for a in arrests if held <= _held(a)]
    elif owner.lower_ == "their":
        found = [a for a in arrests if len(_held(a)) > 1 or any(grouping.by_id(i).kind == "group" for i in _held(a))]
    elif owner.lower_ in ("his", "her"):
        found = [a for a in arrests if len(_held(a)) == 1 and grouping.by_id(next(iter(_held(a)))).kind == "person"]
    else:
        return None
    return max(found, key=lambda a: a.trigger.start) if found else None


def custody_after_arrest(doc: Any, grouping: Grouping, events: list[Event]) -> None:
    """ "The nine were rounded up on 10 May … deported on 27 May … questioned during their detention":
    the detention is the custody from the arrest to the deportation, where the arrest was."""
    arrests = [e for e in events if e.type == "arrest" and e.modality == "asserted" and e.time and _held(e)]
    for event in events:
        if event.type != "detention" or event.time is not None:
            continue
        token = token_at(doc, event.trigger.start, event.trigger.end)
        if token is None or token.pos_ != "NOUN":
            continue
        owner = next(
            (c for c in token.children if c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)), None
        )
        if owner is None:
            continue
        earlier = [a for a in arrests if a.trigger.start < event.trigger.start]
        arrest = _arrest_of(owner, _held(event), grouping, earlier)
        if arrest is None or arrest.time is None:
            continue
        known = _held(event)
        event.participants += [Participant(i, "victim") for i in sorted(_held(arrest) - known)]
        event.place = event.place or arrest.place
        start = arrest.time.earliest
        ends = [
            e.time
            for e in events
            if e.type in OUT_OF_CUSTODY
            and e.modality == "asserted"
            and e.time is not None
            and _held(e) & _held(arrest)
            and e.time.earliest >= start
        ]
        if ends:
            end = min(ends, key=lambda t: t.earliest)
            event.time = Interval(start, max(end.latest, start), "range")
            event.time_basis, event.time_evidence = "inherited", arrest.time_span


def returned_by_holder(grouping: Grouping, events: list[Event]) -> None:
    """A forced repatriation with victims and no perpetrator: the holder of the last arrest or detention of the
    same people told before it, when that holder is a state or body (see the module)."""
    holds = [e for e in events if e.type in HOLDING and e.modality == "asserted" and _held(e)]
    for event in events:
        if event.type != "forced_repatriation" or not _held(event):
            continue
        if any(p.role == "perpetrator" for p in event.participants):
            continue
        earlier = [
            h
            for h in holds
            if h.trigger.start < event.trigger.start
            and _held(event) <= _held(h)
            and (h.time is None or event.time is None or h.time.earliest <= event.time.latest)
        ]
        if not earlier:
            continue
        hold = max(earlier, key=lambda h: h.trigger.start)
        freed = [
            e
            for e in events
            if e.type in FREED
            and e.modality == "asserted"
            and hold.trigger.start < e.trigger.start < event.trigger.start
            and _held(e) & _held(event)
        ]
        if freed:  # "They were released in June and fled to Norland. In March they were sent back": not by the jailer
            continue
        holders = [p.entity for p in hold.participants if p.role == "perpetrator"]
        if holders and all(grouping.by_id(h).kind != "person" for h in holders):
            event.participants += [Participant(h, "perpetrator") for h in holders]

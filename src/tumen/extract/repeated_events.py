"""One event told again in the same document without its participants; an attempt its story tells was stopped.

A report tells one story: its headline, its lead and its body tell the same events more than once, and
often only one of these mentions names who took part ("A couple was executed for trying to flee. …
The husband and wife tried to cross the river but were caught." — the attempt of the lead is the
couple's). An event of a document with no principal (no victim, subject, payer or recipient) is the
one event of the same type in that document that has one, when it can be no other:

- same type, and a compatible modality (the same, or an attempt and a failed attempt);
- times that overlap where both have one, places that do not clash (two different places of one kind);
- exactly one such event in the document, or several told of the same party (one event mentioned again with
  its participants: the first of them) — a party and a part of it are one party ("the couple" and "the couple
  and their nephew"); with events of two parties (two arrests of different persons) or none it stays an event
  of its own;
- not told as another occurrence ("caught again", "fled for a second time").

Its evidence (and its time or place where the named event has none) joins the named event; the
attributes of the named event are kept. Negated, hypothetical, planned, demanded and offered mentions
never join: they tell no occurrence.

An attempted crossing whose participants the same document tells were caught for it — arrested, detained,
returned or executed, at a time that does not exclude it — failed ("The couple tried to flee in May. …
They were caught by border guards and executed"): every mention of it in the document is ``failed``, so
that the document's accounts of it are one fact.
"""

from __future__ import annotations

import re
from functools import cache

from tumen.extract import places
from tumen.extract.event_lexicon import lexicon, modality_words
from tumen.extract.types import Entity, Event

PRINCIPAL_ROLES = frozenset({"victim", "subject", "payer", "recipient"})
JOINING = frozenset({"asserted", "attempted", "failed"})
ATTEMPTS = frozenset({"attempted", "failed"})
STOPPING = frozenset({"arrest", "detention", "forced_repatriation", "execution"})
# "they were caught again", "fled for a second time": another occurrence, not the one told before.
# "Oh has defected via the JSA", "who had fled to China": a verb in the perfect tells that one did it, an
# occurrence the document may date elsewhere.
PERFECT = re.compile(r"\b(?:has|have|had|'ve|'d)(?:\s+(?:already|since|also|once|long|now|recently))?\s+$", re.I)
AGAIN = re.compile(r"\b(?:again|once more|(?:a|the) (?:second|third|fourth|fifth|last) time|another time)\b", re.I)


@cache
def _ranked() -> re.Pattern[str]:
    """ "her first arrest", "his previous escape", "another defection": a word right before the noun that ranks the
    event among several (``modality: ranking_words`` in data/events.yaml)."""
    words = sorted(modality_words()["ranking_words"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s+$", re.I)


def has_principal(event: Event) -> bool:
    return any(p.role in PRINCIPAL_ROLES for p in event.participants)


def _party(event: Event) -> frozenset[str]:
    return frozenset(p.entity for p in event.participants if p.role in PRINCIPAL_ROLES)


def _modality_fits(unnamed: Event, named: Event) -> bool:
    if unnamed.modality == named.modality:
        return True
    return unnamed.modality in ATTEMPTS and named.modality in ATTEMPTS


def _places_fit(a: str | None, b: str | None, kinds: dict[str, str | None]) -> bool:
    if a is None or b is None or a == b:
        return True
    return kinds.get(a) is None or kinds.get(a) != kinds.get(b)


def _fits(unnamed: Event, named: Event, kinds: dict[str, str | None]) -> bool:
    if named.type != unnamed.type or not has_principal(named) or not _modality_fits(unnamed, named):
        return False
    if unnamed.time is not None and named.time is not None and not unnamed.time.overlaps(named.time):
        return False
    return _places_fit(unnamed.place, named.place, kinds)


def _same_place(a: Event, b: Event) -> bool:
    return a.place is None or b.place is None or a.place == b.place


def _one_party(parties: set[frozenset[str]]) -> bool:
    """Parties that are one: each a part of the others ("the couple" and "the couple and their nephew")."""
    return all(a <= b or b <= a for a in parties for b in parties)


def merge_repeated(events: list[Event], entities: list[Entity]) -> list[Event]:
    """The events with each unnamed repetition folded into the one named event it can only be."""
    kinds = {e.id: e.place_kind for e in entities if e.kind == "place"}
    merged: set[int] = set()
    for index, event in enumerate(events):
        if has_principal(event) or event.modality not in JOINING or AGAIN.search(event.evidence[0].quote):
            continue
        candidates = [other for other in events if other is not event and _fits(event, other, kinds)]
        if not candidates or not _one_party({_party(c) for c in candidates}):
            continue  # none, or events of two parties: it could be either
        target = candidates[0]  # one party's mentions of one event (in the text's order): the first
        if target.time is None and event.time is not None:
            target.time, target.time_span = event.time, event.time_span
            target.time_basis, target.time_evidence = event.time_basis, event.time_evidence
        _fold(event, target)
        merged.add(index)
    return [event for index, event in enumerate(events) if index not in merged]


def _fold(event: Event, target: Event) -> None:
    """The event's evidence, place (where the target has none) and participants join the target."""
    known = {(e.start, e.end) for e in target.evidence}
    target.evidence += [e for e in event.evidence if (e.start, e.end) not in known]
    target.place = target.place or event.place
    if "cause" in event.attributes:  # "found dead on Monday. He had hanged himself": the death told again, its cause
        target.attributes.setdefault("cause", event.attributes["cause"])
    known_entities = {p.entity for p in target.participants}
    target.participants += [p for p in event.participants if p.entity not in known_entities]


def merge_retold(events: list[Event], entities: list[Entity]) -> list[Event]:
    """An event told again of its party, whose time the story gives it (``time_basis`` inherited), is the one told
    before of that party: "X was arrested by border guards in January 2022. 'They came at night and took him away,'
    she said." — one arrest, two quotes of it. Same type, a fitting modality, its party a part of the earlier
    event's, times that overlap, no two different places (escaped "from North Korea" and "from Camp 14" stay two
    accounts); not told as another occurrence ("arrested again")."""
    kinds = {e.id: e.place_kind for e in entities if e.kind == "place"}
    merged: set[int] = set()
    for index, event in enumerate(events):
        party = _party(event)
        if event.time_basis != "inherited" or not party or event.modality not in JOINING:
            continue
        if AGAIN.search(event.evidence[0].quote):
            continue
        earlier = (o for i, o in enumerate(events[:index]) if i not in merged)
        fitting = (o for o in earlier if party <= _party(o) and _same_place(event, o))
        target = next((o for o in fitting if _fits(event, o, kinds)), None)
        if target is not None:
            _fold(event, target)
            merged.add(index)
    return [event for index, event in enumerate(events) if index not in merged]


def merge_undated_group_accounts(events: list[Event], entities: list[Entity]) -> list[Event]:
    """A group's event told undated (a lead: "Laos has sent nine North Koreans back to China") is the account
    of the same type, of the same group, that the document dates ("the nine were deported to China late
    Monday"): counts that do not differ, places that do not clash, the first such account when there are several."""
    kinds = {e.id: e.kind for e in entities}
    place_kinds = {e.id: e.place_kind for e in entities if e.kind == "place"}
    merged: set[int] = set()
    for index, event in enumerate(events):
        party = _party(event)
        if event.time is not None or not party or any(kinds.get(p) != "group" for p in party):
            continue
        if event.modality not in JOINING or AGAIN.search(event.evidence[0].quote):
            continue
        count = event.attributes.get("count")
        target = next(
            (
                other
                for other in events
                if other is not event
                and other.time is not None
                and other.type == event.type
                and _party(other) == party
                and _modality_fits(event, other)
                and count in (None, other.attributes.get("count", count))
                and _places_fit(event.place, other.place, place_kinds)
            ),
            None,
        )
        if target is None:
            continue
        _fold(event, target)
        for key in ("count", "count_qualifier"):
            if key in event.attributes and key not in target.attributes:
                target.attributes[key] = event.attributes[key]
        merged.add(index)
    return [event for index, event in enumerate(events) if index not in merged]


def settle_failed_attempts(events: list[Event]) -> None:
    """An attempted crossing whose participants the document has stopped (caught, held, returned, executed) failed."""
    stops = [e for e in events if e.type in STOPPING and e.modality == "asserted" and has_principal(e)]
    for event in events:
        if event.type != "border_crossing" or event.modality != "attempted":
            continue
        ours = {p.entity for p in event.participants if p.role in PRINCIPAL_ROLES}
        for stop in stops:
            theirs = {p.entity for p in stop.participants if p.role in PRINCIPAL_ROLES}
            if not ours & theirs:
                continue
            if event.time is not None and stop.time is not None and stop.time.latest < event.time.earliest:
                continue  # stopped before it began: another occasion
            event.modality = "failed"
            event.attributes["attempt"], event.attributes["success"] = True, False
            break


def merge_undated_mentions(events: list[Event], entities: list[Entity]) -> list[Event]:
    """A person's event named by its noun and undated ("Prior to his defection, Oh was a driver", "during his
    escape") is the one event of the same type and of the same party that the document dates ("Oh defected on
    13 November"): one occurrence told twice. Only a noun of the event or a verb in the perfect ("Oh has defected via
    the JSA": that he did it; a verb in the past tells an occurrence of its own: "Oh fled in 2009. He fled again") of
    the dated event's own word ("defection", "defected"; not "his detention" of
    "interrogated him on 16 April"), not ranked among others ("her first arrest", "his previous escape"), a party of
    persons, a fitting modality, places that do not clash, and exactly one
    such dated event (two dated ones: it could be either). The event keeps the more specific of the two places."""
    kinds = {e.id: e.kind for e in entities}
    place_kinds = {e.id: e.place_kind for e in entities if e.kind == "place"}
    nouns = lexicon().nouns
    merged: set[int] = set()
    for index, event in enumerate(events):
        party = _party(event)
        if event.time is not None or not party or any(kinds.get(p) != "person" for p in party):
            continue
        evidence = event.evidence[0]
        before = evidence.quote[: max(0, event.trigger.start - evidence.start)]
        if event.trigger.text.lower() not in nouns and not PERFECT.search(before):
            continue  # a noun of the event, or a verb in the perfect: "Oh has defected via the JSA"
        if event.modality not in JOINING:
            continue
        if AGAIN.search(evidence.quote) or _ranked().search(before):
            continue  # "after her first arrest", "his previous escape": one of several
        dated = [
            other
            for i, other in enumerate(events)
            if other is not event
            and i not in merged
            and other.time is not None
            and other.type == event.type
            and _party(other) == party
            and _modality_fits(event, other)
            and _places_fit(event.place, other.place, place_kinds)
        ]
        if len(dated) == 1 and _one_word(event.trigger.text, dated[0].trigger.text):
            _fold(event, dated[0])
            _narrow_place(event, dated[0], entities)
            merged.add(index)
    return [event for index, event in enumerate(events) if index not in merged]


def _narrow_place(event: Event, target: Event, entities: list[Entity]) -> None:
    """The more specific place of one event told twice: "defected from North Korea on 13 November" and "has defected
    via the Joint Security Area" — at the Joint Security Area, a place in North Korea."""
    names = {e.id: e.name or "" for e in entities if e.kind == "place"}
    if event.place and target.place and places.narrower(names.get(event.place, ""), names.get(target.place, "")):
        target.place = event.place


def _one_word(noun: str, other: str) -> bool:
    """The noun names the dated event by its own word ("defection", "defected"; "arrest", "arrested"), not by
    another of its type ("his detention" is no "interrogated him" of another day)."""
    shared = 0
    for a, b in zip(noun.lower(), other.lower(), strict=False):
        if a != b:
            break
        shared += 1
    return shared >= min(4, len(noun), len(other))

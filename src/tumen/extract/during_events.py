"""Story time and place of an event told as happening during another (docs/extraction.md, "Story time").

"Tomas Vell crossed the river at Harnok on 4 March. … Vell was shot in the leg while he crossed the river": the
shooting took place during the crossing, and the crossing is the one the story told before — so the shooting, and
the crossing told again, take that crossing's time, and the shooting its place (where the story told that
crossing; else the place of the clause's own). The clause is opened by a word of simultaneity
(data/time_words.yaml, ``story: during_marks``, "while") or is the object of a preposition of it
(``during_prepositions``, "during") — the trigger's own or that of a participle describing its noun ("wounds
suffered during his escape") — and its event is of a party of the event it frames ("his mother died, while
the state says he is held unlawfully" contrasts two). The event told before is of the same type, of the party of
the event in the clause, done (asserted, attempted or failed) and dated. Only what the events lack is given; the
time of the clause's event, when it has one, comes first. A noun of the clause that was folded into a dated event
(tumen.extract.repeated_events: "during his defection" of "defected on 4 March") names that event."""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.event_lexicon import lexicon
from tumen.extract.event_syntax import marked_clause
from tumen.extract.nlp import token_at
from tumen.extract.story_basis import INHERITED
from tumen.extract.types import Event
from tumen.extract.vocab import load

PRINCIPAL = ("victim", "subject")
DONE = frozenset({"asserted", "attempted", "failed"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    story = load("time_words.yaml")["story"]
    return frozenset(story["during_marks"]), frozenset(story["during_prepositions"])


def _party(event: Event) -> frozenset[str]:
    return frozenset(p.entity for p in event.participants if p.role in PRINCIPAL)


def _during_tokens(trigger: Any) -> list[Any]:
    """The tokens of the clauses and phrases that tell what the trigger happened during."""
    marks, prepositions = _words()
    found: list[Any] = []
    # "wounds obtained during his escape", "injuries suffered during the raid": the participle that describes the
    # event's noun tells when it happened
    described = [c for c in trigger.children if trigger.pos_ == "NOUN" and c.dep_ == "acl" and c.tag_ == "VBN"]
    for child in [c for clause in [trigger, *described] for c in clause.children]:
        if marked_clause(child, marks) or (child.dep_ == "prep" and child.lower_ in prepositions):
            found += list(child.subtree)
    return found


def _told_before(clause_event: Event, events: list[Event]) -> Event | None:
    """The dated event of the same type and party as the clause's event, told before it."""
    party = _party(clause_event)
    if not party:
        return None
    return next(
        (
            e
            for e in events
            if e is not clause_event
            and e.trigger.start < clause_event.trigger.start
            and e.type == clause_event.type
            and e.time is not None
            and e.modality in DONE
            and party <= _party(e)
        ),
        None,
    )


def _folded(tokens: list[Any], event: Event, events: list[Event]) -> Event | None:
    """The event a noun of the phrase was told again of ("during his escape", folded into the dated escape the
    document tells: tumen.extract.repeated_events): of its type, of the event's party, its evidence the noun's."""
    nouns = lexicon().nouns
    for token in (t for t in tokens if t.pos_ == "NOUN" and t.lemma_.lower() in nouns):
        kind = nouns[token.lemma_.lower()].type
        for other in events:
            told = any(e.start <= token.idx < e.end for e in other.evidence)
            if other is not event and other.type == kind and told and _party(event) & _party(other):
                return other
    return None


def date_during(doc: Any, events: list[Event]) -> None:
    """Give an event told during another what it lacks of that other's time and place (module docstring)."""
    starts = {e.trigger.start: e for e in events}
    for event in events:
        if (event.time is not None and event.place is not None) or event.modality not in DONE:
            continue
        trigger = token_at(doc, event.trigger.start, event.trigger.end)
        if trigger is None:
            continue
        during = _during_tokens(trigger)
        inner = next((starts[t.idx] for t in during if t.idx in starts), None) or _folded(during, event, events)
        if inner is None or inner is event or not _party(event) & _party(inner):
            continue  # "the mother died, while the state says her son is held unlawfully": a contrast of two
        before = _told_before(inner, events)
        source = inner if inner.time is not None else before
        for target in (event, inner):
            if target.time is None and source is not None and source.time is not None:
                target.time, target.time_basis = source.time, INHERITED
                target.time_evidence = source.time_evidence or source.time_span
        event.place = event.place or (before.place if before is not None else None) or inner.place

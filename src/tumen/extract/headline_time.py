"""The time of an event a headline tells as a bare participle (docs/extraction.md, "Story time").

A headline drops the auxiliary of its passive and tells a past event with no tense of its own ("Journalist killed
in Norland", "Activist abducted and beaten in Tarvik"): what it tells happened by the report's publication, and the
story under it tells it again, with its time. Such an event left undated by its own line takes the time of the
first event of the same type the body tells after it, told as done and dated from its own sentence or its story
(one of the same party first, and never one of another party); with none, it is dated by the publication, as a
headline in the present tense is ("Police arrest reporter Tomas Vell in Gorna")."""

from __future__ import annotations

from datetime import date
from typing import Any

from tumen.extract.headline_words import headline_participle, own_line
from tumen.extract.list_heads import list_head
from tumen.extract.story_basis import INHERITED, PUBLICATION, STATED, inherit, undated
from tumen.extract.types import Event
from tumen.model import Interval

PARTIES = frozenset({"victim", "subject"})


def date_headlines(doc: Any, events: list[Event], tokens_of: dict[int, Any], anchor: date | None) -> None:
    """Date every undated event of a headline's bare participle (module docstring)."""
    for event in events:
        token = tokens_of.get(id(event))
        if not undated(event) or event.modality != "asserted" or token is None or not _bare_participle(token):
            continue
        told = _retold(event, token, events)
        if told is not None and told.time is not None:
            inherit(event, told.time, told.time_evidence or told.trigger)
        elif anchor is not None:
            inherit(event, Interval(anchor, anchor, "ongoing"), None, PUBLICATION)


def _bare_participle(token: Any) -> bool:
    """A participle rooting a headline with no auxiliary ("Journalist killed in Norland"), or a participle
    coordinated with one ("abducted and beaten")."""
    verb = list_head(token)
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBN", "VBD") or not own_line(verb.sent):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children) or (token.i != verb.i and token.tag_ != "VBN"):
        return False
    passive = verb.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in verb.children)
    return passive or headline_participle(verb)


def _retold(event: Event, token: Any, events: list[Event]) -> Event | None:
    """The body's first dated mention of the same type after the headline: one of the same party first; never one
    of another party when both name theirs."""
    end = token.sent.end_char
    party = _party(event)
    later = [
        e
        for e in events
        if e.type == event.type
        and e.trigger.start >= end
        and e.modality == "asserted"
        and e.time is not None
        and e.time_basis in (STATED, INHERITED)
    ]
    same = [e for e in later if party & _party(e)]
    if same:
        return min(same, key=lambda e: e.trigger.start)
    others = [e for e in later if not (party and _party(e))]
    return min(others, key=lambda e: e.trigger.start) if others else None


def _party(event: Event) -> set[str]:
    return {p.entity for p in event.participants if p.role in PARTIES and p.entity}

"""Story time, rule 2 (docs/extraction.md, "Story time"): an undated event coordinated with, or governed by, a dated
event of its sentence ("was caught in May and sent back") takes that event's time."""

from __future__ import annotations

import re
from typing import Any

from tumen.extract.story_basis import STATED, inherit, undated
from tumen.extract.types import Event

# A counted shift ("two years later", "a few months afterwards"), not "later that year" (still that year).
SHIFT = re.compile(r"\b(?:days?|weeks?|months?|years?|decades?)\s+(?:later|afterwards?)\b", re.IGNORECASE)
CHAIN_DEPS = ("conj", "xcomp", "advcl", "ccomp", "pcomp", "pobj", "prep", "dobj", "acl", "relcl", "amod")


def _chain(token: Any) -> set[int]:
    """The trigger and the clause heads it hangs from, up to its sentence's root."""
    found = {token.i}
    node = token
    while node.dep_ in CHAIN_DEPS and node.head.i != node.i and len(found) < 8:
        node = node.head
        found.add(node.i)
    return found


def chained(events: list[Event], tokens_of: dict[int, Any]) -> None:
    """ "was caught in May and sent back": the return takes the time of the arrest it is chained to."""
    for event in events:
        token = tokens_of[id(event)]
        if not undated(event) or token is None or "victim_age" in event.attributes:
            continue
        own = _chain(token)
        for other in events:
            other_token = tokens_of[id(other)]
            if other is event or other.time_basis != STATED or other_token is None or other.time is None:
                continue
            if other_token.sent.start != token.sent.start:
                continue
            if other_token.i > token.i and _shifted(other):
                continue  # "bribed the guards but, two years later, they were caught": later than the bribe
            theirs = _chain(other_token)
            if token.i in theirs and _described(other_token, token):
                continue  # "sent nine who fled last month back to China": when they fled, not when they were sent
            if other_token.i in own or token.i in theirs or _conjuncts(token, other_token):
                inherit(event, other.time, other.time_evidence)
                break


def _described(clause: Any, governor: Any) -> bool:
    """Whether ``clause`` hangs from ``governor`` through a relative clause describing one of its participants."""
    node = clause
    while node.i != governor.i and node.head.i != node.i:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


def _shifted(event: Event) -> bool:
    """A time told as a shift after what came before ("two years later", "a month afterwards")."""
    span = event.time_evidence
    return span is not None and bool(SHIFT.search(span.text))


def _conjuncts(a: Any, b: Any) -> bool:
    """Two verbs of one coordination ("was caught and sent back"), however the parser hung them."""
    heads_a = {a.i, *(c.i for c in a.conjuncts)}
    return b.i in heads_a

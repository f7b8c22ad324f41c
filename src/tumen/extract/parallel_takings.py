"""A taking told beside an abduction is that abduction (rules in docs/extraction.md, "Violations").

"While some pupils were kidnapped near the bus station, others were rounded up outside the church", "two were
kidnapped and three were taken away": the second clause tells, in other words, more of the same captives taken by the
same doers. An arrest that names no doer, told in a clause coordinated with a clause of a verb of abduction or
contrasted with it ("while", "whereas"), is typed as that abduction; one subject's verbs ("were arrested or
abducted") tell some of each. A clause of time ("arrested after the boy was kidnapped") or a doer of its own
("police picked them up") keeps the arrest.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.event_lexicon import lexicon
from tumen.extract.event_syntax import marked_clause
from tumen.extract.nlp import token_at
from tumen.extract.types import Event
from tumen.extract.vocab import load


@cache
def _contrast_marks() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")["parallel_takings"]["contrast_marks"])


def _parallel(one: Any, other: Any) -> bool:
    """Two clauses coordinated ("two were kidnapped and three were rounded up"; not one subject's verbs, "were
    arrested or abducted": some of each) or one a clause of contrast on the other ("while some were kidnapped,
    others were rounded up")."""
    for a, b in ((one, other), (other, one)):
        if a.dep_ == "conj" and a.head.i == b.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children):
            return True
        if a.head.i == b.i and marked_clause(a, _contrast_marks()):
            return True
    return False


def _abducting(verb: Any) -> bool:
    """A verb that tells an abduction by itself ("abducted", "kidnapped"), not negated."""
    senses = lexicon().verbs.get(verb.lemma_.lower(), [])
    told = any(t.type == "abduction" and t.requires is None for t in senses)
    return verb.pos_ == "VERB" and told and not any(c.dep_ == "neg" for c in verb.children)


def retype(events: list[Event], doc: Any) -> None:
    """Type as an abduction each arrest without a doer told in parallel with an abduction (in place)."""
    if doc is None:
        return
    for event in events:
        if event.type != "arrest" or any(p.role == "perpetrator" for p in event.participants):
            continue
        trigger = token_at(doc, event.trigger.start, event.trigger.end)
        if trigger is None or trigger.pos_ != "VERB":
            continue
        near = [trigger.head, *trigger.children]
        if any(_abducting(v) and _parallel(trigger, v) for v in near):
            event.type = "abduction"

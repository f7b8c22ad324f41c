"""Whose a time is, read from the dependency parse: whether a time in a trigger's phrase is the trigger's own or that
of a clause inside it, the verb whose clause a time belongs to, and "since" — the start of an open period, or the
date a state of one began."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from tumen.extract.event_syntax import auxiliaries, root_of
from tumen.extract.types import TimeMention
from tumen.extract.vocab import load
from tumen.model import Interval

CLAUSES = ("relcl", "acl", "ccomp", "advcl")
SUBJECTS = ("nsubj", "nsubjpass")
TEMPORAL = ("after", "before", "since", "until", "following")


PRESENT = ("VBZ", "VBP")
PAST = ("VBD", "VBN")


def owns(trigger: Any, node: Any | None, triggers: set[int]) -> bool:
    """Whether a time (its root ``node``) in the trigger's phrase is the trigger's own, not that of
    another event or clause inside it ("tortured … until an escape in 2005")."""
    while node is not None and node.i != trigger.i and node.head.i != node.i:
        clause = node.dep_ in CLAUSES or (node.dep_ == "pcomp" and node.head.lower_ in TEMPORAL)
        if node.i in triggers or (
            node.pos_ == "VERB" and clause and not _since_clause(node) and not _occurrence_of(node, trigger)
        ):
            return False
        if node.dep_ == "conj" and node.pos_ == "VERB" and any(c.dep_ in SUBJECTS for c in node.children):
            return False  # "she bribed the guards but, two years later, they were caught": the second clause's
        if node.dep_ == "conj" and node.tag_ in PRESENT and trigger.tag_ in PAST and node.head.i == trigger.i:
            return False  # "was released and now lives in Tarvik": the present verb's "now" is not the release's
        node = node.head
    return True


def _occurrence_of(verb: Any, trigger: Any) -> bool:
    """Whether ``verb`` is a clause on the event noun ``trigger`` that only tells it took place ("Pell's murder,
    which happened in October 2018", "the raid carried out on Monday"): its time is the event's."""
    if verb.head.i != trigger.i or verb.dep_ not in ("relcl", "acl") or trigger.pos_ != "NOUN":
        return False
    pairs = {f"{verb.lemma_} {c.lower_}".lower() for c in verb.children if c.dep_ in ("prt", "dobj")}
    return not ({verb.lemma_.lower()} | pairs).isdisjoint(occurrence_verbs())


def told_done(trigger: Any) -> bool:
    """Whether the event noun ``trigger`` has a clause of a verb of taking place in the past ("a shooting that had
    taken place the day before"): it happened, whatever purpose the noun's phrase serves."""
    return any(
        _occurrence_of(c, trigger)
        and c.tag_ in ("VBD", "VBN")
        and not any(n.dep_ == "neg" or n.lower_ in ("never", "no") for n in c.children)
        for c in trigger.children
    )


@cache
def occurrence_verbs() -> frozenset[str]:
    """Verbs that tell an event took place (data/time_words.yaml, ``story: occurrence_verbs``)."""
    return frozenset(str(w) for w in load("time_words.yaml")["story"]["occurrence_verbs"])


def clause_of(root: Any | None) -> int | None:
    """The verb whose clause a time (its root) belongs to."""
    if root is None:
        return None
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.tag_ == "VBN" and not auxiliaries(verb) and verb.head.i != verb.i:
        verb = verb.head  # "throughout 2023, women detained in China were sent back": the main clause's time
    return verb.i if verb is not None else None


def _since_clause(node: Any) -> bool:
    return bool(node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children))


def since(trigger: Any, node: Any | None) -> bool:
    """Whether a time (its root ``node``) is the start of an open period: "since last year",
    "since Pyongyang closed its border in 2020"."""
    while node is not None and node.i != trigger.i and node.head.i != node.i:
        if (node.lower_ == "since" and node.dep_ in ("prep", "mark")) or _since_clause(node):
            return True
        node = node.head
    return False


def since_period(trigger: Any, time: TimeMention, anchor: date | None) -> TimeMention:
    """ "has returned 670 since … early 2020": from that time to publication; but "Ana Berg has been missing since
    March 13": the state of one that began on the date is dated by it (:func:`_state_of_one_since`)."""
    if time.interval is None or anchor is None or anchor < time.interval.earliest:
        return time
    root = root_of(trigger.doc, time.start, time.end)
    if not since(trigger, root) or _state_of_one_since(trigger, root):
        return time
    return replace(time, interval=Interval(time.interval.earliest, anchor, "range"))


@cache
def _since_words() -> tuple[frozenset[str], frozenset[str]]:
    story = load("time_words.yaml")["story"]
    return frozenset(story["since_many"]), frozenset(story["since_repeated"])


def _state_of_one_since(trigger: Any, root: Any | None) -> bool:
    """ "X has been detained/missing/held since <date>" — "since" governs the date itself, the state is told with
    "been" of one subject (no number, no word of many, not a bare plural) and not of repeated times: its event was
    on that date. "36 people have been detained since May", "arrested multiple times since 2019" fill the period."""
    if root is None or root.head.lower_ != "since" or root.head.head.i != trigger.i:
        return False
    if not any(c.lower_ == "been" and c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return False
    many, repeated = _since_words()
    if any(c.lower_ in repeated for c in trigger.subtree if c.head.i == trigger.i or c.head.head.i == trigger.i):
        return False
    subjects = [c for c in trigger.children if c.dep_ in SUBJECTS]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if any(t.like_num or t.lower_ in many for t in subject.subtree):
        return False
    bare_plural = subject.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss") for c in subject.children)
    return not bare_plural

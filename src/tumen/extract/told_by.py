"""An event told in the complement of a dated saying (docs/extraction.md, "Story time"): "The ministry said on
Saturday that it had executed 81 prisoners" — the day is the saying's, not the executions'; they happened by then.
With no time of their own, they are dated as a date line dates its story: the year of the saying, up to its day
(basis ``inherited``, the evidence the saying's date). Not one in an adverbial clause of the complement (background).
The first day of the year is a guess, as it is for a date line: an event of the year before, told early in the
next ("a sniper killed the doctor, an official said Friday" in January), is dated wrongly in that year."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from tumen.extract.event_lexicon import modality_words
from tumen.extract.event_syntax import root_of
from tumen.extract.story_basis import INHERITED, inherit, undated
from tumen.extract.time_clauses import clause_of
from tumen.extract.types import Event, Span, TimeMention
from tumen.extract.vocab import load
from tumen.model import Interval

UP = ("ccomp", "conj", "xcomp", "aux")  # not an adverbial clause: "… found near where a sniper killed him", background
DATED = ("DATE", "TIME")
TOLD_DONE = ("asserted", "attempted", "failed")


def before_complement(time: TimeMention, trigger: Any) -> bool:
    """Whether a time the parser hangs on a complement clause opens it right after its verb of saying, before the
    clause's subject, with no "that" between: "said on Saturday it executed 81 people" — the saying's day, not the
    executions'."""
    head = trigger.head
    if trigger.dep_ != "ccomp" or head.i >= trigger.i or head.lemma_.lower() not in _saying():
        return False
    node = root_of(trigger.doc, time.start, time.end)
    if node is not None and node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head  # "on Saturday": its preposition's phrase
    if node is None or node.head.i != trigger.i or min(t.i for t in node.subtree) != head.i + 1:
        return False  # the phrase of the time ("on Saturday") follows the verb of saying at once
    opening = [c.i for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "mark")]
    return bool(opening) and node.i < min(opening)


def saying_of(token: Any) -> Any | None:
    """The verb of saying whose complement holds the clause of ``token`` (up through coordinated and complement
    clauses), when one of them is a complement (``ccomp``)."""
    node, through = token, False
    for _ in range(6):
        if node.dep_ not in UP or node.head.i == node.i:
            return None
        through = through or node.dep_ == "ccomp"
        node = node.head
        if node.lemma_.lower() in _telling() and through:
            return node
    return None


def date_by_the_telling(
    events: list[Event], tokens_of: dict[int, Any], times: list[TimeMention], anchor: date | None
) -> None:
    """Undated events told in the complement of a dated saying happened by its day: from the first day of its year."""
    for event in events:
        token = tokens_of[id(event)]
        if not undated(event) or token is None or event.modality not in TOLD_DONE:
            continue  # "said on Monday it would release him": no release by then
        verb = saying_of(token)
        if verb is None:
            continue
        time = _time_of(verb, times, anchor)
        if time is None or time.interval is None:
            continue
        latest = time.interval.latest
        inherit(event, Interval(date(latest.year, 1, 1), latest, "range"), Span(time.start, time.end, time.text))
        event.time_basis = INHERITED


def _time_of(verb: Any, times: list[TimeMention], anchor: date | None) -> TimeMention | None:
    """The date of the saying's own clause (also one the parser hangs on its complement right after it)."""
    sent = verb.sent
    for time in times:
        if time.interval is None or time.kind not in DATED or not sent.start_char <= time.start < sent.end_char:
            continue
        if anchor is not None and time.interval.latest > anchor:
            continue
        root = root_of(verb.doc, time.start, time.end)
        if root is None:
            continue
        if clause_of(root) == verb.i or any(c.dep_ == "ccomp" and before_complement(time, c) for c in verb.children):
            return time
    return None


@cache
def _telling() -> frozenset[str]:
    return frozenset(str(w) for w in load("time_words.yaml")["story"]["telling_verbs"])


@cache
def _saying() -> frozenset[str]:
    return frozenset(modality_words()["reporting_verbs"])

"""A date right after a verb of saying is the saying's (docs/extraction.md, "Story time"): "Police said on Monday they
had arrested 12 protesters" — Monday is when they said it, not when they arrested them, however the parser hangs
the date. (Dating such deeds "by" the saying's day, from the first day of its year, was tried this round and
taken out: it broke dated crossings told before, the merge of a group's accounts and cut-offs.)"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.event_lexicon import modality_words
from tumen.extract.event_syntax import root_of
from tumen.extract.types import TimeMention


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


@cache
def _saying() -> frozenset[str]:
    return frozenset(modality_words()["reporting_verbs"])

"""Events told as the backdrop of another (rules in docs/extraction.md, "Violations").

An event noun that is the object of a preposition of time or cause on another clause — "protests spread after the
killing of Lena Marsh", "in the wake of her arrest", "amid the abductions", "before his capture" — names an event the
sentence presupposes as its time or reason, not the news it tells. The event is kept (it happened, and the
report says so), with the attribute ``backdrop``: a consumer that wants the events a report is about, not those
it recalls to set the scene, leaves it aside. The prepositions are ``backdrop_prepositions`` in ``events.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.vocab import load

MAX_WORDS = 4  # the longest preposition: "in the aftermath of"


@cache
def _prepositions() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")["backdrop_prepositions"])


def backdrop(trigger: Any) -> bool:
    """Whether the event noun is the object of a preposition of time or cause ("after the killing of …")."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    preposition = trigger.head
    doc = trigger.doc
    for size in range(1, MAX_WORDS + 1):  # "after", "in light of", "in the wake of"
        start = preposition.i - size + 1
        if start >= 0 and " ".join(t.lower_ for t in doc[start : preposition.i + 1]) in _prepositions():
            return True
    return False

"""Story time: an event told "after" another dated event of its own sentence (docs/extraction.md, "Story time").

"Kim Ok-ran was beaten by guards after she was repatriated in 2013", "… after being repatriated in 2013": the
beating has no time of its own, and the clause after "after" is another event the sentence dates. The beating took
place from that event's time on — as "after her repatriation" dates it from a repatriation told before
(:func:`tumen.extract.story_time._after_event`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tumen.extract.types import Event

OPENERS = frozenset({"after", "following"})


def dated_clause_before(token: Any, beside: Iterable[Event], tokens_of: dict[int, Any]) -> Event | None:
    """The dated event of the clause that "after" hangs on the trigger's verb ("after she was repatriated in
    2013", "after being repatriated in 2013"), among the events of its sentence (``beside``)."""
    verbs = set()
    for child in token.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in OPENERS for m in child.children):
            verbs.add(child.i)  # "after she was repatriated"
        if child.dep_ == "prep" and child.lower_ in OPENERS:
            verbs |= {c.i for c in child.children if c.dep_ == "pcomp"}  # "after being repatriated"
    if not verbs:
        return None
    for event in beside:
        trigger = tokens_of.get(id(event))
        if trigger is not None and trigger.i in verbs and event.time is not None:
            return event
    return None

"""Links to other stories (rules in docs/extraction.md, "Specific and generic statements").

News pages set the headlines of other stories in their text: "Also read: Police arrest two in Tarvik", "READ
MORE | …", "Related: …". Such a line, begun by a label of ``cross_references`` in ``data/events.yaml`` and a colon
or a bar, is another report's headline: no event of this document is told there.
"""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.types import Event
from tumen.extract.vocab import load


@cache
def _label() -> re.Pattern[str]:
    labels = sorted((str(w) for w in load("events.yaml")["cross_references"]), key=len, reverse=True)
    words = "|".join(r"\s+".join(re.escape(part) for part in label.split()) for label in labels)
    return re.compile(rf"[^\w\n]*(?:{words})\s*[:|]", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])")


def linked(text: str, offset: int) -> bool:
    """Whether ``offset`` is in the headline a cross-reference label begins ("Also read: …"): from the label at the
    start of its line to the end of that line's first sentence. A headline is one sentence: a text that runs on
    after it (a page whose paragraphs lost their line breaks, "More: …. The police said …") tells its own events."""
    start = text.rfind("\n", 0, offset) + 1
    label = _label().match(text, start)
    if label is None:
        return False
    end = _SENTENCE_END.search(text, label.end(), offset + 1)  # the lookahead sees the offset's first letter
    return end is None or end.end() > offset


def drop_linked(text: str, events: list[Event]) -> list[Event]:
    """The events not told in another story's headline."""
    return [e for e in events if not linked(text, e.trigger.start)]

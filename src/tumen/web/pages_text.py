"""A document's stored text as HTML with what extraction found highlighted, and one evidence span marked.

The text is cut at every boundary of every highlighted span; each piece is escaped and wrapped in one
``<span>`` naming the kinds that cover it (person, organisation, place, group, event, time, amount), so
highlights never nest across one another and the evidence ``<mark id="evidence">`` always encloses whole
pieces: its text content is exactly the marked characters. Built only through :func:`markupsafe.escape`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from tumen.extract.types import NOT_FACTUAL, Extraction

KINDS = ("person", "organization", "place", "group", "event", "time", "amount")
KIND_WORDS = {
    "person": "person",
    "organization": "organisation",
    "place": "place",
    "group": "group",
    "event": "event",
    "time": "time",
    "amount": "amount",
}


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    kind: str
    note: str  # shown on hover: "person: Kang Mi-rae", "event: arrest (attempted)"


def highlights(extraction: Extraction | None, length: int) -> list[Highlight]:
    """Mentions of entities, event triggers, times and amounts, from the stored extraction (none when the
    document is not processed yet); spans outside the text are dropped."""
    if extraction is None:
        return []
    found: list[Highlight] = []
    for entity in extraction.entities:
        kind = entity.kind if entity.kind in KINDS else "group"
        for mention in entity.mentions:
            found.append(Highlight(mention.start, mention.end, kind, f"{KIND_WORDS[kind]}: {entity.label}"))
    for event in extraction.events:
        modality = "" if event.modality == "asserted" else f" ({event.modality})"
        note = f"event: {event.type.replace('_', ' ')}{modality}"
        if event.modality in NOT_FACTUAL:
            note += " — not a fact"
        found.append(Highlight(event.trigger.start, event.trigger.end, "event", note))
    for time in extraction.times:
        found.append(Highlight(time.start, time.end, "time", f"time: {time.value}"))
    for amount in extraction.amounts:
        found.append(
            Highlight(amount.start, amount.end, "amount", f"amount: {amount.money.value:g} {amount.money.currency}")
        )
    return [h for h in found if 0 <= h.start < h.end <= length]


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space at its ends (a quote never begins or ends with a line break)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def render(text: str, marks: Sequence[Highlight], evidence: tuple[int, int] | None = None) -> Markup:
    """The text as escaped HTML with ``marks`` highlighted and ``evidence`` (start, end) in ``<mark id="evidence">``."""
    cuts = {0, len(text)}
    opens: dict[int, list[int]] = {}
    closes: dict[int, list[int]] = {}
    for number, mark in enumerate(marks):
        cuts |= {mark.start, mark.end}
        opens.setdefault(mark.start, []).append(number)
        closes.setdefault(mark.end, []).append(number)
    if evidence is not None:
        cuts |= set(evidence)
    active: set[int] = set()
    parts: list[str] = []
    ordered = sorted(cuts)
    for here, following in pairwise(ordered):
        active -= set(closes.get(here, ()))
        active |= set(opens.get(here, ()))
        if evidence is not None and here == evidence[0]:
            parts.append('<mark id="evidence" tabindex="-1">')
        parts.append(_piece(text[here:following], [marks[i] for i in sorted(active)]))
        if evidence is not None and following == evidence[1]:
            parts.append("</mark>")
    return Markup("".join(parts))


def _piece(text: str, covering: Iterable[Highlight]) -> str:
    covering = list(covering)
    if not covering:
        return str(escape(text))
    kinds = list(dict.fromkeys(h.kind for h in covering))
    notes = "; ".join(dict.fromkeys(h.note for h in covering))
    classes = " ".join(f"hl-{k}" for k in kinds)
    return f'<span class="hl {escape(classes)}" title="{escape(notes)}">{escape(text)}</span>'

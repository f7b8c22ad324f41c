"""How an event got its time (``time_basis``) and the two moves of story time on it: whether the story may still date
an event, and giving it a time the story tells (:mod:`tumen.extract.story_time`, :mod:`tumen.extract.chained_times`)."""

from __future__ import annotations

from tumen.extract.types import Event, Span
from tumen.model import Interval

STATED, INHERITED, PUBLICATION = "stated", "inherited", "publication"
ALLEGED = "alleged"  # the modality of a crime told only by a charge


def undated(event: Event) -> bool:
    """An event with no time that its story may date: not a crime told only by a charge ("arrested in May for
    killing his neighbour": the killing was before, when the charge does not say)."""
    return event.time is None and event.modality != ALLEGED


def inherit(event: Event, interval: Interval, span: Span | None, basis: str = INHERITED) -> None:
    event.time, event.time_basis, event.time_evidence = interval, basis, span
    event.time_span = None

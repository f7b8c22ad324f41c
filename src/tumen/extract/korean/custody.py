"""Custody a Korean text implies: "교도소에서 풀려났다" (released from a prison) says the person was held there
until then, from their arrest if the text tells it."""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.types import NOT_FACTUAL, Event, Extraction, Participant, Span
from tumen.model import Interval

from .vocabulary import rules


@cache
def _custody_place() -> re.Pattern[str]:
    """A place of custody right before its verb: "한 교도소에서 풀려났으며"."""
    words = "|".join(map(re.escape, rules()["custody_places"]))
    return re.compile(rf"(?:{words})(?:에서|서)\s?$")


def detentions_before_release(text: str, result: Extraction) -> None:
    """A detention for each release from a place of custody whose person has no detention told."""
    detained = {p.entity for e in result.events if e.type == "detention" for p in e.participants}
    arrested: dict[str, list[tuple[int, Interval]]] = {}  # person -> (order, time) of their arrests
    for index, event in enumerate(result.events):
        if event.type == "arrest" and event.time is not None:
            for participant in {p.entity for p in event.participants}:
                arrested.setdefault(participant, []).append((index, event.time))
    for release in [e for e in result.events if e.type == "release" and e.modality not in NOT_FACTUAL]:
        victims = [p.entity for p in release.participants if p.role == "victim"]
        start = release.trigger.start
        found = _custody_place().search(text[max(0, start - 12) : start])
        if not victims or release.time is None or found is None:
            continue
        if detained & set(victims):
            continue
        told = dict(item for victim in victims for item in arrested.get(victim, []))
        arrests = [told[index] for index in sorted(told) if told[index].earliest <= release.time.earliest]
        earliest = arrests[0].earliest if arrests else release.time.earliest
        said = max(0, start - 12) + found.start()
        word = re.match(r"[가-힣]+", found.group(0))
        said_end = said + (len(word.group(0)) if word else 0)
        result.events.append(
            Event(
                id=f"e{len(result.events) + 1}",
                type="detention",
                trigger=Span(said, said_end, text[said:said_end]),
                participants=[Participant(v, "victim") for v in victims],
                time=Interval(earliest, release.time.latest, "range"),
                place=release.place,
                attributes=dict(release.attributes),
                evidence=list(release.evidence),
            )
        )
        detained.update(victims)

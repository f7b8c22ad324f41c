"""What the rest of a Korean document gives each of its events (:mod:`.events`): mentions, quoted spans, the
anchor, and the times, amounts and North Korea mentions in text order."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from tumen.extract.types import AmountMention, Extraction, TimeMention

from .mentions import Mentions
from .text import SpanSet, quoted
from .vocabulary import canonical

_NORTH_KOREA = "North Korea"


@dataclass(frozen=True)
class Found:
    """What the rest of the document gives an event: mentions, quoted spans, the anchor, and the times,
    amounts and North Korea mentions in text order (looked up by bisection: cost linear in length)."""

    mentions: Mentions
    quoted: SpanSet
    anchor: date | None
    times: list[TimeMention]
    time_starts: list[int]
    amount_starts: list[int]
    north: list[tuple[int, int, str]]
    # the reference time of the narrative: the last date told in the sentences before (story time)
    reference: list[TimeMention]
    # the persons listed together in each sentence ("50대 부부와 10대의 미성년 학생"): whom "이들" stands for
    parties: list[tuple[int, list[str]]] = field(default_factory=list)  # (sentence start, persons)
    told: list[TimeMention] = field(default_factory=list)  # the dates the sentence read tells (story_time.told_dates)

    def times_in(self, start: int, end: int) -> list[TimeMention]:
        return self.times[bisect_left(self.time_starts, start) : bisect_left(self.time_starts, end)]

    def amounts_in(self, result: Extraction, start: int, end: int) -> list[AmountMention]:
        return result.amounts[bisect_left(self.amount_starts, start) : bisect_left(self.amount_starts, end)]


def found_in(text: str, result: Extraction, mentions: Mentions, anchor: date | None) -> Found:
    quotations = SpanSet(quoted(text))
    times = sorted(result.times, key=lambda t: t.start)
    result.amounts.sort(key=lambda a: a.start)
    north = [
        m
        for m in mentions.places
        if m[0] not in quotations and canonical(result.entity(m[2]).name or "") == _NORTH_KOREA
    ]
    return Found(
        mentions, quotations, anchor, times, [t.start for t in times], [a.start for a in result.amounts], north, []
    )

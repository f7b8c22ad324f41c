"""Korean documents without a Korean parser: names, places, dates, amounts and events by rule.

Persons are Hangul names followed by an honorific or title (강미래 씨, 박진호 목사), an age in brackets
(강미래(48)) or an organisation and a title (장세율 전국탈북민연합회 상임대표); once found, the same name
elsewhere counts too, and so do its honorific back-references (신 씨, 오씨, 장 대표). Unnamed persons
(북한군 병사 한 명), organisations and places (with numbered camps: 14호 수용소) come from data files.
Events come from keywords (북송, 체포, 석방 …) in ``data/events.yaml``; what their clause says gives their
participants (relatives by kinship words: 어머니와 형), time, clock time, place, count of people, age at the
event and corrections ("A가 아닌 B"); their witness is the source of the sentence.

- :mod:`.text`: sentences, clauses, quotations, cleft focus
- :mod:`.mentions`: persons, organisations, places
- :mod:`.details`: counts, ages, clock times, corrections
- :mod:`.participants`: participants, relatives, witnesses
- :mod:`.events`: events
"""

from __future__ import annotations

from datetime import date

from tumen.extract.money import find_money
from tumen.extract.time import born_within, find_ages, find_times
from tumen.extract.types import AmountMention, Extraction, TimeMention
from tumen.model import Interval

from .events import find_events
from .mentions import Mentions, find_mentions

__all__ = ["extract_korean"]


def extract_korean(text: str, document: int | None, anchor: date | None) -> Extraction:
    result = Extraction(document=document, language="ko", anchor=anchor)
    mentions = find_mentions(text, result)
    result.times = [
        TimeMention(t.start, t.end, t.text, t.kind, t.value, t.interval) for t in find_times(text, anchor, "ko")
    ]
    result.amounts = [AmountMention(m.start, m.end, m.text, m.money) for m in find_money(text, "ko", anchor)]
    find_events(text, result, mentions, anchor)
    _ages(text, result, mentions, anchor)
    return result


def _ages(text: str, result: Extraction, mentions: Mentions, anchor: date | None) -> None:
    """ "강미래(48)": a stated age gives the birth interval of the person just before it."""
    if anchor is None:
        return
    for age in find_ages(text):
        before = [m for m in mentions.persons if m[1] <= age.start and age.start - m[1] <= 3]  # "강미래 씨(48)"
        if not before:
            continue
        entity = result.entity(before[-1][2])
        born = born_within(age, Interval(anchor, anchor, "day"))
        entity.birth = born if entity.birth is None else (entity.birth.intersect(born) or entity.birth)

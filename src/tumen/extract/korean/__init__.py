"""Korean documents without a Korean parser: names, places, dates, amounts and events by rule.

Persons are Hangul names followed by an honorific or title (강미래 씨, 박진호 목사), an age in brackets
(강미래(48)) or an organisation and a title (장세율 전국탈북민연합회 상임대표); once found, the same name
elsewhere counts too, and so do its honorific back-references (신 씨, 오씨, 장 대표); a kinship word before a
name (박 목사의 부인 이소연 씨) gives genders and a relation. Unnamed persons (북한군 병사 한 명), organisations
(listed, or by an ending: 한빛일보, 샛별선교회, and the ending alone back to them: 선교회 측) and places (with
numbered camps: 14호 수용소, and endings: 인천공항) come from data files.
Events come from keywords (북송, 체포, 석방 …) in ``data/events.yaml``; what their clause says gives their
participants (relatives by kinship words: 어머니와 형), time, clock time, place, count of people, age at the
event and corrections ("A가 아닌 B"); their witness is the source of the sentence (or whoever heard it:
소식을 들은). A release from a prison implies the detention before it; an age before a relative's word
(열다섯 살 아들) dates that relative's birth.

- :mod:`.text`: sentences, clauses, quotations, cleft focus
- :mod:`.mentions`: persons, organisations, places
- :mod:`.details`: counts, ages, clock times, corrections
- :mod:`.participants`: participants, relatives, witnesses
- :mod:`.events`: events
- :mod:`.custody`: detentions implied by releases
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from tumen.extract.money import find_money
from tumen.extract.time import birth_interval, born_within, find_ages, find_times
from tumen.extract.types import AmountMention, Extraction, TimeMention
from tumen.model import Interval

from . import details
from .births import find_births
from .events import find_events
from .mentions import Mentions, find_mentions
from .named_kin import named_relatives, parents_by_unowned_words, young_genders
from .routes import add_routes
from .sources import find_sources
from .story import find_story_persons
from .subject_kin import relatives_of_subjects
from .text import between

__all__ = ["extract_korean"]

_QUOTE_MARK = re.compile(r"[\"“”'‘’]")
# An age that describes the noun after it ("3살 딸", "14살 난 아들"), not the person named before it.
_AGE_OF_NOUN = re.compile(r"\s?(?:난\s)?[가-힣]")


def extract_korean(text: str, document: int | None, anchor: date | None) -> Extraction:
    result = Extraction(document=document, language="ko", anchor=anchor)
    mentions = find_mentions(text, result)
    find_sources(text, result, mentions)  # "한 주민소식통은", "현지 주민 A씨는": persons quoted without a name
    find_story_persons(text, result, mentions, anchor)
    result.times = [
        TimeMention(t.start, t.end, t.text, t.kind, t.value, t.interval) for t in find_times(text, anchor, "ko")
    ]
    result.amounts = [AmountMention(m.start, m.end, m.text, m.money) for m in find_money(text, "ko", anchor)]
    named_relatives(text, result, mentions)
    young_genders(text, result, mentions)  # "이하늘(19)양": a girl
    find_events(text, result, mentions, anchor)
    add_routes(text, result, mentions)  # "중국-라오스-태국을 거쳐 한국에": the route
    relatives_of_subjects(text, result, mentions)  # "이순실은 군인이었던 아버지를 따라": her father
    parents_by_unowned_words(text, result, mentions)
    _ages(text, result, mentions, anchor)
    _ages_of_relatives(text, result)
    find_births(text, result, mentions)  # "2001년 태어났다", "2001년생"
    _without_reporters(result, mentions)
    return result


def _without_reporters(result: Extraction, mentions: Mentions) -> None:
    """ "김하늘 기자가 보도합니다", "[한빛일보] 김하늘 기자 =": a person named only as the reporter wrote
    the document and is no person of its story (as an English byline); kept only when some event,
    relation or relative refers to them."""
    if not mentions.reporters:
        return
    used = {p.entity for e in result.events for p in e.participants}
    used |= {ev.witness for e in result.events for ev in e.evidence if ev.witness}
    used |= {x for r in result.relations for x in (r.subject, r.object)}
    used |= {e.anchor[1] for e in result.entities if e.anchor}
    result.entities = [e for e in result.entities if e.id not in mentions.reporters or e.id in used]


def _ages_of_relatives(text: str, result: Extraction) -> None:
    """ "체포된 열다섯 살 아들이": an age right before a relative's word is their age at the dated event."""
    starts: dict[str, list[int]] = {}  # a relative's mention starts, sorted, to find those of an event's sentence
    for event in result.events:
        if event.time is None or not event.evidence:
            continue
        for participant in event.participants:
            entity = result.entity(participant.entity)
            if entity.anchor is None:
                continue
            if entity.id not in starts:
                starts[entity.id] = sorted(said.start for said in entity.mentions)
            told = starts[entity.id]
            evidence = event.evidence[0]
            for position in told[bisect_left(told, evidence.start) : bisect_left(told, evidence.end)]:
                ages = [a for a in details.ages(text, max(0, position - 8), position) if position - a.end <= 1]
                if ages:
                    born = birth_interval(ages[-1].age, event.time)
                    entity.birth = born if entity.birth is None else (entity.birth.intersect(born) or entity.birth)


def _ages(text: str, result: Extraction, mentions: Mentions, anchor: date | None) -> None:
    """ "강미래(48)": a stated age gives the birth interval of the person just before it."""
    if anchor is None:
        return
    for age in find_ages(text):
        near = between(mentions.persons, max(0, age.start - 40), age.start)
        before = [m for m in near if m[1] <= age.start and age.start - m[1] <= 3]  # "강미래 씨(48)"
        if not before or _QUOTE_MARK.search(text, before[-1][1], age.start) or _AGE_OF_NOUN.match(text, age.end):
            continue  # '한바다 "3살 딸…': the age opens a quotation or belongs to the noun after it
        entity = result.entity(before[-1][2])
        born = born_within(age, Interval(anchor, anchor, "day"))
        entity.birth = born if entity.birth is None else (entity.birth.intersect(born) or entity.birth)

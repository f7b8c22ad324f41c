"""Korean documents without a Korean parser: names, places, dates, amounts and events by rule.

Persons are Hangul names followed by an honorific or title (강미래 씨, 박진호 목사) or an
age in brackets (강미래(48)); once found, the same name elsewhere counts too. Events come
from keywords (북송, 체포, 석방 …) in ``data/events.yaml``; their participants are the
persons of the sentence, and their witness the person a reporting verb (말했다, 밝혔다 …)
names.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from tumen.extract.money import find_money
from tumen.extract.names import surname_table
from tumen.extract.time import born_within, find_ages, find_times
from tumen.extract.types import (
    AmountMention,
    Entity,
    Event,
    Evidence,
    Extraction,
    Participant,
    Relation,
    Span,
    TimeMention,
)
from tumen.extract.vocab import load
from tumen.model import Interval

HONORIFICS = (
    r"(?:\s?씨|\s?목사|\s?선교사|\s?변호사|\s?대표|\s?씨의|\s?소장|\s?이사장|\s?교수|\s?의원|\s?기자|\s?병사|\s?군)"
)
REPORTING = re.compile(
    r"(말했다|밝혔다|전했다|증언했다|회상했다|주장했다|설명했다|덧붙였다|강조했다|호소했다|말한다|털어놨다)"
)
HEARSAY = re.compile(r"(전해 들었|전해들었|들었다고|전해졌다|전언|것으로 알려졌다|소식을 들었)")


@cache
def _name_pattern() -> re.Pattern[str]:
    surnames = "|".join(sorted(surname_table(), key=len, reverse=True))
    return re.compile(rf"(?<![가-힣])((?:{surnames})[가-힣]{{1,2}})(?=(?:\(\d+\))?{HONORIFICS})")


@cache
def _event_patterns() -> list[tuple[re.Pattern[str], str, str]]:
    """(trigger pattern, event type, role of the sentence's person) from the vocabulary."""
    found = []
    for name, spec in load("events.yaml")["types"].items():
        for pattern in spec.get("korean") or []:
            found.append((re.compile(pattern), name, spec["object_role"]))
    return found


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"[.!?]\s+|\n+", text):
        end = match.start() + (1 if text[match.start()] in ".!?" else 0)
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def extract_korean(text: str, document: int | None, anchor: date | None) -> Extraction:
    result = Extraction(document=document, language="ko", anchor=anchor)
    persons: dict[str, Entity] = {}
    for match in _name_pattern().finditer(text):
        persons.setdefault(match.group(1), Entity(id=f"p{len(persons) + 1}", kind="person", name=match.group(1)))
    spans: list[tuple[int, int, str]] = []
    for name, entity in persons.items():
        for match in re.finditer(rf"(?<![가-힣]){re.escape(name)}", text):
            entity.mentions.append(Span(match.start(), match.end(), name))
            spans.append((match.start(), match.end(), entity.id))
    places: dict[str, Entity] = {}
    for name, kind in load("places.yaml")["korean"].items():
        for match in re.finditer(re.escape(name), text):
            if len(name) == 1 and not re.match(r"[^가-힣]?", text[match.end() : match.end() + 1]):
                continue
            entity = places.setdefault(name, Entity(id=f"l{len(places) + 1}", kind="place", name=name, place_kind=kind))
            entity.mentions.append(Span(match.start(), match.end(), name))
    result.entities = list(persons.values()) + list(places.values())
    result.times = [
        TimeMention(t.start, t.end, t.text, t.kind, t.value, t.interval) for t in find_times(text, anchor, "ko")
    ]
    result.amounts = [AmountMention(m.start, m.end, m.text, m.money) for m in find_money(text, "ko", anchor)]
    _events(text, result, sorted(spans), places)
    _ages(text, result, sorted(spans), anchor)
    return result


def _persons_in(spans: list[tuple[int, int, str]], start: int, end: int) -> list[str]:
    found: list[str] = []
    for s, _e, entity_id in spans:
        if start <= s < end and entity_id not in found:
            found.append(entity_id)
    return found


def _events(text: str, result: Extraction, spans: list[tuple[int, int, str]], places: dict[str, Entity]) -> None:
    last_person: str | None = None
    for start, end in _sentences(text):
        sentence = text[start:end]
        persons = _persons_in(spans, start, end)
        witness = persons[0] if persons and REPORTING.search(sentence) else None
        hearsay = bool(HEARSAY.search(sentence))
        subjects = [p for p in persons if p != witness] or ([last_person] if last_person else [])
        if persons:
            last_person = persons[-1]
        seen_types: set[str] = set()
        for pattern, event_type, object_role in _event_patterns():
            match = pattern.search(sentence)
            if match is None or event_type in seen_types:
                continue
            if re.search(r"(않|못|없었|아니|려고|겠다|면\s)", sentence[match.start() : match.end() + 8]):
                continue  # negated or not (yet) real: 체포되지 않았다, 보내주겠다
            seen_types.add(event_type)
            keyword = match.group(0)
            trigger_start = start + match.start()
            times = [t for t in result.times if start <= t.start < end and t.interval is not None]
            amounts = [a for a in result.amounts if start <= a.start < end]
            place = _nearest_before(
                [(m.start, e.id) for e in places.values() for m in e.mentions if start <= m.start < end],
                trigger_start + len(keyword),  # "한국에 들어왔다": the place may be part of the trigger
            )
            role = "payer" if event_type == "payment" else object_role
            attributes: dict[str, Any] = {"hearsay": True} if hearsay else {}
            # Korean puts the time before its verb; a time after it belongs to a later clause.
            before = [t for t in times if t.start < trigger_start]
            time = max(before, key=lambda t: t.start) if before else None
            amount = amounts[0] if amounts and event_type == "payment" else None
            result.events.append(
                Event(
                    id=f"e{len(result.events) + 1}",
                    type=event_type,
                    trigger=Span(trigger_start, trigger_start + len(keyword), keyword),
                    participants=[
                        Participant(p, role) for p in _kin(result, (start, end, sentence), subjects[:1], role)
                    ],
                    time=time.interval if time else None,
                    time_span=Span(time.start, time.end, time.text) if time else None,
                    place=place,
                    amount=amount.money if amount else None,
                    amount_span=Span(amount.start, amount.end, amount.text) if amount else None,
                    attributes=attributes,
                    evidence=[Evidence(start, end, sentence.strip(), witness, hearsay)],
                )
            )


KIN_WORDS = {
    "아들": ("child_of", "male", "son"),
    "딸": ("child_of", "female", "daughter"),
    "남편": ("spouse_of", "male", "husband"),
    "아내": ("spouse_of", "female", "wife"),
    "부인": ("spouse_of", "female", "wife"),
    "어머니": ("parent_of", "female", "mother"),
    "엄마": ("parent_of", "female", "mother"),
    "아버지": ("parent_of", "male", "father"),
}


def _kin(result: Extraction, where: tuple[int, int, str], persons: list[str], role: str) -> list[str]:
    """ "강미래 씨의 아들이 체포됐다": the victim is her son, not her."""
    start, end, sentence = where
    if not persons or role not in ("victim", "subject"):
        return persons
    for word, (relation, gender, descriptor) in KIN_WORDS.items():
        if re.search(rf"{word}(?:이|가|은|는|을|를|의|도)?(?:\s|$)", sentence):
            anchor = persons[0]
            for entity in result.entities:
                if entity.anchor == (relation, anchor) and entity.descriptor == descriptor:
                    return [entity.id]
            number = sum(1 for e in result.entities if e.kind == "person") + 1
            relative = Entity(
                id=f"p{number}",
                kind="person",
                name=None,
                gender=gender,
                anchor=(relation, anchor),
                descriptor=descriptor,
                gender_votes={gender: 3.0},
            )
            result.entities.append(relative)
            inverse = {"child_of": "parent_of", "parent_of": "child_of"}.get(relation, relation)
            result.relations.append(Relation(inverse, anchor, relative.id, Evidence(start, end, sentence.strip())))
            return [relative.id]
    return persons


def _nearest_before(found: list[tuple[int, str]], position: int) -> str | None:
    before = [item for item in found if item[0] < position]
    return max(before)[1] if before else None


def _ages(text: str, result: Extraction, spans: list[tuple[int, int, str]], anchor: date | None) -> None:
    if anchor is None:
        return
    for age in find_ages(text):
        before = [(s, e, eid) for s, e, eid in spans if e <= age.start and age.start - e <= 3]
        if not before:
            continue
        entity = next(e for e in result.entities if e.id == before[-1][2])
        born = born_within(age, Interval(anchor, anchor, "day"))
        entity.birth = born if entity.birth is None else (entity.birth.intersect(born) or entity.birth)

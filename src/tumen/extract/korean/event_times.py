"""The time of a Korean event (:mod:`.events`): the time expressions of its clause, not those of a telling
("지난 5일 한 매체는 … 보도했다"); "during the trial"; one event per enumerated time; a clock time's day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from tumen.extract.time import calendar as cal
from tumen.extract.time import words as w
from tumen.extract.time.korean import counted_from
from tumen.extract.types import Event, Extraction, TimeMention
from tumen.model import Interval

from . import details
from .event_context import Found
from .text import Clause, between
from .vocabulary import reporting_pattern, rules

_NOT_A_DATE = re.compile(r"^(?:요즘|이번)")


def time_during(text: str, result: Extraction, clause: Clause, trigger_start: int) -> Interval | None:
    """ "재판 과정에서" (during the trial): the time of the latest event of that kind told before."""
    for word, types in rules()["during_events"].items():
        if re.search(rf"{word}\s?(?:과정|기간|중)", text[clause.start : trigger_start]):
            told = [e.time for e in result.events if e.type in types and e.time is not None]
            if told:
                return told[-1]
    return None


def times_of(text: str, found: Found, clause: Clause, trigger_start: int) -> list[TimeMention]:
    """The time expressions of the event, in order: the clause's before the trigger and its cleft focus;
    failing those, the sentence's before the trigger (Korean puts the time before its verb). The time of a
    telling ("지난 5일 한 매체는 … 보도했다") is not the event's."""
    focus = found.times_in(*clause.focus) if clause.focus else []
    here = [t for t in found.times_in(clause.start, trigger_start) if _event_time(text, found, t)]
    if here or focus:
        return here + focus
    return [t for t in found.times_in(clause.sentence_start, trigger_start) if _event_time(text, found, t)]


def _event_time(text: str, found: Found, time: TimeMention) -> bool:
    return not _NOT_A_DATE.match(time.text) and not telling(text, found, time)


_TELLING_TOPIC = re.compile(
    r"(?:\s?\([^)]{0,12}\))?\s?(?:(?P<quote>[\"“])|(?P<topic>(?:[^\s\"“.]+\s){0,3}?[^\s\"“.]+?)(?:은|는)\s)"
)


@cache
def _telling_word() -> re.Pattern[str]:
    words = "|".join(map(re.escape, rules()["telling_words"]))
    return re.compile(rf"(?:\s?\([^)]{{0,12}}\))?\s?(?:[^\s.]+\s){{0,2}}?(?:{words})")


def telling(text: str, found: Found, time: TimeMention) -> bool:
    """Whether ``time`` dates a telling, in a sentence that reports: followed by a quotation, or by a topic
    that is a news source (an organisation, or a phrase with a word like 매체 or 소식통: 미국 매체 X는)."""
    if _telling_word().match(text, time.end):
        return True  # "지난 5일 방송된 …": the date of the broadcast
    after = _TELLING_TOPIC.match(text, time.end)
    if after is None:
        return False
    if after["topic"] is not None:
        sources = rules()["telling_sources"]
        named = between(found.mentions.organizations, after.start("topic"), after.end("topic"))
        if not named and not any(word in after["topic"] for word in sources):
            return False
    line_end = text.find("\n", time.end)
    return bool(reporting_pattern().search(text, time.end, line_end if line_end >= 0 else len(text)))


def enumerated_times(
    text: str, found: Found, clause: Clause, trigger_start: int
) -> list[tuple[TimeMention | None, details.Count | None]]:
    """ "지난해 10월(600여 명), 올해 4월(200여 명) 등 … 북송한": one event per time and its count."""
    pairs: list[tuple[TimeMention | None, details.Count | None]] = []
    for time in found.times_in(clause.start, trigger_start):
        if time.interval is None:
            continue
        bracket = re.match(r"\s?\(([^)]{1,16})\)", text[time.end : time.end + 20])
        if bracket is None:
            continue
        inner = details.counts(text, time.end + bracket.start(1), time.end + bracket.end(1))
        if inner:
            pairs.append((time, inner[0]))
    return pairs if len(pairs) > 1 else []


# "탈북 3년 만에", "석 달 만에": a time counted from an event (the noun right before it, if any, names that event)
_SO_LONG = re.compile(rf"(?P<n>\d+|[가-힣]{{1,3}})\s?(?P<u>{w.alternation(w.KO_UNITS)})\s?만에$")
# Any span "만에" counts from (a unit, perhaps "여" after it: "10년여 만에"; or "며칠"): one no time expression
# reads as a counted date ("수년 만에", "10여 년 만에", "몇 달 만에") is a span the reader cannot count
_ANY_SO_LONG = re.compile(rf"(?:{w.alternation(w.KO_UNITS)})\s?여?\s?만에(?![가-힣])|며칠\s?만에(?![가-힣])")


def after_so_long(
    text: str, result: Extraction, times: list[TimeMention], who: set[str], span: tuple[int, int], anchor: date | None
) -> tuple[list[TimeMention], bool]:
    """ "탈북 3년 만에 입국했다": a time counted from the latest earlier event of the kind its noun names
    (``after_so_long`` in korean_rules.yaml; one of ``who``'s if any) — undated when that event is undated, not
    counted from the story's last date; one the text tells no such event for keeps what the time expressions
    read. A span in ``span`` (the clause before the trigger) that cannot be counted ("탈북 수년 만에", "10여 년
    만에", "몇 달 만에") leaves the event undated: no time before it is the event's. The times with those counted,
    and whether one stays undated (the story's date is then not the event's)."""
    vague = [m for m in _ANY_SO_LONG.finditer(text, *span) if not _counted(m.end(), times)]
    if vague:
        times = [t for t in times if t.start >= vague[-1].end()]  # "2015년 … 수년 만에": the span's start
    counted: list[TimeMention] = []
    undated = bool(vague)
    for time in times:
        found = _SO_LONG.search(time.text)
        noun = counted_from(text, time.start) if found else None
        types = rules()["after_so_long"].get(noun, []) if noun else []
        earlier = [e for e in result.events if e.type in types]
        amount = w.korean_number(found["n"]) if found is not None else None
        if found is not None and earlier and amount is not None:
            own = [e for e in earlier if who & {p.entity for p in e.participants}]
            interval = _shifted((own or earlier)[-1], amount, w.KO_UNITS[found["u"]], anchor)
            time = replace(time, interval=interval)
        elif found is not None and amount is None:
            time = replace(time, interval=None)  # a count no number reads
        undated = undated or (found is not None and time.interval is None)
        counted.append(time)
    return counted, undated


def _counted(end: int, times: list[TimeMention]) -> bool:
    """Whether a time expression "…만에" ending at ``end`` counts the span ("3년 만에", "석 달 만에")."""
    return any(t.end == end and _SO_LONG.search(t.text) for t in times)


def _shifted(event: Event, amount: int, unit: str, anchor: date | None) -> Interval | None:
    """The event's time moved ``amount`` units, widened to whole units; none past the publication ``anchor``."""
    if event.time is None:
        return None
    first, _ = cal.unit_at(cal.shift(event.time.earliest, amount, unit), unit)
    last, _ = cal.unit_at(cal.shift(event.time.latest, amount, unit), unit)
    if anchor is not None and first.earliest > anchor:
        return None
    return first if first == last else Interval(first.earliest, last.latest, "range")


def dates_for_clock_times(result: Extraction) -> None:
    """ "군사분계선을 넘은 것이 오후 3시15분이었다": a clock time with no day takes the day of the same
    person's event of the same type told before it in the document."""
    for index, event in enumerate(result.events):
        if event.time is not None or "clock" not in event.attributes:
            continue
        who = {p.entity for p in event.participants}
        for earlier in reversed(result.events[:index]):
            if (
                earlier.type == event.type
                and earlier.time is not None
                and who & {p.entity for p in earlier.participants}
            ):
                event.time = earlier.time
                event.place = event.place or earlier.place
                break

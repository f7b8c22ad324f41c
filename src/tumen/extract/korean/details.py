"""What a Korean clause says about its event: how many people (최소 406명, 270여명), at what age (열세 살 때),
at what time of day (오후 3시31분께), after what (시위가 있은 뒤), and what it corrects ("13살이 아닌 20살")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from tumen.extract.time import words as w
from tumen.extract.time.calendar import add_years
from tumen.extract.types import TimeMention
from tumen.model import Interval

from .vocabulary import rules

_NATIVE_TENS = w.alternation(w.KO_NATIVE_TENS)
_NATIVE_UNITS = w.alternation(w.KO_NATIVE_UNITS)
# "13살", "19세", "열세 살", "열 세살", "스무 살": the number may be split by a space inside it.
_AGE = re.compile(
    rf"(?<![\d가-힣])(?P<n>\d{{1,3}}|{_NATIVE_TENS}(?:\s?{_NATIVE_UNITS})?|{_NATIVE_UNITS})\s?(?:살|세)(?![가-힣]{{2}})"
)
_AGE_AT = re.compile(r"\s?(?:때|무렵|이던|였던|의 나이|의 일)")
_AFTER = re.compile(r"(?:은|한|된|난|진|운|던|있은)\s(?:뒤|후|다음)(?:에|에는)?\s")
# A duration up to now: "17년 동안 … 찾아다니고 있는", "10년째 … 기다려 왔다" (within the clause after it).
_LASTING = re.compile(r"\s?(?:동안|간|째)[^.!?\"”]{0,40}?(?:고\s?있|[어아여해]\s?왔)")
# After a duration, what makes it no term of a sentence: "탈북 2년 만에" (after), "2년 동안" (during), "2년째".
_NOT_TERM = re.compile(r"\s?(?:만|동안|간|째|전|후|뒤|이상|넘게)(?:에|에는|의)?(?![가-힣])")
_CORRECTION = re.compile(r"(?:이|가)\s(?:아닌|아니라)\s")
_VAGUE_COUNT = re.compile(r"(?<![가-힣])(?:수|몇|여러)\s?(?:십|백|천|만)?\s?명")
_CLOCK_VALUE = re.compile(r"T(\d\d):(\d\d)")
_RETRACTION = re.compile(r"(?:이번에는\s)?그\s?(?:사건|일)(?:은|이|도)\s")


@dataclass(frozen=True)
class Count:
    start: int
    end: int
    number: int
    qualifier: str | None


@dataclass(frozen=True)
class Age:
    start: int
    end: int
    age: int
    at_event: bool  # followed by 때 ("13살 때")


@cache
def _count_pattern() -> re.Pattern[str]:
    table, tallies = rules()["count_qualifiers"], rules()["tallies"]
    before = w.alternation(table["before"])
    after = w.alternation(table["after"])
    units, vague = w.alternation(list(tallies["units"])), w.alternation(list(tallies["vague"]))
    odd = re.escape(table["odd"])
    # "3천여 명", "1만5000명", "1만 5000명": a digit count may take units, and a second part after one
    return re.compile(
        rf"(?:(?P<pre>{before})\s?)?(?<![\d,])(?:(?P<vague>{vague})|(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{_NATIVE_TENS}|"
        rf"(?:{_NATIVE_UNITS}))(?:\s?(?P<unit>{units})(?:\s?(?P<n2>\d+)\s?(?P<unit2>{units})?)?)?)"
        rf"\s?(?P<odd>{odd})?\s?명(?:\s?(?P<post>{after}))?"
    )


def counts(text: str, start: int, end: int, vague: bool = False) -> list[Count]:
    """The counts of people in start..end; with ``vague`` also "수천 명" (about 1000, ``tallies.vague``)."""
    table, tallies = rules()["count_qualifiers"], rules()["tallies"]
    found = []
    for match in _count_pattern().finditer(text, start, end):
        if match.start() > start and re.match(r"[가-힣]", text[match.start() - 1]) and not match["pre"]:
            continue  # part of a word
        qualifier = None
        if match["vague"]:
            if not vague:
                continue
            number: int | None = int(tallies["vague"][match["vague"]])
            qualifier = "about"
        elif match["unit"]:
            if not match["n"][0].isdigit():
                continue
            number = int(match["n"].replace(",", "")) * int(tallies["units"][match["unit"]])
            if match["n2"]:
                number += int(match["n2"]) * int(tallies["units"].get(match["unit2"] or "", 1))
        else:
            number = w.korean_number(match["n"].replace(",", ""))
        if number is None or number <= 1:
            continue  # "한 명": one person, named or described elsewhere
        if match["pre"]:
            qualifier = table["before"][match["pre"]] or qualifier
        if match["odd"]:
            qualifier = table["odd_qualifier"]
        elif match["post"]:
            qualifier = table["after"][match["post"]]
        found.append(Count(match.start(), match.end(), number, qualifier))
    return found


def vague_count(text: str, start: int, end: int) -> bool:
    """ "수백 명", "수십 명", "여러 명", "몇 명": many people, no number."""
    return _VAGUE_COUNT.search(text, start, end) is not None


def ages(text: str, start: int, end: int) -> list[Age]:
    found = []
    for match in _AGE.finditer(text, start, end):
        age = w.korean_number(re.sub(r"\s", "", match["n"]))
        if age is None or not 0 < age < 120:
            continue
        at_event = bool(_AGE_AT.match(text, match.end()))
        found.append(Age(match.start(), match.end(), age, at_event))
    return found


@cache
def _clock_hedges() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(hedge after the time, hedge before it): "3시31분께", "약 3시"."""
    after = w.alternation(rules()["clock_hedges_after"])
    before = w.alternation(rules()["clock_hedges_before"])
    return re.compile(rf"\s?(?:{after})"), re.compile(rf"(?:{before})\s?$")


def clock(text: str, time: TimeMention) -> tuple[str, bool] | None:
    """ "HH:MM" of a TIME expression and whether it is hedged (께, 쯤, 경, 약)."""
    found = _CLOCK_VALUE.search(time.value)
    if found is None:
        return None
    after, before = _clock_hedges()
    hedged = bool(after.match(text[time.end : time.end + 3])) or bool(
        before.search(text[max(0, time.start - 4) : time.start])
    )
    return f"{found.group(1)}:{found.group(2)}", hedged


def after_then(text: str, time: TimeMention, trigger_start: int, anchor: date | None) -> Interval | None:
    """ "2024년 1월 … 시위가 있은 뒤 송환된": the event follows the time, up to the publication date."""
    if time.interval is None or anchor is None or anchor <= time.interval.latest:
        return None
    if _AFTER.search(text, time.end, trigger_start) is None:
        return None
    return Interval(time.interval.earliest, anchor, "range")


def corrections(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Positions of "A가/이 아닌 B" and "A가 아니라 B" in start..end: (end of A, start of B's search)."""
    return [(m.start(), m.end()) for m in _CORRECTION.finditer(text, start, end)]


def retraction(text: str, start: int, end: int) -> int | None:
    """Where "그 사건은 …" (what an account now says of the same incident) starts in start..end."""
    found = _RETRACTION.search(text, start, end)
    return found.end() if found else None


def lasting(text: str, time: TimeMention, anchor: date | None) -> TimeMention | None:
    """ "17년 동안 … 찾아다니고 있는" (told in a report of 2023): a state lasting up to publication, begun 17 to
    18 years before it — the reference time of the story after it, as in English ("has been looking for her
    for 17 years")."""
    years = re.fullmatch(r"P(\d+)Y", time.value)
    if time.kind != "DURATION" or years is None or anchor is None or not _LASTING.match(text, time.end):
        return None
    n = int(years.group(1))
    try:
        start = add_years(anchor, -(n + 1)) + timedelta(days=1)
        return replace(time, interval=Interval(start, add_years(anchor, -n), "range"))
    except (ValueError, OverflowError):
        return None


def term(text: str, durations: list[TimeMention]) -> str | None:
    """The term of a sentence its clause tells (``durations``: the clause's, up to its trigger, in text order):
    "노동교화형 2년을 선고받았다" (P2Y), "징역 1년 6개월" (P18M, the last years and months told together) — not
    a time since or during ("탈북 2년 만에")."""
    run: list[TimeMention] = []
    for duration in durations:
        if _NOT_TERM.match(text, duration.end):
            run = []
        elif run and duration.start - run[-1].end <= 1:
            run.append(duration)
        else:
            run = [duration]
    if not run:
        return None
    if len(run) == 1:
        return run[0].value
    months = 0
    for duration in run:
        found = re.fullmatch(r"P(\d+)([YM])", duration.value or "")
        if found is None:
            return run[-1].value
        months += int(found[1]) * (12 if found[2] == "Y" else 1)
    return f"P{months}M"

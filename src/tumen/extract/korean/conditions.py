"""What a Korean trigger of korean_events.yaml needs besides its words (docs/extraction.md, "Korean"): a
``context`` its clause or text must tell — ``flight``, where a flight goes from or to ("중국으로 도망쳤다"; not
"범행 후 도망갔다"), ``parting``, a flight or a long parting told ("탈북한 뒤 아들과 헤어졌다"; not "공항에서 가족과
헤어진 뒤"), ``dated``, a year or a route its clause tells ("2015년 탈북한 한바다 씨는", "두만강을 건너 탈북한
한바다 씨는") — and a ``subject`` it may befall: ``person``, someone, not a thing ("주도권이 중국으로 넘어갔다"), and
``escapee``, one called an escapee or told to have crossed or escaped ("탈북민 한바다 씨는 한국에 도착했다"; not "편지는
한국에 도착했다")."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, TypeVar

from tumen.extract.types import Extraction

from .text import Clause, clause_of
from .vocabulary import Trigger, korean_events, names_of_kind, rules

T = TypeVar("T", bound=tuple[re.Match[str], str, Any, Any])
_ESCAPED = ("border_crossing", "escape")  # what makes someone an escapee


@cache
def _flight() -> re.Pattern[str]:
    table = korean_events()["flight_context"]
    words = "|".join(map(re.escape, sorted([*table["words"], *names_of_kind("country")], key=len, reverse=True)))
    particles = "|".join(map(re.escape, table["particles"]))
    return re.compile(rf"(?<![가-힣])(?:{words})(?:{particles})(?![가-힣])")


@cache
def _parting() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = korean_events()
    return re.compile("|".join(map(re.escape, table["parting_context"]))), re.compile(table["long_parting"])


@cache
def _escapee() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, korean_events()["escapee_words"])))


def in_context(text: str, trigger: Trigger, sentence: tuple[int, int], match: re.Match[str]) -> bool:
    """Whether the trigger's clause and the rest of its sentence (``flight``), or its sentence and the text before
    (``parting``), tells what it needs; True for a trigger that needs nothing."""
    if trigger.context == "flight":  # "2015년 중국으로 도망쳤다", "북한에서 도망쳐 나왔다", "도망친 뒤 중국에서"
        clause = clause_of(text, sentence, (match.start(), match.end()))
        return bool(_flight().search(text, clause.start, sentence[1]))
    if trigger.context == "dated":  # "2015년 탈북한 한바다 씨는": a dated crossing, not only a name for an escapee
        clause = clause_of(text, sentence, (match.start(), match.end()))  # "두만강을 건너 탈북한": a route told
        told = (korean_events()[key] for key in ("dated_context", "route_context"))
        return any(re.search(pattern, text[clause.start : match.start()]) for pattern in told)
    if trigger.context == "parting":  # "탈북한 뒤 아들과 헤어졌다", "그 뒤로 한 번도 딸을 만나지 못했다"
        flight, long_parting = _parting()
        return bool(flight.search(text, 0, sentence[1]) or long_parting.search(text, *sentence))
    return True


def last_of_chains(text: str, triggers: list[T]) -> list[T]:
    """The triggers (in order) without one another of its type follows right after, its words chained to it: "두만강을
    건너 탈북한 한바다 씨는" tells one crossing, the second trigger's (its participant the one it describes)."""
    return [
        t
        for t, after in zip(triggers, [*triggers[1:], None], strict=False)
        if after is None or after[1] != t[1] or text[t[0].end() : after[0].start()].strip()
    ]


def fits_subject(
    text: str, result: Extraction, clause: Clause, trigger: tuple[int, Trigger], who: list[tuple[str, str]]
) -> bool:
    """Whether the trigger's subject (``who``: its participants found) is of the kind it needs: for ``person``
    someone at all, for ``escapee`` one called so in the sentence before the trigger (``escapee_words``; or a flight
    told there, ``parting_context``: a route through China, or ``escape_signs``: a route, a broker), one the text
    calls so by their name (:func:`_called_escapee`) or one of the text's crossings or escapes told before."""
    start, how = trigger
    if how.subject == "person":
        return bool(who)
    if how.subject == "escapee":
        before = _others_escapees_blanked(text, result, clause.sentence_start, start)
        if any(p.search(before) for p in (_escapee(), _parting()[0], _escape_signs())):
            return True  # "탈북민 한바다 씨는", "라오스와 태국을 거쳐", "브로커를 통해": an escapee, a flight's route
        escaped = {p.entity for e in result.events if e.type in _ESCAPED for p in e.participants if p.entity}
        return any(p in escaped or _called_escapee(text, result, p) for p, _role in who)
    return True


def _others_escapees_blanked(text: str, result: Extraction, start: int, end: int) -> str:
    """``text[start:end]`` with each escapee word blanked that does not call the subject an escapee: one neither
    before a subject particle or copula ("탈북민들은", "탈북민인", ``escapee_self_after``) nor before a person's
    name ("탈북민 한바다 씨는") — an object or a modifier ("탈북민 면담을 위해", "탈북민 지원 단체"): no sign of
    the subject's own flight."""
    names = {m.start for e in result.entities if e.kind == "person" for m in e.mentions}
    kept = list(text[start:end])
    for found in _escapee().finditer(text, start, end):
        after = _self_after().match(text, found.end())
        if after is not None and (after.group("particle") or after.end() in names):
            continue
        kept[found.start() - start : found.end() - start] = " " * (found.end() - found.start())
    return "".join(kept)


@cache
def _self_after() -> re.Pattern[str]:
    particles = "|".join(map(re.escape, korean_events()["escapee_self_after"]))
    return re.compile(rf"들?(?:(?P<particle>(?:{particles})(?![가-힣]))|\s?(?:출신\s)?)")


@cache
def _escapee_named() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = korean_events()
    words = "|".join(map(re.escape, table["escapee_words"]))
    copulas = "|".join(map(re.escape, table["escapee_copulas"]))
    return re.compile(rf"(?:{words})\s?$"), re.compile(rf"\s?(?:씨|양|군)?(?:은|는|이|가)\s(?:{words})(?:{copulas})")


@cache
def _escape_signs() -> re.Pattern[str]:
    return re.compile("|".join(korean_events()["escape_signs"]))


def _called_escapee(text: str, result: Extraction, person: str) -> bool:
    """Whether the text calls ``person`` an escapee anywhere: before their name ("입국한 탈북민 한바다 씨는") or by
    a copula ("한바다 씨는 탈북민이다", ``escapee_copulas``)."""
    before, copula = _escapee_named()
    return any(
        before.search(text, max(0, m.start - 12), m.start) or copula.match(text, m.end)
        for m in result.entity(person).mentions
    )


def without_custody_places(result: Extraction, who: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``who`` without a custody place taken for a name ("구류장을 도망친 뒤": the place fled, no one)."""
    return [(p, r) for p, r in who if p is None or result.entity(p).name not in _custody_places()]


@cache
def _custody_places() -> frozenset[str]:
    return frozenset(rules()["custody_places"])

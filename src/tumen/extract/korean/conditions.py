"""What a Korean trigger of korean_events.yaml needs besides its words (docs/extraction.md, "Korean"): a
``context`` its clause or text must tell — ``flight``, where a flight goes from or to ("중국으로 도망쳤다"; not
"범행 후 도망갔다"), ``parting``, a flight or a long parting told ("탈북한 뒤 아들과 헤어졌다"; not "공항에서 가족과
헤어진 뒤"), ``dated``, a date the time recogniser finds in its clause or a route it tells ("2015년 탈북한
한바다 씨는", "지난해 탈북한", "두만강을 건너 탈북한 한바다 씨는") — and a ``subject`` it may befall: ``person``,
someone, not a thing ("주도권이 중국으로 넘어갔다"), ``described``, the one named right after the adnominal trigger
("탈북한 한바다 씨는"; not "탈북한 가족의 이야기"), and
``escapee``, one called an escapee or told to have crossed or escaped ("탈북민 한바다 씨는 한국에 도착했다"; not "편지는
한국에 도착했다")."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any, TypeVar

from tumen.extract.time import find_times
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
        clause = clause_of(text, sentence, (match.start(), match.end()))
        if re.search(korean_events()["route_context"], text[clause.start : match.start()]):
            return True  # "두만강을 건너 탈북한": a route told
        return any(clause.start <= at and end <= match.start() for at, end in _dates(text))
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
    someone at all, for ``described`` the one it describes (:func:`_described`), for ``escapee`` someone not named
    only as an object ("김민수 씨를 만나기 위해") called so in the sentence before the trigger (``escapee_words``; or
    a flight told there, ``parting_context``: a route through China, or ``escape_signs``: a route through a country
    of flight, a broker as the means), one the text calls so by their name (:func:`_called_escapee`) or one of the
    text's crossings or escapes told before."""
    start, how = trigger
    if how.subject == "person":
        return bool(who)
    if how.subject == "described":
        return _described(text, result, (start, how), who)
    if how.subject == "escapee":
        names = _person_mentions(result)
        span = clause.sentence_start, start
        who = [(p, r) for p, r in who if not _only_object(text, names, span, p)]
        if not who:
            return False  # "한바다 기자는 브로커를 취재하기 위해 …": no one found whom it befalls
        before = _others_escapees_blanked(text, names, span, who)
        if any(p.search(before) for p in (_escapee(), _parting()[0], _escape_signs())):
            return True  # "탈북민 한바다 씨는", "라오스와 태국을 거쳐", "브로커를 통해": an escapee, a flight's route
        escaped = {p.entity for e in result.events if e.type in _ESCAPED for p in e.participants if p.entity}
        return any(p in escaped or _called_escapee(text, result, p) for p, _role in who)
    return True


def _described(text: str, result: Extraction, trigger: tuple[int, Trigger], who: list[tuple[str, str]]) -> bool:
    """Whether one of ``who`` is the noun the adnominal trigger describes, named right after it ("2015년 탈북한
    한바다 씨는"; not "한바다 씨는 2015년 탈북한 가족의 이야기를 썼다": the family's crossing, not hers)."""
    start, how = trigger
    found = how.pattern.match(text, start)
    if found is None:
        return False
    at = found.end() + len(text[found.end() :]) - len(text[found.end() :].lstrip())
    ours = {p for p, _role in who}
    return any(m.start == at for e in result.entities if e.id in ours for m in e.mentions)


@lru_cache(maxsize=2)
def _dates(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the dates the time recogniser finds in ``text`` ("2015년", "지난해"), once per document."""
    return tuple((t.start, t.end) for t in find_times(text, None, "ko") if t.kind == "DATE")


def _only_object(text: str, names: dict[int, tuple[int, str]], span: tuple[int, int], person: str | None) -> bool:
    """Whether ``person`` is named in ``span`` only with an object particle ("탈북민 김민수 씨를 만나기 위해 …
    입국했다": one met, not one arriving)."""
    ends = [end for at, (end, who) in names.items() if who == person and span[0] <= at < span[1]]
    return bool(ends) and all(_object_after().match(text, end) for end in ends)


def _others_escapees_blanked(
    text: str, names: dict[int, tuple[int, str]], span: tuple[int, int], who: list[tuple[str, str]]
) -> str:
    """``text[start:end]`` (``span``) with each escapee word blanked that does not call the subject an escapee: one
    neither before a subject particle or copula ("탈북민들은", "탈북민인", "탈북민이라", ``escapee_self_after``) nor
    before the name of one of the trigger's participants (``who``) with no object particle after it ("탈북민 한바다
    씨는"; not "탈북민 김민수 씨를 만나기 위해 외교관 한바다 씨는") — an object or a modifier ("탈북민 면담을 위해",
    "탈북민 지원 단체"): no sign of the subject's own flight."""
    start, end = span
    ours = {entity for entity, _role in who}
    kept = list(text[start:end])
    for found in _escapee().finditer(text, start, end):
        after = _self_after().match(text, found.end())
        if after is not None and (after.group("particle") or _named_subject(text, names.get(after.end()), ours)):
            continue
        kept[found.start() - start : found.end() - start] = " " * (found.end() - found.start())
    return "".join(kept)


def _person_mentions(result: Extraction) -> dict[int, tuple[int, str]]:
    """The persons' mentions by start: (end, entity id) — built once per document, kept with the result."""
    key = len(result.entities), sum(len(e.mentions) for e in result.entities)
    kept = _MENTIONS_KEPT.get(id(result))
    if kept is None or kept[0] != key or kept[1] is not result:
        starts = {m.start: (m.end, e.id) for e in result.entities if e.kind == "person" for m in e.mentions}
        kept = _MENTIONS_KEPT[id(result)] = (key, result, starts)
        while len(_MENTIONS_KEPT) > 4:
            del _MENTIONS_KEPT[next(iter(_MENTIONS_KEPT))]
    return kept[2]


_MENTIONS_KEPT: dict[int, tuple[tuple[int, int], Extraction, dict[int, tuple[int, str]]]] = {}


def _named_subject(text: str, mention: tuple[int, str] | None, ours: set[str]) -> bool:
    """Whether ``mention`` (end, entity id) is one of the trigger's participants (``ours``) and no object: no
    object particle after its name or its honorific ("김민수 씨를": one met, not the one arriving)."""
    if mention is None or mention[1] not in ours:
        return False
    return _object_after().match(text, mention[0]) is None


@cache
def _object_after() -> re.Pattern[str]:
    honorifics = "|".join(map(re.escape, rules()["anonymised_honorifics"]))
    objects = "|".join(map(re.escape, korean_events()["escapee_object_particles"]))
    return re.compile(rf"(?:\s?(?:{honorifics}))?(?:{objects})(?![가-힣])")


@cache
def _self_after() -> re.Pattern[str]:
    """After an escapee word: a particle of its own (``particle``), or a space and perhaps an origin word before a
    name ("탈북민 출신 한바다 씨")."""
    table = korean_events()
    particles = "|".join(map(re.escape, table["escapee_self_after"]))
    origin = "|".join(map(re.escape, table["escapee_origin"]))
    return re.compile(rf"들?(?:(?P<particle>(?:{particles})(?![가-힣]))|\s(?:(?:{origin})\s)?)")


_NAME_LOOKBACK = 12  # characters before a name an escapee word may stand in ("입국한 탈북민 한바다 씨는")


@cache
def _escapee_named() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = korean_events()
    words = "|".join(map(re.escape, table["escapee_words"]))
    copulas = "|".join(map(re.escape, table["escapee_copulas"]))
    honorifics = "|".join(map(re.escape, rules()["anonymised_honorifics"]))
    subjects = "|".join(map(re.escape, rules()["kin_subject_particles"]))
    return re.compile(rf"(?:{words})\s?$"), re.compile(
        rf"\s?(?:{honorifics})?(?:{subjects})\s(?:{words})\s?(?:{copulas})"
    )


@cache
def _escape_signs() -> re.Pattern[str]:
    return re.compile("|".join(korean_events()["escape_signs"]))


def _called_escapee(text: str, result: Extraction, person: str) -> bool:
    """Whether the text calls ``person`` an escapee anywhere: before their name ("입국한 탈북민 한바다 씨는") or by
    a copula ("한바다 씨는 탈북민이다", ``escapee_copulas``)."""
    before, copula = _escapee_named()
    return any(
        before.search(text, max(0, m.start - _NAME_LOOKBACK), m.start) or copula.match(text, m.end)
        for m in result.entity(person).mentions
    )


def without_custody_places(result: Extraction, who: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``who`` without a custody place taken for a name ("구류장을 도망친 뒤": the place fled, no one)."""
    return [(p, r) for p, r in who if p is None or result.entity(p).name not in _custody_places()]


@cache
def _custody_places() -> frozenset[str]:
    return frozenset(rules()["custody_places"])

"""Story time in Korean (docs/extraction.md, "Korean"): the dates a sentence tells of its events, whether it tells
a story (the past tense, or the historical present: a date of the past of its events' own) or a statement of a
kind, and the reference time the dates of a story give the sentences after them."""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.types import TimeMention

from . import details, morph
from .claims import reported
from .event_context import Found
from .event_times import telling
from .vocabulary import korean_events

# Times that are no story time: "요즘" (these days), "당시"/"그때" (at that time: the story time already set), and
# "이번" is the time of an event either ("이번 탈북": this escape).
_NOT_REFERENCE = re.compile(r"요즘|이번|현재|지금|최근|오늘날|당시|그때")
_SSANG_SIOT = 20  # the final consonant ㅆ in a Hangul syllable (the past tense: 했, 됐, 었)


@cache
def _generic_adverb() -> re.Pattern[str]:
    words = "|".join(map(re.escape, korean_events()["generic_adverbs"]))
    return re.compile(rf"(?<![가-힣])(?:{words})(?:은|는|이|의|도)?(?![가-힣])")


def of_a_kind(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence is a present statement of a kind: in the present tense, with a word of generality
    (``generic_adverbs`` in korean_events.yaml: "중국에서 붙잡힌 여성들은 대부분 북송된다")."""
    return not past(text, sentence) and bool(_generic_adverb().search(text, *sentence))


def told_dates(text: str, found: Found, sentence: tuple[int, int], triggers: list[int]) -> list[TimeMention]:
    """The times a sentence tells of its events (not that of a telling, not "요즘"); in the present tense only the
    dates of its events' own clauses — not one of a noun a verb that is no event describes ("2015년 발표된
    보고서에 따르면 …", its triggers starting at ``triggers``) — and none in a statement of a kind
    (:func:`of_a_kind`). Read once per sentence, kept in ``found.told``."""
    told = [
        t
        for t in found.times_in(*sentence)
        if t.interval is not None and not telling(text, found, t) and not _NOT_REFERENCE.search(t.text)
    ]
    if not told or past(text, sentence):
        return told
    if of_a_kind(text, sentence):
        return []
    return [t for t in told if not _of_a_noun(text, triggers, t.end, sentence[1])]


def _of_a_noun(text: str, triggers: list[int], start: int, end: int) -> bool:
    """Whether the first verb after ``start`` is an adnominal one that is no trigger of the sentence (those
    starting at ``triggers``): the time before it dates the noun it describes."""
    ending = morph.first_ending(text, start, end)
    if ending is None or ending[1] != "ETM":
        return False
    word = text.rfind(" ", start, ending[0] - 1) + 1 or start
    return not any(word <= at < ending[0] for at in triggers)


def set_reference(text: str, found: Found, sentence: tuple[int, int]) -> None:
    """Story time: the last date a sentence tells (``found.told``: :func:`told_dates`) is the reference time of
    the sentences after it, until another date replaces it."""
    told = found.told
    if told and (past(text, sentence) or of_the_past(found, told[-1])):
        found.reference[:] = [told[-1]]
        return
    lasting = [since for t in found.times_in(*sentence) if (since := details.lasting(text, t, found.anchor))]
    if lasting:  # a state lasting up to now: the story before it begins when it began
        found.reference[:] = lasting[-1:]


def narrative(text: str, found: Found, sentence: tuple[int, int]) -> bool:
    """Whether the sentence tells a story: in the past tense, or in the present with a time of the past of its
    events' own (``found.told``) — the historical present ("2015년 중국에서 붙잡힌 남성은 이듬해 북송된다"), not a
    present statement of a kind ("중국에서 붙잡힌 여성들은 대부분 강제북송된다", "2015년 이후 …": a span up to now)."""
    return past(text, sentence) or any(of_the_past(found, t) for t in found.told)


@cache
def _present_word() -> re.Pattern[str]:
    words = "|".join(map(re.escape, korean_events()["present_words"]))
    return re.compile(rf"(?<![가-힣])(?:{words})")


def narrative_at(text: str, found: Found, sentence: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Whether a trigger in the historical present ("건넌다") tells of an event: in a past-tense sentence, unless a
    complement a verb of saying reports ("국경을 건넌다고 … 밝혔다": the present of its own, a general statement),
    else with a date of the past in its own clause — after the last connective ending before it
    (``clause_connectives``: "2015년에 결혼했는데, 요즘 많은 사람들이 탈북한다": the date is the marriage's) and with
    no word of the present there (``present_words``: "지금도 많은 사람이 탈북한다")."""
    start, end = trigger
    if past(text, sentence) and not reported(text, end, sentence[1]):
        return True
    connectives = korean_events()["clause_connectives"]
    ends = [at for at, form in morph.connective_endings(text, sentence[0], start) if form in connectives]
    own = max(ends, default=sentence[0])
    if _present_word().search(text, own, start):
        return False
    return any(own <= t.start < start and of_the_past(found, t) for t in found.told)


def of_the_past(found: Found, time: TimeMention) -> bool:
    """Whether ``time`` is a date (a year, a month, a day) before the text was written."""
    interval = time.interval
    return (
        time.kind == "DATE"
        and interval is not None
        and interval.precision != "range"
        and found.anchor is not None
        and interval.latest < found.anchor
    )


def past(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence tells of the past: a past-tense syllable (its final consonant ㅆ: 했, 됐, 었)
    near its end ("…에 넘었다", "…했다고 말했다"), not a present statement ("북한의 6월 날씨다")."""
    tail = text[max(sentence[0], sentence[1] - 8) : sentence[1]]
    return any("가" <= c <= "힣" and (ord(c) - 0xAC00) % 28 == _SSANG_SIOT for c in tail)

"""Korean counts of people told as statistics (docs/extraction.md, "Korean", *A count of people is a statistic*):
"한국에 입국한 탈북민은 3만 명이 넘는다", "최근 10년간 탈북민 3천여 명이 강제북송됐다" — an aggregate of the
trigger's event type, with what is counted, the count, its qualifier and period, and no event; as the English
tallies (:mod:`tumen.extract.tallies`), a dated simple past ("지난해 탈북민 200여 명이 강제북송됐다") stays an event
of a group, and a count with someone named or definite, or a doer, stays an occasion."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any, NamedTuple

from tumen.extract.types import Aggregate, Evidence, Extraction

from .agents import state_agent_subject
from .details import Count, counts
from .mentions import Mentions
from .modality import denied
from .participants import persons_in
from .vocabulary import adnominal_ending, rules


@cache
def _table() -> dict[str, Any]:
    return dict(rules()["tallies"])


def _any(words: list[str]) -> str:
    return "|".join(words)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    table = _table()
    adnominal = adnominal_ending()
    return {
        "reach": re.compile(rf"\s?(?:{_any(table['reach_particles'])})?\s?(?P<verb>{_any(table['reach'])})"),
        "subject": re.compile(rf"\s?(?:{_any(table['subject_particles'])})(?![가-힣])"),
        "period": re.compile(rf"(?<![가-힣\d])(?:{_any(table['open_periods'])})"),
        "habitual": re.compile(_any(table["habitual_periods"])),
        "closed": re.compile(rf"(?<![가-힣\d])(?:{_any(table['closed_periods'])})"),
        "doer": re.compile(table["doer_subject"]),
        "definite": re.compile(rf"(?<![가-힣])(?:{_any(table['definite'])})\s[가-힣]+\s?$"),
        "by": re.compile(_any(table["doer_marks"])),
        "adnominal": re.compile(rf"(?:{adnominal})$"),
        # a word describing the noun after it, or one marked as a subject or object: no adverbial of the trigger
        "not_adverbial": re.compile(rf"(?:{adnominal}|을|를|이|가|은|는)$"),
        "noun": re.compile(rf"([가-힣]+?)(?:{table['plural']})?(?:{_any(table['noun_particles'])})?\s?$"),
        "of": re.compile(rf"([가-힣]+?)(?:{table['plural']})?의\s?$"),
        "named": re.compile(
            rf"\s?(?:(?:{_any(table['named_titles'])})(?![가-힣]))?\s?(?:{_any(table['named_with'])})?"
            rf"(?:\s[가-힣]+)?\s?$"
        ),
    }


def _named_in(text: str, mentions: Mentions, sentence: tuple[int, int], count: Count) -> bool:
    """ "한바다 씨 등 탈북민 50명": someone named in the count's own phrase (not in another clause)."""
    return any(
        m_end <= count.start and _patterns()["named"].fullmatch(text, m_end, count.start)
        for _start, m_end, _id in persons_in(mentions, *sentence)
    )


def _own_subject(text: str, count_end: int, start: int) -> bool:
    """ "탈북민 3천여 명이 최근 10년간 강제북송됐다": the count is the trigger's subject — only adverbials between
    them, no word describing another noun ("수천 명이 모인 집회에서 …") and no other subject or object."""
    particle = _patterns()["subject"].match(text, count_end)
    if particle is None or particle.end() > start:
        return False
    return not any(_patterns()["not_adverbial"].search(word) for word in text[particle.end() : start].split())


def _period(text: str, sentence: tuple[int, int], start: int) -> re.Match[str] | None:
    """An open period of the trigger: one inside a clause describing a noun ("그동안 체포된 주민 30명이
    풀려났다") is that clause's, not the trigger's."""
    for period in _patterns()["period"].finditer(text, *sentence):
        if period.end() > start:
            return period
        words = text[period.end() : start].split()[:-1]
        if not any(_patterns()["adnominal"].search(word) for word in words):
            return period
    return None


class _Sentence(NamedTuple):
    """What a sentence tells every trigger in it: whether it names a doer, its closed period, and its counts
    reaching ``least``."""

    doer: bool
    closed: re.Match[str] | None
    counts: tuple[Count, ...]


@lru_cache(maxsize=16)
def _sentence(text: str, s_start: int, s_end: int) -> _Sentence:
    p, least = _patterns(), int(_table()["least"])
    # "경찰이 시위대 30명을 체포했다": an organ of a state as a subject is a doer
    doer = bool(p["by"].search(text, s_start, s_end) or state_agent_subject().search(text, s_start, s_end))
    # "탈북민 5명이", "체포된 주민은 3명이다": a group at an occasion
    found = tuple(count for count in counts(text, s_start, s_end, vague=True) if count.number >= least)
    return _Sentence(doer, p["closed"].search(text, s_start, s_end), found)


def tallied(
    text: str,
    result: Extraction,
    mentions: Mentions,
    sentence: tuple[int, int],
    trigger: tuple[int, int, str],
    witness: str | None,
    habitual: bool = False,
) -> bool:
    """Whether the trigger (start, end, event type) counts people as a statistic; if so its aggregate is added. In a
    present statement of a kind (``habitual``) only a count over a period of ``habitual_periods`` ("매년 수천 명이
    탈북한다": every year) is one."""
    s_start, s_end = sentence
    start, end, event_type = trigger
    p, table = _patterns(), _table()
    told = _sentence(text, s_start, s_end)
    if told.doer or not told.counts:
        return False  # a doer: an occasion; or no count reaching ``least``
    if denied(text, start, min(s_end, end + 8)):
        return False  # "수천 명이 지금까지 풀려나지 못했다": no statistic of what did not happen
    period = _period(text, sentence, start)
    if habitual and (period is None or not p["habitual"].fullmatch(period.group(0))):
        return False  # "중국에서 붙잡힌 수천 명은 대부분 북송된다": most of them, no count of a period
    closed = told.closed
    dated = [t for t in result.times if s_start <= t.start < s_end and t.kind in ("DATE", "TIME")]
    word_end = text.find(" ", end, s_end)
    for count in told.counts:
        if _named_in(text, mentions, sentence, count):
            return False  # "한바다 씨 등 탈북민 50명": someone named, an occasion
        reach = p["reach"].match(text, count.end)
        if count.start > end and reach and p["adnominal"].search(text, start, word_end if word_end > 0 else end):
            # "입국한 탈북민은 3만 명이 넘는다": the trigger describes what the count reaches
            if p["doer"].search(text, s_start, start):
                return False  # "중국 당국이 지난해 북송한 탈북민은 …": the count is a doer's deed
            what = p["noun"].search(text, word_end, count.start) if word_end > 0 else None
            if what and what.group(1) in table["number_of"]:
                what = p["of"].search(text, word_end, what.start())  # "탈북민의 수는 300명이다"
            qualifier = count.qualifier
            for stem, said in table["reach_qualifiers"].items():
                qualifier = said if reach["verb"].startswith(stem) else qualifier
            label = next((m.group(0) for m in (closed, period) if m), dated[0].text if dated else None)
            return _add(text, result, (what, count, qualifier, label), (s_start, s_end, event_type), witness)
        if count.end > start or not _own_subject(text, count.end, start):
            continue
        if p["definite"].search(text, s_start, count.start):
            continue  # "그 탈북민 20명이": those
        if not period and (dated or count.number < int(table["undated_least"])):
            continue  # "2019년 5월 탈북민 20명이 체포됐다": a dated occasion (English "In May, 200 people were …")
        floor = max(s_start, count.start - 12, period.end() if period and period.end() <= count.start else 0)
        what = p["noun"].search(text, floor, count.start)
        label = period.group(0) if period else None
        return _add(text, result, (what, count, count.qualifier, label), (s_start, s_end, event_type), witness)
    return False


def _add(
    text: str,
    result: Extraction,
    said: tuple[re.Match[str] | None, Count, str | None, str | None],
    where: tuple[int, int, str],
    witness: str | None,
) -> bool:
    what, count, qualifier, period = said
    start, end, event_type = where
    noun = what.group(1) if what and what.group(1) else str(_table()["someone"])
    evidence = Evidence(start, end, text[start:end].strip(), witness)
    if not any(a.evidence.start == start and a.type == event_type for a in result.aggregates):
        result.aggregates.append(Aggregate(noun, count.number, qualifier, period, evidence, event_type))
    return True


def habitual_tallies(
    text: str,
    result: Extraction,
    mentions: Mentions,
    sentence: tuple[int, int],
    spans: list[tuple[int, int, str]],
    witness: str | None,
) -> None:
    """ "매년 수천 명이 탈북한다", "해마다 수백 명이 강제북송된다": a present statement of a kind tells no event, but a
    count over a habitual period in it is a statistic (``habitual``): the first of the verb triggers' ``spans``
    (start, end, event type) that tallies one."""
    for span in spans:
        if tallied(text, result, mentions, sentence, span, witness, habitual=True):
            return

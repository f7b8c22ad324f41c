"""Korean counts of people told as statistics (docs/extraction.md, "Korean", *A count of people is a statistic*):
"한국에 입국한 탈북민은 3만 명이 넘는다", "최근 10년간 탈북민 3천여 명이 강제북송됐다" — an aggregate of the
trigger's event type, with what is counted, the count, its qualifier and period, and no event; as the English
tallies (:mod:`tumen.extract.tallies`), a dated simple past ("지난해 탈북민 200여 명이 강제북송됐다") stays an event
of a group, and a count with someone named or definite, or a doer, stays an occasion."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from tumen.extract.time import words as w
from tumen.extract.types import Aggregate, Evidence, Extraction

from .mentions import Mentions
from .participants import persons_in
from .vocabulary import adnominal_ending, rules

_SUBJECT = r"(?:이|가|은|는|도)(?![가-힣])"


@dataclass(frozen=True)
class _Count:
    start: int
    end: int
    number: int
    qualifier: str | None


def _table() -> dict[str, Any]:
    return dict(rules()["tallies"])


@cache
def _count() -> re.Pattern[str]:
    table, qualifiers = _table(), rules()["count_qualifiers"]
    units = w.alternation(list(table["units"]))
    vague = w.alternation(list(table["vague"]))
    before, after = w.alternation(qualifiers["before"]), w.alternation(qualifiers["after"])
    return re.compile(
        rf"(?:(?P<pre>{before})\s?)?(?<![\d,가-힣])(?:(?P<vague>{vague})|(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+)"
        rf"\s?(?P<unit>{units})?(?:\s?(?P<n2>\d+)\s?(?P<unit2>{units}))?)\s?(?P<odd>여)?\s?명"
        rf"(?:\s?(?P<post>{after}))?"
    )


def _counts(text: str, start: int, end: int) -> list[_Count]:
    table, qualifiers = _table(), rules()["count_qualifiers"]
    found = []
    for m in _count().finditer(text, start, end):
        if m["vague"]:
            number, qualifier = int(table["vague"][m["vague"]]), "about"
        else:
            number = int(m["n"].replace(",", "")) * int(table["units"].get(m["unit"] or "", 1))
            if m["n2"]:
                number += int(m["n2"]) * int(table["units"][m["unit2"]])
            qualifier = None
        if m["pre"]:
            qualifier = qualifiers["before"][m["pre"]] or qualifier
        if m["odd"]:
            qualifier = qualifiers["odd_qualifier"]
        if m["post"]:
            qualifier = qualifiers["after"][m["post"]]
        found.append(_Count(m.start(), m.end(), number, qualifier))
    return found


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    table = _table()
    return {
        "reach": re.compile(rf"\s?(?:이|가|에|을|를)?\s?(?P<verb>{'|'.join(table['reach'])})"),
        "period": re.compile(rf"(?<![가-힣\d])(?:{'|'.join(table['open_periods'])})"),
        "closed": re.compile(rf"(?<![가-힣\d])(?:{'|'.join(table['closed_periods'])})"),
        "doer": re.compile(table["doer_subject"]),
        "definite": re.compile(rf"(?<![가-힣])(?:{'|'.join(table['definite'])})\s[가-힣]+\s?$"),
        "by": re.compile("|".join(table["doer_marks"])),
        "adnominal": re.compile(rf"(?:{adnominal_ending()})$"),
        "noun": re.compile(r"([가-힣]+?)(?:들)?(?:은|는|이|가)?\s?$"),
    }


def tallied(
    text: str,
    result: Extraction,
    mentions: Mentions,
    sentence: tuple[int, int],
    trigger: tuple[int, int, str],
    witness: str | None,
) -> bool:
    """Whether the trigger (start, end, event type) counts people as a statistic; if so its aggregate is added."""
    s_start, s_end = sentence
    start, end, event_type = trigger
    p = _patterns()
    if persons_in(mentions, s_start, s_end) or p["by"].search(text, s_start, s_end):
        return False  # someone named, or a doer: an occasion
    period = p["period"].search(text, s_start, s_end)
    closed = p["closed"].search(text, s_start, s_end)
    dated = [t for t in result.times if s_start <= t.start < s_end and t.kind in ("DATE", "TIME")]
    word_end = text.find(" ", end, s_end)
    for count in _counts(text, s_start, s_end):
        if count.number < int(_table()["least"]):
            continue  # "탈북민 5명이", "체포된 주민은 3명이다": a group at an occasion
        reach = p["reach"].match(text, count.end)
        if count.start > end and reach and p["adnominal"].search(text, start, word_end if word_end > 0 else end):
            # "입국한 탈북민은 3만 명이 넘는다": the trigger describes what the count reaches
            if p["doer"].search(text, s_start, start):
                return False  # "중국 당국이 지난해 북송한 탈북민은 …": the count is a doer's deed
            what = p["noun"].search(text, word_end, count.start) if word_end > 0 else None
            qualifier = count.qualifier
            for stem, said in _table()["reach_qualifiers"].items():
                qualifier = said if reach["verb"].startswith(stem) else qualifier
            label = next((m.group(0) for m in (closed, period) if m), dated[0].text if dated else None)
            return _add(text, result, (what, count, qualifier, label), (s_start, s_end, event_type), witness)
        if count.end > start or not re.match(rf"\s?{_SUBJECT}", text[count.end : count.end + 2]):
            continue
        if p["definite"].search(text, s_start, count.start):
            continue  # "그 탈북민 20명이": those
        if not period and (dated or count.number < int(_table()["undated_least"])):
            continue  # "2019년 5월 탈북민 20명이 체포됐다": a dated occasion (English "In May, 200 people were …")
        floor = max(s_start, count.start - 12, period.end() if period and period.end() <= count.start else 0)
        what = p["noun"].search(text, floor, count.start)
        label = period.group(0) if period else None
        return _add(text, result, (what, count, count.qualifier, label), (s_start, s_end, event_type), witness)
    return False


def _add(
    text: str,
    result: Extraction,
    said: tuple[re.Match[str] | None, _Count, str | None, str | None],
    where: tuple[int, int, str],
    witness: str | None,
) -> bool:
    what, count, qualifier, period = said
    start, end, event_type = where
    noun = what.group(1) if what and what.group(1) else "사람"
    evidence = Evidence(start, end, text[start:end].strip(), witness)
    if not any(a.evidence.start == start and a.type == event_type for a in result.aggregates):
        result.aggregates.append(Aggregate(noun, count.number, qualifier, period, evidence, event_type))
    return True

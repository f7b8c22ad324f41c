"""Births told in a Korean text (docs/extraction.md, "Korean"): "한바다 씨는 2001년 태어났다" and "2001년생 한바다
씨" date the person's birth (``born_verbs``, ``born_year`` of korean_rules.yaml)."""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.types import Extraction, TimeMention
from tumen.model import Interval

from .kin_phrases import kin_in
from .mentions import Mentions
from .participants import marked, persons_in
from .text import sentences
from .vocabulary import rules


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = rules()
    return re.compile(table["born_verbs"]), re.compile(table["born_year"]), re.compile(table["born_year_before"])


def find_births(text: str, result: Extraction, mentions: Mentions) -> None:
    """Date the birth of each person a birth is told of (the date intersected with what an age gave)."""
    verbs, years, before = _patterns()
    dates = [t for t in result.times if t.kind == "DATE" and t.interval is not None]
    for start, end in sentences(text):
        people = persons_in(mentions, start, end)
        for verb in verbs.finditer(text, start, end):
            told = [t for t in dates if start <= t.start and t.end <= verb.start()]
            subjects = [m for m in people if told and m[1] <= told[-1].start and marked(text, m[1]) == "subject"]
            if not subjects or kin_in(text, subjects[-1][1], verb.start()) is not None:
                continue
            if persons_in(mentions, subjects[-1][1], verb.start()):
                continue  # another person between: "한바다 씨는 김민수 씨가 2001년 태어났다고"
            _born(result, subjects[-1][2], told[-1])
        for year in years.finditer(text, start, end):
            after = [m for m in people if year.end() <= m[0] <= year.end() + 1]
            earlier = [m for m in people if m[1] <= year.start() and before.search(text, m[1], year.start())]
            owner = after[0] if after else (earlier[-1] if earlier and year.start() - earlier[-1][1] <= 5 else None)
            at = [t for t in dates if t.start == year.start()]
            if owner is not None and at:
                _born(result, owner[2], at[0])


def _born(result: Extraction, person: str, time: TimeMention) -> None:
    entity = result.entity(person)
    born: Interval | None = time.interval
    if born is None:
        return
    entity.birth = born if entity.birth is None else (entity.birth.intersect(born) or entity.birth)

"""Where things stand in a Korean text: sentences, clauses, quotations and cleft focus ("…한 곳은 X였다")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

# A clause ends at a connective ending followed by a space ("…했고 ", "…했으며 ", "…했지만 ") or a comma.
_CLAUSE_END = re.compile(r"(?:[가-힣\"”'’](?:고|며|으며|지만|는데|면서|으나),?|[가-힣][,，])\s")
# "…한 것은 / 곳은 / 시기가 / 일이 X였다": the focus X tells the time, age or place of the event before it.
_CLEFT = re.compile(
    r"[가-힣]{0,2}\s?(?:것|곳|시기|시점|때|날|시간|장소|일|사건)(?:은|는|이|가|도)\s(?P<focus>[^\"“”]{1,60}?)"
    r"(?:이었|였|이다|이라|라고|에서\s?있었|의 일)"
)
_QUOTE_PAIRS = (("'", "'"), ("‘", "’"), ("「", "」"), ("《", "》"), ("<", ">"))


@dataclass(frozen=True)
class Clause:
    """The clause of a trigger in the sentence ``start``..``end``; ``focus`` is the cleft focus after it."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int
    focus: tuple[int, int] | None = None

    @property
    def reach(self) -> int:
        """Where the clause's statements end: the end of its cleft focus, if any, else the clause end."""
        return self.focus[1] if self.focus else self.end


def sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"[.!?]\s+|\n+", text):
        end = match.start() + (1 if text[match.start()] in ".!?" else 0)
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def clause_of(text: str, sentence: tuple[int, int], trigger: tuple[int, int]) -> Clause:
    start, end = sentence
    clause_start, clause_end = start, end
    for match in _CLAUSE_END.finditer(text, start, end):
        if match.end() <= trigger[0]:
            clause_start = match.end()
        elif match.end() > trigger[1]:
            clause_end = match.end()
            break
    focus = None
    cleft = _CLEFT.match(text, trigger[1], end)
    if cleft is not None:
        focus = (cleft.start("focus"), cleft.end("focus"))
    return Clause(clause_start, clause_end, start, end, focus)


def next_clause(text: str, clause: Clause) -> tuple[int, int] | None:
    """The clause after ``clause`` in its sentence, if any."""
    if clause.end >= clause.sentence_end:
        return None
    start = clause.end
    match = _CLAUSE_END.search(text, start + 1, clause.sentence_end)
    return (start, match.end() if match else clause.sentence_end)


def quoted(text: str) -> list[tuple[int, int]]:
    """Spans between single quotes or angle brackets: titles and slogans ('14호 수용소의 탈출'), not places."""
    found: list[tuple[int, int]] = []
    for opening, closing in _QUOTE_PAIRS:
        for match in re.finditer(rf"{re.escape(opening)}[^{re.escape(closing)}\n]{{1,40}}{re.escape(closing)}", text):
            found.append((match.start(), match.end()))
    return found


class SpanSet:
    """Spans, possibly overlapping, asked whether a position lies inside one: O(log n) per question."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _end in ordered]
        self._reach: list[int] = []  # the furthest end of the spans up to each one
        furthest = -1
        for _start, end in ordered:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def __contains__(self, position: int) -> bool:
        before = bisect_right(self._starts, position)
        return before > 0 and self._reach[before - 1] > position


def inside(position: int, spans: list[tuple[int, int]] | SpanSet) -> bool:
    if isinstance(spans, SpanSet):
        return position in spans
    return any(start <= position < end for start, end in spans)


def between(items: list[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, str]]:
    """The mentions of a sorted list that start in start..end (bisected, not scanned)."""
    return items[bisect_left(items, (start,)) : bisect_left(items, (end,))]

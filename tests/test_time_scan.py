"""The trigger-window scan finds exactly what a whole-text scan finds (its speed: benchmarks/time_scan.py)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_time_korean import CASES as KOREAN_CASES
from test_time_relative_rules import RELATIVE
from test_time_rules import ABSOLUTE, DURATIONS, SETS, TIMES
from tumen.extract.time import find_ages, find_times
from tumen.extract.time.scan import Scan, trigger
from tumen.extract.time.types import _CLAUSE_ENDS, Context

ANCHOR = date(2019, 12, 10)

# Invented sentences, dense with time expressions and ages.
ENGLISH = [
    "SEOUL — A former soldier who crossed the border 16 years ago said on Monday that his brother had been "
    "detained since March 2018.",
    "The brother, then a 24-year-old factory worker, was taken from his home late at night.",
    "He was held for three months in an interrogation centre before being sent to a camp in early 2019.",
    "Two years later the family learned that he had fallen ill.",
    "One woman, Choi, 52, said she spent five years in prison and was released in the autumn of 2015.",
    "She now works at a restaurant six days a week and sends money home twice a year.",
    "They last spoke by phone on Dec. 5, when a smuggler lent the girl a handset for a few minutes.",
    "Between 2010 and 2012 more than two thousand people arrived each year.",
    "A report released last month described 14-hour days of forced labour over the past two years.",
    "The commission will present its findings next week, and a debate is scheduled for the spring.",
    "In a statement issued yesterday at 3:15 p.m. the ministry rejected the report.",
    "Analysts noted that the tone was similar to statements released in the 1990s and in the winter of 2014.",
    "He first tried to escape at the age of 19, was caught, and spent a year and a half in detention.",
    "Three months after that he crossed the frozen river at night, on 5 December 2019 at 23:40.",
    "Every year on his brother's birthday he writes a letter; recently he stopped.",
    "The hearing, first set for Jan. 19, 2020, was moved to the first half of 2020 and then to mid-2021.",
    "A teenager and a woman in her early 30s were arrested the following day, officials said Thursday.",
]
KOREAN = [
    "통일부는 10일 정례브리핑에서 지난해 12월 탈북한 김모(35)씨가 3년 전부터 조사를 받았다고 밝혔다.",
    "그는 2017년 3월 중국으로 건너갔다가 이듬해 강제북송돼 교화소 3년을 선고받았다.",
    "정부는 지난 2일부터 오는 20일까지 실태조사를 진행하며 매년 보고서를 낸다.",
    "북한은 2000년대 초반부터 국경 경비를 강화했고 올 상반기에도 단속이 이어졌다.",
    "그녀는 열일곱 살 때 어머니와 헤어졌고, 당시 10대였다. 어제 오후 3시 기자회견을 했다.",
    "그는 일주일 전 석방됐으며 사흘 뒤 다시 조사를 받았다. 최근 48세 남성도 체포됐다.",
]


def _long_text(sentences: list[str], repeat: int) -> str:
    return " ".join(sentences * repeat)


def _whole_text_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Scan, "windows", lambda self, trig: [(0, len(self.text))])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (_long_text(ENGLISH, 3), "en"),
        (" ".join(row[0] for row in ABSOLUTE + DURATIONS + SETS), "en"),
        (" ".join(row[0] for row in RELATIVE + TIMES), "en"),
        (_long_text(KOREAN, 3), "ko"),
        (" ".join(row[0] for row in KOREAN_CASES), "ko"),
    ],
)
def test_windows_find_what_a_whole_text_scan_finds(text: str, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    windowed = find_times(text, ANCHOR, language)
    ages = find_ages(text)
    assert len(windowed) > 10
    _whole_text_windows(monkeypatch)
    assert find_times(text, ANCHOR, language) == windowed
    assert find_ages(text) == ages


def test_text_whose_lower_case_changes_length_is_still_read() -> None:
    text = "İstanbul, 5 December 2019: the İHH delegation left three weeks ago."
    assert Scan(text).lower is None
    found = find_times(text, ANCHOR)
    assert [(e.text, e.value) for e in found] == [("5 December 2019", "2019-12-05"), ("three weeks ago", "2019-W47")]
    for expr in found:
        assert text[expr.start : expr.end] == expr.text


def test_unicode_spaces_count_as_spaces() -> None:
    expr = find_times("on 5\u00a0December\u00a02019", ANCHOR)[0]
    assert (expr.text, expr.value) == ("5\u00a0December\u00a02019", "2019-12-05")


def test_trigger_literals() -> None:
    trig = trigger(["january", "jan", "the end of", "in the coming years", "day", "yesterday"])
    assert trig.literals == ("coming", "day", "end", "jan", "yesterday")
    scan = Scan("Yesterday, on Monday, days passed; january. The END.")
    assert scan.windows(trigger(["day"], before=0, after=0)) == [(22, 25)]  # "days", not "Yesterday"/"Monday"
    assert scan.windows(trigger(["yesterday"], before=0, after=2)) == [(0, 11)]


_PIECES = [row[0] for row in ABSOLUTE + DURATIONS + SETS + RELATIVE + TIMES] + ENGLISH
_KO_PIECES = [row[0] for row in KOREAN_CASES] + KOREAN


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    pieces=st.lists(st.sampled_from(_PIECES + _KO_PIECES), min_size=1, max_size=12),
    separators=st.lists(st.sampled_from([" ", "  ", "\n", ", ", "; ", " — ", "\u00a0", ""]), min_size=12, max_size=12),
)
def test_windows_agree_with_whole_text_on_random_texts(
    pieces: list[str], separators: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "".join(piece + sep for piece, sep in zip(pieces, separators, strict=False))
    found = {lang: find_times(text, ANCHOR, lang) for lang in ("en", "ko")}
    ages = find_ages(text)
    with monkeypatch.context() as patch:
        patch.setattr(Scan, "windows", lambda self, trig: [(0, len(self.text))])
        for lang in ("en", "ko"):
            assert find_times(text, ANCHOR, lang) == found[lang]
        assert find_ages(text) == ages


def _clause_by_whole_text_search(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause as a search from each expression to either end of the text finds it (what Context.clause
    computes from positions found once per text)."""
    lefts = [i + len(mark) for mark in _CLAUSE_ENDS if (i := text.rfind(mark, 0, start)) >= 0]
    rights = [i for i in (text.find(mark, end) for mark in _CLAUSE_ENDS) if i >= 0]
    return max(lefts, default=0), min(rights, default=len(text))


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(["Ana", " ", ". ", ".\n", "?", "! ", "; ", "'", "''", "`", '"', "“", "”", "x"])),
    spans=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), min_size=1, max_size=6),
)
def test_clause_agrees_with_a_whole_text_search(pieces: list[str], spans: list[tuple[int, int]]) -> None:
    text = "".join(pieces)
    ctx = Context(text=text, anchor=ANCHOR, future_cues=re.compile("will"))
    for start, width in spans:  # one context reads every expression of its text, in any order
        ctx.start, ctx.end = min(start, len(text)), min(start + width, len(text))
        assert ctx.clause() == _clause_by_whole_text_search(text, ctx.start, ctx.end)

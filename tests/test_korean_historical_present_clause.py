"""A Korean crossing in the historical present ("2015년 두만강을 건넌다") is an event only when its own clause tells a
date of the past: not a date of an earlier clause a connective ending closes ("…했는데, 요즘 …탈북한다"), not in a
clause of the present ("지금도", "요즘"), not in a present complement a verb of saying reports ("…건넌다고
…밝혔다": a general statement) (docs/extraction.md, "Korean"). Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "ko", date(2021, 5, 1)))


def crossings(x: Extraction) -> list[Event]:
    return [e for e in x.events if e.type == "border_crossing"]


def test_a_date_of_an_earlier_clause_tells_no_story_of_a_present_crossing() -> None:
    assert not crossings(run("한바다 씨는 2015년에 결혼했는데, 요즘 많은 사람들이 탈북한다."))


def test_a_present_crossing_in_a_clause_of_now_is_no_second_event() -> None:
    [crossing] = crossings(run("한바다 씨는 2015년 탈북했는데 지금도 많은 사람이 탈북한다."))
    assert crossing.time is not None and crossing.time.earliest.year == 2015


def test_a_present_crossing_a_report_states_is_no_event() -> None:
    assert not crossings(run("북한 주민들은 국경을 건넌다고 2019년 보고서가 밝혔다."))


def test_a_dated_historical_present_stays_an_event() -> None:
    [crossing] = crossings(run("한바다 씨는 2015년 두만강을 건넌다."))
    assert crossing.time is not None and crossing.time.earliest.year == 2015
    x = run("2015년 중국에서 붙잡힌 남성은 이듬해 북송된다.")
    [sent_back] = [e for e in x.events if e.type == "forced_repatriation"]
    assert sent_back.time is not None and sent_back.time.earliest.year == 2016

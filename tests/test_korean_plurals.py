"""Korean rules found on real reporting (issue 10, second round), on invented sentences: "이들" (these
people) stands for the persons listed together before it, not the last of them; an action broken off by
-다(가) and a trigger that took the attempt ending ("탈출하려다") are attempts (docs/extraction.md, "Korean")."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "ko", date(2020, 5, 22)))


def people(x: Extraction, event: Event) -> set[str]:
    names = {e.id: e.name or e.descriptor or "" for e in x.entities}
    return {names[p.entity] for p in event.participants}


def test_these_people_are_everyone_listed_together() -> None:
    x = run(
        '소식통은 "이번에 체포된 주민은 40대 부부와 10대의 미성년 학생 등 세명"이라고 말했습니다. '
        '소식통은 "이들은 국경 경비가 삼엄한 강을 건너 탈출하려다 체포되었다"고 전했습니다.'
    )
    second = [e for e in x.events if e.type == "arrest" and e.trigger.start > 60]
    assert second and people(x, second[0]) == {"husband", "wife", "minor"}


def test_an_action_broken_off_and_stopped_failed() -> None:
    x = run("추위를 못 참고 중국으로 탈북하다 발각된 부부")
    [crossing] = [e for e in x.events if e.type == "border_crossing"]
    assert crossing.modality == "failed"
    x = run("김영철 씨는 2019년 탈북하다가 붙잡혔다.")
    assert [e.modality for e in x.events if e.type == "border_crossing"] == ["failed"]


def test_a_finished_defection_is_done() -> None:
    x = run("김영철 씨는 2019년 탈북했다.")
    assert [e.modality for e in x.events if e.type == "border_crossing"] == ["asserted"]


def test_a_trigger_that_took_the_attempt_ending_is_an_attempt() -> None:
    x = run("김영철 씨는 지난달 탈출하려다 붙잡혔다.")
    crossings = [e for e in x.events if e.type == "border_crossing"]
    assert crossings and crossings[0].modality in ("attempted", "failed")


def test_where_someone_lives_is_not_where_the_event_happened() -> None:
    x = run("조카를 일본에 있는 삼촌에게 데려가려고 탈북을 시도한 부부는 혜산에서 체포됐다.")
    names = {e.id: e.name for e in x.entities}
    arrests = [e for e in x.events if e.type == "arrest"]
    assert arrests and all(names.get(e.place or "") != "일본" for e in arrests)
    x = run("조카를 일본에 있는 삼촌에게 데려가려고 탈북을 시도한 부부는 경비대에 체포됐다.")
    assert all(e.place is None for e in x.events if e.type == "arrest")

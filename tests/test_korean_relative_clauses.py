"""Korean relative (adnominal) clauses, on invented sentences (docs/extraction.md, "Korean"): the person an
adnominal trigger describes is its participant — not the clause's subject before it, nor a relative named
before it as the object of the same relative clause; one describing "whoever" ("시도하는 자는") is
generic; "일가족" stands for the persons the story lists."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "ko", date(2020, 5, 22)))


def people(x: Extraction, event: Event) -> set[str]:
    names = {e.id: e.name or e.descriptor or "" for e in x.entities}
    return {names[p.entity] for p in event.participants}


def crossings(x: Extraction) -> list[Event]:
    return [e for e in x.events if e.type == "border_crossing"]


def test_the_described_relative_escaped_not_the_one_left_behind() -> None:
    x = run('소식통은 "딸을 남겨두고 탈출한 오빠가 여동생에게 딸을 데려와 달라고 부탁했다"고 말했다.')
    [crossing] = crossings(x)
    assert people(x, crossing) == {"brother"}


def test_the_described_relative_escaped_not_the_clause_subject() -> None:
    x = run('체포된 김영희 씨는 "먼저 남한으로 탈출한 남동생(조카의 아버지)이 아들을 데려와 달라고 했다"고 말했다.')
    [crossing] = crossings(x)
    assert people(x, crossing) == {"brother"}


def test_whoever_tries_is_no_event() -> None:
    x = run("2019년 5월 김영희 씨가 탈출하려다 체포됐다. 당국은 탈북을 시도하는 자는 엄벌하라고 지시했다.")
    assert [people(x, e) for e in crossings(x)] == [{"김영희"}]
    assert all(e.trigger.start < 30 for e in crossings(x))


def test_a_whole_family_is_everyone_the_story_lists() -> None:
    x = run(
        '소식통은 "탈북을 시도했던 주민 일가족이 총살형에 처해졌다"고 말했다. '
        '소식통은 "이번에 탈출을 시도한 주민은 40대 부부와 10대의 미성년 학생 등 세명"이라고 말했다.'
    )
    [execution] = [e for e in x.events if e.type == "execution"]
    assert {"husband", "wife"} <= people(x, execution)


def test_an_unsexed_sibling_is_the_one_younger_brother_of_the_story() -> None:
    x = run(
        '소식통은 "40대 부부는 먼저 탈출한 동생의 연락을 받았다"고 말했다. '
        '소식통은 "아들을 남겨두고 탈출한 남동생이 부탁했다"고 말했다.'
    )
    siblings = {e.descriptor for e in x.entities if e.descriptor in ("sibling", "brother")}
    assert siblings == {"brother"}
    assert {people(x, e).pop() for e in crossings(x)} == {"brother"}


def test_with_a_younger_brother_and_a_younger_sister_the_sibling_stays_apart() -> None:
    x = run('소식통은 "동생이 남동생과 여동생을 데리고 탈출했다"고 말했다.')
    assert {"sibling", "brother", "sister"} <= {e.descriptor for e in x.entities}


def test_a_state_lasting_up_to_now_dates_the_story_after_it() -> None:
    # published 22 May 2020: searching for 12 years began 12 to 13 years before, and the loss told after it
    x = run(
        "방송에 출연한 김영희 씨는 탈북 후 12년 동안 잃어버린 아들을 찾아다니고 있는 사연을 털어놨다. "
        "김영희 씨는 탈북 과정에서 브로커에게 아들을 빼앗겼다고 했다."
    )
    [taken] = [e for e in x.events if e.trigger.start > 50]
    assert taken.time is not None and (taken.time.earliest, taken.time.latest) == (date(2007, 5, 23), date(2008, 5, 22))

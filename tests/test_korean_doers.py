"""Korean: who did it — a state organ after a country is that state ("중국 공안에 붙잡혀": China, as "caught by
Chinese police"), an organisation or an organ alone is itself; marked by 에 / 에게 / 에 의해 before a passive
trigger, or the subject of an active one (docs/extraction.md, "Korean"). Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "ko", date(2023, 5, 1)))


def only(x: Extraction, kind: str) -> Event:
    [event] = [e for e in x.events if e.type == kind]
    return event


def roles(x: Extraction, event: Event) -> set[tuple[str, str | None]]:
    return {(p.role, x.entity(p.entity).name) for p in event.participants}


def test_an_organ_of_a_state_after_a_country_before_a_passive_is_that_state_as_perpetrator() -> None:
    for text in ("한바다 씨는 2017년 중국 공안에 붙잡혔다.", "한바다 씨는 2017년 중국 공안에 의해 체포됐다."):
        x = run(text)
        assert roles(x, only(x, "arrest")) == {("victim", "한바다"), ("perpetrator", "중국")}, text


def test_an_organisation_or_an_organ_alone_is_itself_the_perpetrator() -> None:
    x = run("윤다솜 씨는 2019년 국경경비대에 붙잡혔다.")
    [doer] = [x.entity(p.entity) for p in only(x, "arrest").participants if p.role == "perpetrator"]
    assert (doer.kind, doer.name) == ("organization", "국경경비대")
    x = run("윤다솜 씨는 2019년 공안에 붙잡혔다.")
    [doer] = [x.entity(p.entity) for p in only(x, "arrest").participants if p.role == "perpetrator"]
    assert (doer.kind, doer.name) == ("group", "공안")


def test_the_subject_of_an_active_trigger_did_it_along_the_sentence() -> None:
    x = run("북한 당국은 2020년 한바다 씨를 체포해 처형했다.")
    for kind in ("arrest", "execution"):
        assert roles(x, only(x, kind)) == {("victim", "한바다"), ("perpetrator", "북한")}, kind


def test_a_passive_doer_belongs_to_its_own_clause_and_a_telling_subject_did_nothing() -> None:
    x = run("한바다 씨는 2017년 중국 공안에 붙잡혀 강제북송됐다.")
    assert ("perpetrator", "중국") in roles(x, only(x, "arrest"))
    assert roles(x, only(x, "forced_repatriation")) == {("victim", "한바다")}
    x = run("공안은 한바다 씨가 2017년 체포됐다고 밝혔다.")
    assert roles(x, only(x, "arrest")) == {("victim", "한바다")}


def test_an_organ_that_something_is_according_to_is_no_doer() -> None:
    arrest = only(run("한국 경찰에 따르면 한바다 씨는 2016년 다시 체포됐다."), "arrest")
    assert not any(p.role == "perpetrator" for p in arrest.participants)
    arrest = only(run("타르빅 공안에 의하면 한바다 씨는 2016년 체포됐다."), "arrest")
    assert not any(p.role == "perpetrator" for p in arrest.participants)

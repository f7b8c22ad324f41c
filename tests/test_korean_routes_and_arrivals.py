"""A Korean journey's route ("중국-라오스-태국을 거쳐 한국에 도착했다") and an arrival in South Korea (한국에 도착했다)
as a resettlement. Invented sentences (docs/extraction.md, "Korean")."""

from __future__ import annotations

from datetime import date
from functools import partial

from helpers import extract_ko
from tumen.extract.types import Event, Extraction

run = partial(extract_ko, published=date(2024, 5, 1))


def resettlement(x: Extraction) -> Event:
    [event] = [e for e in x.events if e.type == "resettlement"]
    return event


def route(x: Extraction, event: Event) -> list[str]:
    return [x.entity(p).name or "" for p in event.route]


def test_an_arrival_in_south_korea_is_a_resettlement_with_its_route() -> None:
    x = run("최가람 씨는 중국-라오스-태국을 거쳐 2019년 8월 한국에 도착했다.")
    event = resettlement(x)
    assert [x.entity(p.entity).name for p in event.participants] == ["최가람"]
    assert route(x, event) == ["중국", "라오스", "태국", "한국"]


def test_a_route_from_where_it_began_ends_where_it_arrived() -> None:
    x = run("한바다 씨는 중국에서 라오스와 태국을 거쳐 한국에 들어왔다.")
    event = resettlement(x)
    assert route(x, event) == ["중국", "라오스", "태국", "한국"]
    assert event.place is not None and x.entity(event.place).name == "한국"


def test_through_a_broker_is_no_route() -> None:
    x = run("한바다 씨는 브로커를 통해 한국에 입국했다.")
    assert resettlement(x).route == []

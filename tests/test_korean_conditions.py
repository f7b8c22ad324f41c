"""What a Korean trigger needs besides its words (docs/extraction.md, "Korean"; tumen.extract.korean.conditions):
fleeing is a crossing only with a flight told, from a custody place an escape; going over into a country and
arriving in South Korea befall a person, an escapee; a parting is a family separation only with a flight or a
long parting told; a body part, or a thing owned that is the subject of another predicate, is no thing the
trigger befalls. Invented sentences."""

from __future__ import annotations

import pytest

from helpers import of_type, roles, run


@pytest.mark.parametrize(
    "text",
    [
        "용의자 한바다 씨는 2019년 범행 후 도망갔다.",
        "한바다 씨는 2019년 불이 나자 건물에서 도망쳐 나왔다.",
        "한바다 씨는 2019년 빚쟁이들을 피해 도망갔다.",
        "윤다솜 씨는 2019년 남편의 폭력을 피해 집을 도망쳐 나왔다.",
    ],
)
def test_fleeing_with_no_flight_told_is_no_crossing(text: str) -> None:
    assert not [e for e in run(text).events if e.type == "border_crossing"], text


def test_having_to_flee_is_no_crossing_told() -> None:
    x = run("윤다솜 씨는 2019년 중국에서 도망쳐야 했다.")
    assert of_type(x, "border_crossing").modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("한바다 씨는 2019년 감옥에서 탈출했다.", "asserted"),
        ("한바다 씨는 2019년 노동단련대에서 도망쳤다.", "asserted"),
        ("한바다 씨는 2019년 감옥에서 탈출을 시도했다.", "attempted"),
        ("한바다 씨는 2019년 구류장을 도망친 뒤 중국으로 갔다.", "asserted"),
        ("한바다 씨는 2016년 수용소에서 탈출했다.", "asserted"),
        ("한바다 씨는 2016년 교화소에서 도망쳤다.", "asserted"),
        ("한바다 씨는 2016년 교화소를 탈출하려다 붙잡혔다.", "failed"),
    ],
)
def test_fleeing_any_custody_place_is_an_escape_only(text: str, modality: str) -> None:
    x = run(text)
    escape = of_type(x, "escape")
    assert escape.modality == modality, text
    assert roles(x, escape) == {("subject", "한바다")}, text
    assert not [e for e in x.events if e.type == "border_crossing"], text


@pytest.mark.parametrize(
    "text",
    [
        "2019년 주도권이 중국으로 넘어갔다.",
        "2019년 회사 경영권이 미국으로 넘어갔다.",
        "한바다 씨의 사업은 2019년 중국으로 넘어갔다.",
    ],
)
def test_a_thing_passing_to_a_country_is_no_crossing(text: str) -> None:
    assert not [e for e in run(text).events if e.type == "border_crossing"], text


@pytest.mark.parametrize(
    "text",
    [
        "한바다 씨의 편지는 2019년 한국에 도착했다.",
        "대표단은 회의를 위해 2019년 한국에 무사히 도착했다.",
        "미국 국무부 차관 이반 레스크는 2024년 한국에 도착했다.",
    ],
)
def test_arriving_in_south_korea_is_no_resettlement_of_others(text: str) -> None:
    assert not [e for e in run(text).events if e.type == "resettlement"], text


@pytest.mark.parametrize(
    "text",
    ["한바다 씨는 2012년 탈북했다. 그는 2014년 한국에 도착했다.", "탈북민 한바다 씨는 2014년 한국에 도착했다."],
)
def test_an_escapee_arriving_in_south_korea_resettles(text: str) -> None:
    x = run(text)
    assert roles(x, of_type(x, "resettlement")) == {("subject", "한바다")}, text


@pytest.mark.parametrize(
    "text",
    [
        "한바다 씨는 2019년 아들을 학교에 남겨두고 출근했다.",
        "한바다 씨는 2019년 공항에서 가족과 헤어진 뒤 호텔로 갔다.",
        "윤다솜 씨는 2019년 남편과 헤어졌다.",
        "한바다 씨는 2019년 이혼한 뒤 아내와 헤어졌다.",
        "한바다 씨는 지난주 이후로 바빠서 아버지를 만나지 못했다.",
        "한바다 씨는 바빠서 어머니를 다시 보지 못했다.",
    ],
)
def test_an_everyday_parting_is_no_family_separation(text: str) -> None:
    assert not [e for e in run(text).events if e.type == "family_separation"], text


@pytest.mark.parametrize(
    "text",
    [
        "한바다 씨는 2012년 탈북했다. 이후로 한 번도 어머니를 만나지 못했다.",
        "한바다 씨는 2015년 아들과 헤어진 뒤 중국으로 갔다.",
    ],
)
def test_a_parting_with_a_flight_or_for_long_is_a_separation(text: str) -> None:
    assert of_type(run(text), "family_separation").modality == "asserted", text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("한바다 씨는 2019년 체포됐다. 그의 몸이 심하게 구타당했다.", "ill_treatment"),
        ("한바다 씨는 2019년 체포됐다. 그의 이름이 공개된 뒤 고문당했다.", "torture"),
    ],
)
def test_a_body_part_or_another_predicates_subject_leaves_the_person(text: str, event_type: str) -> None:
    x = run(text)
    assert roles(x, of_type(x, event_type)) == {("victim", "한바다")}, text

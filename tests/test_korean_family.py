"""Korean families said of a person, separations with both sides, and adnominal triggers describing a thing or a
case (docs/extraction.md, "Korean"). Invented sentences."""

from __future__ import annotations

import pytest

from helpers import of_type, run
from tumen.extract.types import Event, Extraction


def described(x: Extraction, event: Event) -> set[tuple[str, str | None, str | None]]:
    return {(p.role, x.entity(p.entity).name, x.entity(p.entity).descriptor) for p in event.participants}


@pytest.mark.parametrize(
    "text",
    [
        "한바다 씨는 2015년 탈북했다. 그의 가족은 브로커에게 1만 위안을 건넸다.",
        "한바다 씨의 가족은 브로커에게 1만 위안을 건넸다.",
        "한바다 씨의 식구들은 브로커에게 1만 위안을 건넸다.",
    ],
)
def test_a_family_said_of_a_person_is_a_party_anchored_to_them(text: str) -> None:
    x = run(text)
    payment = of_type(x, "payment")
    [payer] = [p for p in payment.participants if p.role == "payer"]
    party = x.entity(payer.entity)
    assert party.name is None and party.descriptor == "family", text
    assert party.anchor is not None and x.entity(party.anchor[1]).name == "한바다", text


def test_a_family_of_no_one_named_stays_no_ones() -> None:
    x = run("가족들은 2019년 보위원들이 한바다 씨를 고문했다고 주장했다.")
    assert not [e for e in x.entities if e.descriptor == "family"]


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("한바다 씨는 2015년 아들과 헤어진 뒤 중국으로 갔다.", "son"),
        ("한바다 씨는 2015년 딸을 북한에 남겨두고 떠났다.", "daughter"),
        ("한바다 씨는 그 뒤로 딸을 만나지 못했다.", "daughter"),
        ("한바다 씨는 2015년 가족과 헤어져 탈북했다.", "family"),
    ],
)
def test_a_separation_names_both_the_relative_and_the_one_parted_from_them(text: str, relative: str) -> None:
    x = run(text)
    assert described(x, of_type(x, "family_separation")) == {
        ("victim", None, relative),
        ("subject", "한바다", None),
    }, text


@pytest.mark.parametrize(
    "text",
    [
        "한바다 씨는 도망친 개를 찾았다.",
        "한바다 씨는 2019년 체포된 사건을 조사했다.",
        "한바다 씨는 2019년 도망친 고양이를 찾았다.",
    ],
)
def test_a_trigger_describing_a_thing_or_a_case_befalls_no_one(text: str) -> None:
    x = run(text)
    assert not [e for e in x.events if e.type in ("border_crossing", "arrest")], text


def test_a_case_keeps_the_one_told_inside_its_clause() -> None:
    x = run("한바다 씨는 아들이 체포된 소식을 들었다.")
    assert described(x, of_type(x, "arrest")) == {("victim", None, "son")}


def test_a_day_still_falls_on_the_topic() -> None:
    x = run("한바다 씨는 2019년 체포된 날을 기억했다.")
    assert described(x, of_type(x, "arrest")) == {("victim", "한바다", None)}


@pytest.mark.parametrize(
    "text",
    ["한바다 씨는 2018년 공안에 구금된 사건의 피해자다.", "한바다 씨는 2018년 구금된 사건 이후 탈북했다."],
)
def test_a_case_in_a_narrative_use_is_the_topics_own(text: str) -> None:
    x = run(text)
    assert ("victim", "한바다", None) in described(x, of_type(x, "detention")), text


def test_a_family_word_after_a_name_and_honorific_is_that_persons_family() -> None:
    x = run("한바다 씨 가족은 2017년 구금됐다.")
    assert ("victim", "한바다", None) not in described(x, of_type(x, "detention"))

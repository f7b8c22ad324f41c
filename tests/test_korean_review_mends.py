"""Review mends of the Korean round (docs/extraction.md, "Korean"): a reported clause with its own subject leaves
the topic out; an adnominal active trigger takes its doer from its head or its own subject, never the topic; a
since-noun after a custody place is an escape; a since-noun with no one told falls back on the passage's person.
Invented sentences."""

from __future__ import annotations

import pytest

from helpers import of_type, roles, run


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("한바다 씨는 김민수 씨가 경찰에 체포됐다고 주장했다.", "arrest"),
        ("한바다 씨는 김민수 씨가 보위원들에게 고문당했다고 주장했다.", "torture"),
    ],
)
def test_a_claim_about_another_subject_leaves_the_claimant_out(text: str, event_type: str) -> None:
    x = run(text)
    event = of_type(x, event_type)
    assert event.modality == "alleged", text
    assert ("victim", "김민수") in roles(x, event), text
    assert all(x.entity(p.entity).name != "한바다" for p in event.participants), text


def test_a_said_clause_with_its_own_subject_leaves_the_speaker_out() -> None:
    x = run("한바다 씨는 김민수 씨가 경찰에 체포됐다고 말했다.")
    arrest = of_type(x, "arrest")
    assert arrest.modality == "asserted"
    assert ("victim", "한바다") not in roles(x, arrest)


def test_a_subject_of_its_own_before_a_relative_makes_the_topic_no_doer() -> None:
    x = run("한바다 씨는 경찰이 아들을 체포했다고 주장했다.")
    assert roles(x, of_type(x, "arrest")) == {("victim", None), ("perpetrator", "경찰")}


def test_the_claimants_own_account_stays_told() -> None:
    x = run("한바다 씨는 자신이 경찰에 체포됐다고 주장했다.")
    arrest = of_type(x, "arrest")
    assert arrest.modality == "asserted"
    assert ("victim", "한바다") in roles(x, arrest)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("한바다 씨는 아들을 체포한 날을 기억했다.", "arrest"),
        ("한바다 씨는 딸을 납치한 곳을 찾아갔다.", "abduction"),
        ("한바다 씨는 경찰이 아들을 체포한 날을 기억했다.", "arrest"),
        ("한바다 씨는 김민수 씨를 체포한 날을 기억했다.", "arrest"),
    ],
)
def test_the_topic_is_no_doer_of_an_adnominal_active_trigger(text: str, event_type: str) -> None:
    x = run(text)
    assert ("perpetrator", "한바다") not in roles(x, of_type(x, event_type)), text


def test_the_doer_inside_the_relative_clause_stays() -> None:
    x = run("한바다 씨는 경찰이 아들을 체포한 날을 기억했다.")
    assert ("perpetrator", "경찰") in roles(x, of_type(x, "arrest"))


def test_a_since_noun_after_a_custody_place_is_an_escape() -> None:
    x = run("한바다 씨는 수용소 탈출 후 3일 만에 다시 붙잡혔다.")
    assert not [e for e in x.events if e.type == "border_crossing"]
    assert ("subject", "한바다") in roles(x, of_type(x, "escape"))


def test_a_since_noun_with_no_one_told_is_the_crossing_told_before() -> None:
    x = run("한바다 씨는 2010년 탈북했다. 탈북한 지 10년이 지났다.")
    [crossing] = [e for e in x.events if e.type == "border_crossing"]
    assert ("subject", "한바다") in roles(x, crossing)


def test_a_time_an_adnominal_trigger_describes_is_no_participant() -> None:
    x = run("한바다 씨는 아들을 체포한 날 김민수 씨를 만났다.")
    assert ("victim", "김민수") not in roles(x, of_type(x, "arrest"))


def test_a_since_noun_after_a_custody_place_with_its_particle_is_an_escape() -> None:
    x = run("한바다 씨는 교화소에서 탈출한 지 3년이 지났다.")
    assert [e.type for e in x.events] == ["escape"]


@pytest.mark.parametrize("place", ["마을", "집"])
def test_a_bare_place_word_before_the_one_described_is_no_setting(place: str) -> None:
    """A place noun with no particle after a passive adnominal trigger modifies the noun after it: the villager is
    the one arrested (review of round 39); with its particle the place is the one described (no one arrested)."""
    x = run(f"지난달 보위부에 체포된 {place} 주민 한바다 씨는 고문을 당했다.")
    assert ("victim", "한바다") in roles(x, of_type(x, "arrest"))

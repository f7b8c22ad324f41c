"""Trafficking in persons is an event type of its own (data/events.yaml ``trafficking``): a person sold, bought or
trafficked, not an abduction; and gatherings "held" somewhere hold no one. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from test_plural_role_before_names import run
from tumen.extract.korean import extract_korean
from tumen.extract.types import Extraction


def _told(extraction: Extraction, kind: str) -> dict[str, str]:
    """Name (or description) -> role of every participant of the events of one type."""
    return {
        str(extraction.entity(p.entity).name or extraction.entity(p.entity).descriptor): p.role
        for e in extraction.events
        if e.type == kind
        for p in e.participants
    }


@pytest.mark.parametrize(
    "text",
    [
        "Brokers sold Ana Cruz to a farmer in Vanuzi in 2004.",
        "Ana Cruz fled Norland in 2003. In Vanuzi, brokers sold her to a farmer.",
        "Ana Cruz was trafficked into Vanuzi in 2004.",
        # a person bought: the buyer trafficks her too
        "A farmer in Vanuzi bought Ana Cruz for 8,000 yuan in 2004.",
        "Ana Cruz was bought by a farmer in 2004.",
        # the noun, of a person
        "The trafficking of Ana Cruz to Vanuzi in 2004 shocked her family.",
    ],
)
def test_a_person_sold_bought_or_trafficked_is_trafficking_not_an_abduction(text: str) -> None:
    extraction = run(text)
    assert _told(extraction, "trafficking").get("Ana Cruz") == "victim"
    assert not [e for e in extraction.events if e.type == "abduction"]


@pytest.mark.parametrize(
    "text",
    [
        "Karl Vos bought a house in Tarvik in 2004.",
        "Karl Vos bought him a car in 2004.",
        # a thing a name stands before: the farm, the businesses, not the one named
        "Karl Vos sold the Ana Cruz farm in Tarvik in 2004.",
        "Velmora Foods agreed to sell its Ana Cruz and Ostra candy businesses to a rival in 2004.",
        "Drug trafficking in Tarvik rose in 2004.",
        "The trafficking of arms to Tarvik rose in 2004.",
    ],
)
def test_things_bought_and_goods_trafficked_are_no_one_trafficked(text: str) -> None:
    assert not [e for e in run(text).events if e.type == "trafficking"]


def test_a_kidnapping_stays_an_abduction() -> None:
    extraction = run("Gunmen kidnapped Ana Cruz in Tarvik in 2004.")
    assert _told(extraction, "abduction").get("Ana Cruz") == "victim"
    assert not _told(extraction, "trafficking")


@pytest.mark.parametrize(
    "text",
    [
        "The refugees were sent back shortly after the end of the 2022 Vanuzi Games held in Tarvik.",
        "The summit was held in Tarvik in May 2023.",
        "Elections held in Tarvik in May 2023 were marred by fraud.",
    ],
)
def test_a_gathering_held_somewhere_holds_no_one(text: str) -> None:
    assert not [e for e in run(text).events if e.type == "detention"]


def test_one_held_is_still_held() -> None:
    extraction = run("Ana Cruz was held in Tarvik for three weeks in May 2023.")
    assert _told(extraction, "detention").get("Ana Cruz") == "victim"


@pytest.mark.parametrize(
    "text", ["한바다 씨는 2004년 중국에서 인신매매됐다.", "한바다 씨는 2004년 인신매매 피해를 입었다."]
)
def test_korean_passive_of_trafficking_and_its_harm_suffered_are_trafficking(text: str) -> None:
    extraction = extract_korean(text, None, date(2024, 3, 1))
    assert _told(extraction, "trafficking").get("한바다") == "victim"


@pytest.mark.parametrize("text", ["인신매매된 여성들은 보호받지 못한다.", "인신매매 피해를 입은 경우 신고해야 한다."])
def test_korean_trafficking_of_a_kind_of_case_is_no_event(text: str) -> None:
    assert not extract_korean(text, None, date(2024, 3, 1)).events


def test_a_kidnapping_of_one_the_report_tells_was_sold_is_that_trafficking() -> None:
    extraction = run(
        "A gang of traffickers kidnapped Ana Cruz in Vanuzi in 2004. She was sold to a farmer for 8,000 yuan."
    )
    assert _told(extraction, "trafficking").get("Ana Cruz") == "victim"
    assert not [e for e in extraction.events if e.type == "abduction"]


@pytest.mark.parametrize(
    "text",
    [
        # another time: two events
        "Gunmen kidnapped Ana Cruz in Vanuzi in 2014. In 2004 she had been sold to a farmer.",
        # someone else sold
        "Gunmen kidnapped Ana Cruz in Vanuzi in 2014. Her sister was sold to a farmer.",
    ],
)
def test_a_kidnapping_at_another_time_or_of_another_person_stays_an_abduction(text: str) -> None:
    assert _told(run(text), "abduction").get("Ana Cruz") == "victim"

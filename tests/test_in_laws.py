"""Relatives by marriage ("her daughter-in-law") are one kin noun with the relation ``in_law_of``, and leaving a
country is a border crossing (docs/extraction.md, "Relatives by marriage" and "Leaving a country"), on invented
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def _extract(text: str, language: str = "en") -> Extraction:
    return extract(Source(text, 1, language, date(2015, 6, 10)))


def _relative(x: Extraction, descriptor: str) -> str:
    [entity] = [e for e in x.entities if e.kind == "person" and e.descriptor == descriptor]
    return entity.id


def test_a_daughter_in_law_is_no_daughter() -> None:
    x = _extract("Pak Sun-hee left Tarvik with her daughter-in-law in 2003.")
    relative = _relative(x, "daughter-in-law")
    pak = next(e.id for e in x.entities if e.name == "Pak Sun-hee")
    assert x.entity(relative).anchor == ("in_law_of", pak)
    assert x.entity(relative).gender == "female"
    assert {(r.type, r.subject, r.object) for r in x.relations} == {("in_law_of", pak, relative)}
    assert not any(e.descriptor == "daughter" for e in x.entities)


def test_the_daughter_in_law_is_the_one_met_before() -> None:
    x = _extract(
        "Pak Sun-hee crossed the border with her daughter-in-law in 2003. "
        "In Holm, the daughter-in-law was sold to a farmer for 20,000 yuan."
    )
    [sale] = [e for e in x.events if e.type == "trafficking"]
    assert [p.entity for p in sale.participants if p.role == "victim"] == [_relative(x, "daughter-in-law")]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Ana Ruiz said her son-in-law, Ivo Berg, was arrested in Holm.", "son-in-law"),
        ("Ana Ruiz fled. Her brother-in-law, Ivo Berg, was arrested in Holm.", "brother-in-law"),
        ("Ana Ruiz fled. Her sister-in-law, Eva Berg, was arrested in Holm.", "sister-in-law"),
    ],
)
def test_each_relative_by_marriage_is_one_noun(text: str, noun: str) -> None:
    x = _extract(text)
    [arrest] = [e for e in x.events if e.type == "arrest"]
    [victim] = [x.entity(p.entity) for p in arrest.participants if p.role == "victim"]
    assert victim.descriptor == noun and victim.name in ("Ivo Berg", "Eva Berg")
    assert victim.anchor is not None and victim.anchor[0] == "in_law_of"


def test_korean_in_laws() -> None:
    x = _extract("박순희(63)씨는 2003년 며느리와 함께 강을 건넜다. 며느리는 중국에서 팔려갔다.", "ko")
    relative = _relative(x, "daughter-in-law")
    assert x.entity(relative).anchor is not None and x.entity(relative).anchor[0] == "in_law_of"
    [sale] = [e for e in x.events if e.type == "trafficking"]
    assert [p.entity for p in sale.participants if p.role == "victim"] == [relative]


@pytest.mark.parametrize(
    "text",
    [
        "Pak Sun-hee left North Korea in 2003.",
        "In 2003 Pak Sun-hee left the country with her son.",
        "Pak Sun-hee left her homeland in 2003.",
    ],
)
def test_leaving_a_country_is_a_border_crossing(text: str) -> None:
    x = _extract(text)
    [crossing] = [e for e in x.events if e.type == "border_crossing"]
    assert crossing.time is not None and crossing.time.earliest == date(2003, 1, 1)
    assert any(x.entity(p.entity).name == "Pak Sun-hee" for p in crossing.participants)


@pytest.mark.parametrize(
    "text",
    [
        "Pak Sun-hee left the room in 2003.",
        "Pak Sun-hee left a country she loved.",
        "The Tarvik Mining Company left North Korea in 2003.",
        "Pak Sun-hee lost her father before she left North Korea for good.",
        "Pak Sun-hee left the country deeply in debt when she resigned in 2010.",
        "Pak Sun-hee, the former finance minister, left the country divided and bankrupt in 2010.",
    ],
)
def test_leaving_a_room_a_country_unnamed_or_as_a_company_is_none(text: str) -> None:
    assert not [e for e in _extract(text).events if e.type == "border_crossing"]

"""A thing that kills is the cause of a death, no doer (``undergone.cause``; ``undergoing: causes, attack_marks`` in
data/events.yaml): "floods killed 40 people" tells that they died. A means of attack stays a killing, and so does
an explosion not told as a mishap of industry ("the embassy blast"). Told of people only counted or described ("a fire
that killed dozens of prisoners"), it is still their death. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def events(text: str) -> list[tuple[str, list[tuple[str, str | None]], object]]:
    extraction = extract(Source(text, 1, "en", date(2024, 3, 1)))
    names = {e.id: e.name for e in extraction.entities}
    return [
        (e.type, [(p.role, names.get(p.entity)) for p in e.participants], e.attributes.get("cause"))
        for e in extraction.events
    ]


@pytest.mark.parametrize(
    ("sentence", "victim", "cause"),
    [
        ("A landslide killed the farmer Omar Haddad near Tarvik in March 2023.", "Omar Haddad", "landslide"),
        ("A fire that killed the activist Dara Loman broke out at her home on Monday.", "Dara Loman", "fire"),
        ("The gas explosion at the depot killed the guard Karl Vos on Monday.", "Karl Vos", "gas explosion"),
        ("An earthquake struck the region on Monday, killing the teacher Omar Haddad.", "Omar Haddad", "earthquake"),
        ("The storm left the farmer Omar Haddad dead on Monday.", "Omar Haddad", "storm"),
        ("The blaze claimed the life of the reporter Karl Vos in May.", "Karl Vos", "blaze"),
        ("An explosion at the chemical plant killed the worker Karl Vos on Monday.", "Karl Vos", "explosion"),
        ("A fire at the detention centre killed 40 North Korean refugees in May 2023.", "North Korean", "fire"),
    ],
)
def test_a_thing_that_kills_is_the_cause_of_a_death(sentence: str, victim: str, cause: str) -> None:
    assert events(sentence) == [("death", [("victim", victim)], cause)]


def test_each_life_a_thing_claimed_is_a_death() -> None:
    found = events("The fire claimed the lives of the activists Dara Loman and Karl Vos on Monday.")
    assert found == [
        ("death", [("victim", "Dara Loman")], "fire"),
        ("death", [("victim", "Karl Vos")], "fire"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A bomb blast killed the reporter Karl Vos in March 2023.",
        "The militants' blast killed the reporter Karl Vos in March 2023.",
        "A drone strike killed the activist Dara Loman in Tarvik.",
        "The embassy blast killed the guard Karl Vos on Monday.",
    ],
)
def test_a_means_of_attack_stays_a_killing(sentence: str) -> None:
    assert [(t, cause) for t, _p, cause in events(sentence)] == [("killing", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers left the farmer Omar Haddad dead on Monday.",
        "The storm left the farmer Omar Haddad homeless on Monday.",
        "The fire took the house of the reporter Karl Vos in May.",
        # killed no one: "the crops", "dozens of cows"
        "The storm killed the crops in Tarvik in May.",
        "A fire killed dozens of cows at the farm in Tarvik in May.",
        # a death in the simple present of people not counted befalls them by habit, no occasion
        "The firms grow rich while the workers get sick and die.",
        # a death told bare still needs a name, time or place
        "Three young men died.",
        # the toll of a cause that lasts is a statistic, no occasion
        "A famine that left hundreds of thousands dead struck the country in 1996.",
        "The outbreak has killed 3,100 people in the province.",
        # someone's own is a person known by whose they are, not one only described: no death without them
        "The fire killed their two sons in Tarvik.",
        # nor is the thing itself one who died, though it bears a name
        "The Holm Flu epidemic, which has claimed some 4,000 lives across the valley, reached Tarvik in 2019.",
    ],
)
def test_no_death_of_a_thing_without_one(sentence: str) -> None:
    assert [t for t, _p, _c in events(sentence) if t == "death"] == []


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        ("A fire that killed dozens of prisoners broke out in the jail.", "fire"),
        ("The flood killed 12 people.", "flood"),
        ("A storm that left hundreds dead struck the coast.", "storm"),
        # what killed them in a phrase of cause, or a harm undergone (a victim)
        ("Three journalists died in the fire.", None),
        ("A prisoner died after being tortured.", None),
        ("The third victim died on the way to the hospital.", None),
    ],
)
def test_a_death_of_people_only_counted_or_described_is_told(sentence: str, cause: str | None) -> None:
    # no one named: a death with no victim entity and no doer, the thing that killed its cause
    assert [e for e in events(sentence) if e[0] == "death"] == [("death", [], cause)]

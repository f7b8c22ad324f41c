"""Harms as real reporting tells them (invented sentences): a death by the person's own hand is a death with the
cause ``suicide``, never a killing (tumen.extract.suicides); a "whose" clause on a bare plural tells a class, not an
occasion (tumen.extract.whose_classes); a gerund listed after what a noun of talk or thought is about tells no deed,
though the parser hangs it on the clause's verb (tumen.extract.modality); a dead body coordinated with the living
is the one found dead (tumen.extract.undergone.found_body)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from hrdsattack_labels import found_killings


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def events(x: Extraction) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    return [
        (
            e.type,
            e.modality,
            e.attributes.get("cause"),
            tuple(sorted(f"{p.role}={x.entity(p.entity).name}" for p in e.participants)),
        )
        for e in x.events
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The activist Dara Loman took her own life in Tarvik in May.",
        "The activist Dara Loman died by suicide in Tarvik in May.",
        "The activist Dara Loman committed suicide in Tarvik in May.",
        "The death of the activist Dara Loman in Tarvik in May was an apparent suicide.",
        "The activist Dara Loman was found hanging in a barn in Tarvik on Monday, having hanged himself.",
    ],
)
def test_a_death_by_ones_own_hand_is_a_suicide_and_no_killing(sentence: str) -> None:
    assert events(run(sentence)) == [("death", "asserted", "suicide", ("victim=Dara Loman",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials claimed the death of Dara Loman was suicide; his family says he was killed by guards.",
        "The death of the activist Dara Loman in Tarvik in May was not a suicide.",
        "The activist Dara Loman died in Tarvik in May after a suicide attempt in March.",
    ],
)
def test_a_suicide_claimed_denied_or_attempted_is_no_cause(sentence: str) -> None:
    found = events(run(sentence))
    assert all(cause is None for _, _, cause, _ in found)
    if "killed by guards" in sentence:
        assert ("killing", "asserted", None, ("perpetrator=guards", "victim=Dara Loman")) in found


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Officials in Tarvik said Dara Loman killed himself in custody in March. His family disputes this.", None),
        ("Dara Loman took his own life in March, police said. His family rejects the official account.", None),
        (
            "Officials in Tarvik said Dara Loman killed himself in custody in March. His family does not dispute this.",
            "suicide",
        ),
        (
            "Officials in Tarvik said Dara Loman killed himself in custody in March. His family buried him in May.",
            "suicide",
        ),
    ],
)
def test_a_suicide_the_next_sentence_disputes_is_no_cause(text: str, cause: str | None) -> None:
    deaths = [e for e in events(run(text)) if e[0] == "death"]
    assert deaths and all(c == cause for _, _, c, _ in deaths), deaths


def test_a_suicide_bomber_tells_no_suicide() -> None:
    found = events(run("A suicide bomber killed the mayor Omar Haddad in Tarvik in May."))
    assert [(t, c) for t, _, c, _ in found] == [("killing", None)]


MAPPING = {"violation_rule": {"found_deaths": "killing"}}


def test_a_suicide_found_is_no_killing_label() -> None:
    text = "The activist Dara Loman was found dead in his cell in Tarvik on Monday in an apparent suicide."
    assert found_killings(run(text), MAPPING) == set()
    later = "The activist Dara Loman was found dead in Tarvik on Monday. He had hanged himself, police said."
    assert found_killings(run(later), MAPPING) == set()
    assert found_killings(run("The activist Dara Loman was found dead in Tarvik on Monday."), MAPPING) == {"killing"}


def test_a_whose_clause_on_a_bare_plural_tells_a_class() -> None:
    found = events(run("Police raided the homes of families whose sons were killed by police."))
    assert [t for t, *_ in found] == ["raid"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police raided the homes of families whose sons were killed by police in Tarvik on 3 May 2021.",
        "Police raided the home of the family whose son was killed by police.",
    ],
)
def test_a_whose_clause_with_a_time_place_or_definite_antecedent_is_an_occasion(sentence: str) -> None:
    assert "killing" in [t for t, *_ in events(run(sentence))]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The men had a discussion of kidnapping and murdering the governor Ana Cruz.", "killing"),
        ("He wrote fantasies about abducting the singer Ana Cruz.", "abduction"),
        ("There was talk of killing the mayor Omar Haddad.", "killing"),
    ],
)
def test_a_gerund_under_a_noun_of_talk_or_thought_is_no_deed(sentence: str, event_type: str) -> None:
    assert [m for t, m, *_ in events(run(sentence)) if t == event_type] == ["hypothetical"]


def test_a_gerund_of_its_own_clause_is_told() -> None:
    found = events(run("The men had a discussion in Tarvik on Monday and then murdered the governor Ana Cruz."))
    assert ("killing", "asserted") in [(t, m) for t, m, *_ in found]


def test_the_body_coordinated_with_the_living_is_the_one_found_dead() -> None:
    text = "Two women and the body of the teacher Omar Haddad were found in a house in Tarvik on Monday."
    deaths = [e for e in events(run(text)) if e[0] == "death"]
    assert deaths == [("death", "asserted", None, ("victim=Omar Haddad",))]
    assert [
        e for e in events(run("Two women and a man were found in a house in Tarvik on Monday.")) if e[0] == "death"
    ] == []

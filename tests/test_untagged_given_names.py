"""Names the name finder leaves untagged, and names the parser makes a second object after a role noun: "Police
arrested Ana Ruiz on Monday" (no tag at all), "Police arrested journalists Ana Ruiz and Tomas Vidal" ("journalists"
and "Ruiz" two objects of the verb). Invented sentences."""

from __future__ import annotations

import pytest

from test_listed_victims import victims
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Police arrested Ana Ruiz on Monday.", ["Ana Ruiz"]),
        ("Police arrested journalists Ana Ruiz and Tomas Vidal on Monday.", ["Ana Ruiz", "Tomas Vidal"]),
    ],
)
def test_an_untagged_name_opened_by_a_given_name_is_a_victim(sentence: str, names: list[str]) -> None:
    assert sorted(victims(run(sentence), "arrest")) == names


def test_an_untagged_name_that_runs_on_into_capitals_is_no_person() -> None:
    extraction = run("Ana Ruiz Street Market was closed by the city.")
    assert not [e for e in extraction.entities if e.kind == "person"]


def test_a_role_noun_and_its_names_split_into_two_objects_are_all_arrested() -> None:
    extraction = run("Police arrested journalists Maria Lopez and Tomas Vidal.")
    assert sorted(victims(extraction, "arrest")) == ["Maria Lopez", "Tomas Vidal"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Police arrested Ivo Lesk, a union leader, on Monday.", "Ivo Lesk"),
        ("Police arrested Kadri Tamm, 34, on Monday.", "Kadri Tamm"),
        ("Police arrested the lawyer Kadri Tamm on Monday.", "Kadri Tamm"),
    ],
)
def test_an_unknown_name_the_sentence_describes_as_a_persons_is_a_victim(sentence: str, name: str) -> None:
    """No list knows "Ivo" or "Kadri": a role or an age in apposition, or a role before the name, shows it a
    person's."""
    extraction = run(sentence)
    assert victims(extraction, "arrest") == [name]
    assert [e.kind for e in extraction.entities if e.name == name] == ["person"]


def test_a_sentence_opening_common_word_with_a_role_is_no_name() -> None:
    """ "Local Tarvik, a …": a common English word opening a sentence opens no name of an unknown given name."""
    extraction = run("Local Tarvik, a union leader, was arrested on Monday.")
    assert not [e for e in extraction.entities if e.kind == "person" and e.name.startswith("Local")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tumo Ekwe, who was detained in 2019, said the police beat him.",  # untagged
        "The police beat Tumo Ekwe, who leads the Tarvik Workers Union.",  # tagged an organisation
    ],
)
def test_an_unknown_name_a_who_clause_describes_is_a_persons(sentence: str) -> None:
    """ "Tumo Ekwe, who …": "who" stands for a person (an organisation takes "which")."""
    extraction = run(sentence)
    assert [e.kind for e in extraction.entities if e.name == "Tumo Ekwe"] == ["person"]
    assert victims(extraction, "ill_treatment") == ["Tumo Ekwe"]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Amnesty Kessa, which monitors the trial, said the police beat him.", "Amnesty"),
        ("Local Tarvik, who was arrested in May, said the police beat him.", "Local"),
        ("Residents of Varno Kessa, who fled in May, said the police beat them.", "Varno"),
    ],
)
def test_which_or_a_common_word_makes_no_person_of_a_described_name(sentence: str, start: str) -> None:
    extraction = run(sentence)
    assert not [e for e in extraction.entities if e.kind == "person" and e.name.startswith(start)]

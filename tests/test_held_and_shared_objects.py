"""Whom a custody noun holds ("Kim remains in detention") and an object two verbs share ("beat and arrested
Kim"). Invented sentences."""

from __future__ import annotations

import pytest

from test_listed_victims import victims
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    "sentence",
    [
        "Kim Ok-sun remains in detention in Hyesan.",
        "Kim Ok-sun is still in custody.",
        "Kim Ok-sun spent two years in detention.",
    ],
)
def test_the_one_who_is_in_custody_is_its_victim(sentence: str) -> None:
    assert victims(run(sentence), "detention") == ["Kim Ok-sun"]


def test_still_in_custody_are_the_persons_named() -> None:
    assert victims(run("Still in detention are Kim Ok-sun and Pak Chol."), "detention") == ["Kim Ok-sun", "Pak Chol"]


def test_every_subject_of_a_list_the_parser_split_is_held() -> None:
    """The parser makes "Marta Astor" a second subject of "are"; she and those joined to her are held too."""
    sentence = (
        "Still in detention, however, are trade unionist Joel Demaris and labor organizers Marta Astor, Paul Cole,"
        " and Dino Lopez."
    )
    assert victims(run(sentence), "detention") == ["Dino Lopez", "Joel Demaris", "Marta Astor", "Paul Cole"]


def test_two_verbs_joined_by_and_share_the_object_of_the_second() -> None:
    extraction = run("Police beat and arrested Kim Ok-sun and Pak Chol in Hyesan.")
    assert victims(extraction, "ill_treatment") == ["Kim Ok-sun", "Pak Chol"]
    assert victims(extraction, "arrest") == ["Kim Ok-sun", "Pak Chol"]


def test_a_verb_with_an_object_of_its_own_keeps_it() -> None:
    """ "The guards released Kim and arrested Pak": released has its own object; Kim is not arrested."""
    extraction = run("The guards released Kim Ok-sun and arrested Pak Chol in Hyesan.")
    assert victims(extraction, "arrest") == ["Pak Chol"]

"""Taken away is arrested ("take away", "whisk away", "lead away" with a person object, in data/events.yaml), and a
phrase with a name apposed to it refers to that name, not to the possessor inside it. Invented sentences."""

from __future__ import annotations

import pytest

from test_listed_victims import victims
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    "sentence",
    [
        "After three hours, three staff members including editor Dara Loman were taken away by police.",
        "Police took away Dara Loman on Friday.",
        "Dara Loman was whisked away by security agents.",
    ],
)
def test_a_person_taken_away_is_arrested(sentence: str) -> None:
    assert victims(run(sentence), "arrest") == ["Dara Loman"]


def test_things_taken_away_are_no_arrest() -> None:
    assert not [e for e in run("Officers took away his phone and laptop.").events if e.type == "arrest"]


def test_the_name_apposed_to_a_phrase_is_whom_it_means() -> None:
    """ "Xu's girlfriend, the activist Dara Loman": she is held, not Xu."""
    extraction = run(
        "Xu's girlfriend, the feminist and labour rights activist Dara Loman, has also been in police detention"
        " since February 16."
    )
    assert victims(extraction, "detention") == ["Dara Loman"]


def test_a_participle_on_the_complement_of_be_tells_of_the_subject() -> None:
    """ "A is the latest worker arrested since the government of B …": A was arrested, B was not."""
    extraction = run("Dara Loman is the latest worker arrested since the government of Petra Venn began its crackdown.")
    assert victims(extraction, "arrest") == ["Dara Loman"]

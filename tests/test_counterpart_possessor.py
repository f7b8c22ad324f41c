"""A possessed noun for the other party of a relation ("his client", "her lawyer") names someone other than its
possessor: the possessor takes no part in the event through it. Invented sentences."""

from __future__ import annotations

import pytest

from test_listed_victims import all_victims
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    "sentence",
    [
        "Pak Chol said his lawyer was arrested by police in Hyesan.",
        "Kim Ok-sun's lawyer Pak Chol told reporters he believed that his client was abducted by police.",
    ],
)
def test_the_possessor_of_a_counterpart_is_no_victim(sentence: str) -> None:
    assert "Pak Chol" not in all_victims(run(sentence))


def test_a_relative_still_names_the_relative_and_a_pronoun_its_person() -> None:
    extraction = run("Pak Chol said he was arrested by police in Hyesan.")
    names = {e.id: e.name for e in extraction.entities}
    assert [names[p.entity] for e in extraction.events for p in e.participants if p.role == "victim"] == ["Pak Chol"]

"""Words of violence the vocabulary lacked (docs/extraction.md, "Violations"): "hanged" as a hanging to death (an
execution; "hanged himself" a death) and flogging as cruel and degrading punishment. Invented sentences."""

from __future__ import annotations

import pytest

from test_listed_victims import all_victims
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    "sentence",
    [
        "The poet Karl Holm was hanged in Tarvik prison on Monday.",
        "The authorities hanged the poet Karl Holm in Tarvik.",
    ],
)
def test_a_person_hanged_is_executed(sentence: str) -> None:
    assert all_victims(run(sentence), "execution") == {"Karl Holm"}


def test_one_who_hanged_himself_died_by_no_one_elses_hand() -> None:
    extraction = run("The poet Karl Holm hanged himself in his cell in Tarvik.")
    assert all_victims(extraction, "death") == {"Karl Holm"}
    assert not all_victims(extraction, "execution")


@pytest.mark.parametrize(
    "sentence",
    ["Guards hung Karl Holm from the ceiling in Tarvik.", "Karl Holm hung a picture of his son on the wall."],
)
def test_hung_is_no_hanging_to_death(sentence: str) -> None:
    assert not all_victims(run(sentence), "execution")


@pytest.mark.parametrize(
    "sentence",
    ["The teacher Karl Holm was flogged in public in Tarvik.", "Soldiers in Tarvik flogged the teacher Karl Holm."],
)
def test_a_flogging_is_cruel_treatment(sentence: str) -> None:
    assert all_victims(run(sentence), "ill_treatment") == {"Karl Holm"}


def test_lashing_out_hurts_no_one() -> None:
    assert not run("The minister Karl Holm lashed out at his critics in Tarvik.").events

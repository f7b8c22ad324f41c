"""A pronoun with no antecedent of its gender falls back on the most salient person (careless text calls a mother
"he"), unless an unnamed person of its gender is in view (tumen.extract.unnamed_in_view). Invented sentences."""

from __future__ import annotations

from test_listed_victims import all_victims
from test_plural_role_before_names import run


def test_him_after_her_boyfriend_is_not_the_woman() -> None:
    text = "Khadija Amari, a woman from Basra, said police took out her boyfriend and beat him."
    assert "Khadija Amari" not in all_victims(run(text), "ill_treatment")


def test_a_careless_he_with_no_one_else_in_view_still_means_the_mother() -> None:
    text = "Kim Ok-sun, a mother of two, fled in 2010. He was caught in China and sent back."
    assert all_victims(run(text), "arrest") == {"Kim Ok-sun"}

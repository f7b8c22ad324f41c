"""The Arabic article before a family name is optional in later mentions: "Amal al-Harbi" is "Harbi" and
"Al-Harbi" (data/name_particles.yaml, tumen.extract.names). Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import run
from tumen.extract.names import parse


def test_a_surname_without_its_article_is_the_same_person() -> None:
    extraction = run("The rights activist Amal al-Harbi was detained in 2018. Harbi was later tortured.")
    assert [e.name for e in extraction.entities if e.kind == "person"] == ["Amal al-Harbi"]


def test_a_surname_with_its_article_alone_is_the_same_person() -> None:
    extraction = run("The scholar Omar al-Rashid was arrested in May. Al-Rashid was sentenced to ten years.")
    assert [e.name for e in extraction.entities if e.kind == "person"] == ["Omar al-Rashid"]


def test_an_article_word_alone_is_a_surname_not_a_korean_given_name() -> None:
    assert parse("al-Rashid").surname == "al-Rashid"
    assert parse("Chol-jin").given == "Chol-jin"


def test_the_article_assimilated_to_a_sun_letter_is_an_article_too() -> None:
    assert parse("ash-Shami").surname == "ash-Shami"
    assert parse("Ahmad ash-Shami").surname_key == parse("Ahmad Shami").surname_key

"""A given name written short with its period ("Ma." for Maria), a capitalised common noun opening a caption, and
the body a title is "of" ("Superintendent of Police") in persons' names (docs/extraction.md, "Places and routes").
Invented sentences."""

from __future__ import annotations

from tumen.extract.document import Source, extract


def _persons(text: str) -> list[str]:
    return sorted(e.name for e in extract(Source(text, 1, "en")).entities if e.kind == "person" and e.name)


def test_an_abbreviated_given_name_with_its_period_is_part_of_the_name() -> None:
    persons = _persons("Dr. Ma. Lourdes Tanco was arrested by the police on Monday. Her brother said she was a doctor.")
    assert "Ma. Lourdes Tanco" in persons
    assert "Ma" not in persons


def test_a_capitalised_common_noun_opening_a_caption_is_no_person() -> None:
    persons = _persons("ARRESTED. Mug shot of Dr. Lia Tanco after she was arrested by the police.")
    assert persons == ["Lia Tanco"]


def test_the_body_a_title_is_of_is_no_part_of_the_name() -> None:
    persons = _persons("Deputy Inspector General of Police Omar Vell said the reporter Ana Ruiz was arrested.")
    assert "Omar Vell" in persons
    assert "Police Omar Vell" not in persons


def test_a_one_word_name_that_is_also_a_noun_stays_a_person_beside_a_role() -> None:
    text = "Masa, a student from Tarvik, said she was arrested in 2019.\nMasa said the police beat her."
    assert "Masa" in _persons(text)

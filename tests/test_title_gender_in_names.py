"""A surname with a gendered title ("Mrs Holm") is not a person of that surname whom the document has already given
the other gender by a title or by a given name ("Paul Holm"): it is another person, often the spouse. Without a
title, or with one that says no gender ("Dr Holm"), the surname is the last person so named. Every sentence here is
invented."""

from __future__ import annotations

from test_plural_role_before_names import run


def persons(text: str) -> dict[str, str | None]:
    return {e.name or "": e.gender for e in run(text).entities if e.kind == "person" and e.name}


def test_mrs_and_a_surname_is_not_the_man_of_that_surname() -> None:
    text = "Police in Darvel arrested Paul Vantrell on Monday. Mrs Vantrell said she had not seen her husband since."
    found = persons(text)
    assert len(found) == 2
    assert found["Paul Vantrell"] == "male"
    assert [g for n, g in found.items() if n != "Paul Vantrell"] == ["female"]


def test_mr_and_a_surname_is_not_a_woman_the_document_called_ms() -> None:
    text = "Ms Orla Dennick was detained at the border. Mr Dennick, her brother, was not told where she was held."
    assert len(persons(text)) == 2


def test_a_title_of_the_same_gender_is_the_same_person() -> None:
    text = "Police in Darvel arrested Paul Vantrell on Monday. Mr Vantrell was released two days later."
    assert list(persons(text)) == ["Paul Vantrell"]


def test_a_title_that_says_no_gender_is_the_same_person() -> None:
    text = "Police in Darvel arrested Paul Vantrell on Monday. Dr Vantrell had treated injured protesters."
    assert list(persons(text)) == ["Paul Vantrell"]


def test_a_role_written_as_a_title_is_no_part_of_the_name() -> None:
    found = persons("Officer Brian Vale was shot dead in Tarvik. Gunmen abducted Chief Ivo Holm. Coach Ana Roos fled.")
    assert {"Brian Vale", "Ivo Holm", "Ana Roos"} <= set(found)
    assert not [n for n in found if n.split()[0] in ("Officer", "Chief", "Coach")]


def test_mrs_and_a_surname_is_not_the_man_of_a_longer_name_with_that_surname() -> None:
    """A name of three words or more — a middle name, a nickname in quotes — holds the surname too ("Vantrell" after
    "Paul Erik Vantrell"), but the title keeps "Mrs Vantrell" apart from him all the same."""
    for text in (
        "Police in Darvel arrested Paul Erik Vantrell on Monday. Mrs Vantrell said she had not seen him since.",
        "Paul ‘Pip’ Vantrell said he would stay in Darvel. Mrs Vantrell told reporters that the staff were afraid.",
    ):
        found = persons(text)
        assert len(found) == 2, found
        assert [g for n, g in found.items() if n.startswith("Paul")] == ["male"]

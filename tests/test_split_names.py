"""A person's name that spaCy or a pattern split in two is one name: a given name spaCy took for a place or a
person of its own before the rest ("Abdiwali" + "Yusuf Gedi", "Amina Warsame" + "Osman"), and a listed given name
before a run that looks like a romanised Korean name ("Mary Jo Peyton"; tumen.extract.name_context); and a name
with one middle name more than another of the document is the same person ("Abdiwali Yusuf Gedi" and "Abdiwali
Gedi"; tumen.extract.entities). Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import run


def persons(text: str) -> list[str]:
    return sorted(str(e.name) for e in run(text).entities if e.kind == "person")


def test_a_given_name_taken_for_a_place_before_the_rest_of_the_name_is_part_of_it() -> None:
    assert persons("Officials condemned the arrest of Abdiwali Yusuf Gedi for his work.") == ["Abdiwali Yusuf Gedi"]


def test_two_person_names_side_by_side_are_one_name() -> None:
    assert persons("Soldiers detained reporter Amina Warsame Osman on Monday.") == ["Amina Warsame Osman"]


def test_a_nationality_or_a_title_before_a_name_stays_out_of_it() -> None:
    assert persons("Police detained Israeli Dan Cohen in Lindau.") == ["Dan Cohen"]
    assert persons("Kasilo County MP Elijah Okupa was arrested.") == ["Elijah Okupa"]


def test_a_given_name_before_a_korean_looking_run_opens_one_name() -> None:
    assert persons("Police arrested Mary Jo Peyton in Tarvik.") == ["Mary Jo Peyton"]
    assert persons("Police arrested Kim Min-soo and Lee Jo-young in Hyesan.") == ["Kim Min-soo", "Lee Jo-young"]


def test_a_full_name_with_one_middle_name_more_is_the_same_person() -> None:
    text = "Police arrested journalist Abdiwali Gedi in May. Officials condemned the arrest of Abdiwali Yusuf Gedi."
    extraction = run(text)
    assert [(e.name, e.descriptor) for e in extraction.entities if e.kind == "person"] == [
        ("Abdiwali Yusuf Gedi", "journalist")
    ]
    assert persons("Anna Berg and Marie Berg were arrested in Lindau.") == ["Anna Berg", "Marie Berg"]


def test_a_lone_first_name_is_the_one_person_whose_long_name_opens_with_it() -> None:
    text = "A court acquitted Liban Abdi Omar on Wednesday. Gunmen later seized Liban outside the court."
    assert persons(text) == ["Liban Abdi Omar"]
    text = "Police arrested Liban Abdi Omar and Liban Yusuf Gedi. Liban was released."  # which one is unsaid
    assert "Liban" in persons(text)


def test_an_initial_written_onto_the_given_name_is_part_of_the_name() -> None:
    assert persons("Four others including poet K.Anwar Rao were arrested.") == ["K.Anwar Rao"]


def test_a_name_written_twice_in_a_row_is_the_name_once() -> None:
    assert persons("Peaceful protests honor Ana Cruz Ana Cruz's family has called for calm.") == ["Ana Cruz"]

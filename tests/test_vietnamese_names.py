"""A Vietnamese name opens with its surname: "Pham Chi Dung" is one name, not Pham and a romanised Korean name
"Chi Dung" (tumen.extract.name_context). Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import run


def test_a_vietnamese_surname_keeps_the_korean_looking_rest_in_its_name() -> None:
    extraction = run("Pham Chi Dung was sentenced to 15 years in prison.")
    assert [e.name for e in extraction.entities if e.kind == "person"] == ["Pham Chi Dung"]


def test_a_korean_name_after_a_capitalised_word_of_no_surname_stays_korean() -> None:
    extraction = run("North Korean Kim Chol was arrested in Tarvik.")
    assert [e.name for e in extraction.entities if e.kind == "person"] == ["Kim Chol"]

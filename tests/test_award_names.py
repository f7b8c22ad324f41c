"""An award's name is no one's (docs/extraction.md, "Places and routes"): a name ending with an award's word, or the
short name of an award that is also a given name used as an award's (after an article, a possessive or a number, or
modifying a lower-case word), tagged a person's or a place's, names no person and no place. Invented texts."""

from __future__ import annotations

import pytest

from test_person_evidence import kinds


@pytest.mark.parametrize(
    ("text", "award"),
    [
        ("Vera Lund won the Tarvik Prize in 2004 and a Golden Globe Award.", "a Golden Globe Award"),
        ("Ivo Brandt won an Oscar for the film. He was an Oscar nominee in 2001.", "Oscar"),
        ("Oscar night was long, said the producer Tim Hale.", "Oscar"),
        ("Dora Quill won a Tony Award in 2004 for her role.", "a Tony Award"),
        ("His second Oscar came in 2004, said the producer Tim Hale.", "Oscar"),
    ],
)
def test_an_award_names_no_one(text: str, award: str) -> None:
    assert award not in kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oscar Lennard, the archbishop, blessed the bell. Oscar said it rang well.", "Oscar"),
        ("Ivo Brandt cooks for his son Oscar, 8, and his daughter Ava, 3.", "Oscar"),
        ("The referee Tony stopped the fight in the seventh round.", "Tony"),
    ],
)
def test_a_person_named_like_an_award_stays_a_person(text: str, name: str) -> None:
    assert kinds(text)[name] == {"person"}

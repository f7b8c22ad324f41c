"""A one-word name the indefinite article always counts, heading its phrase, is a thing of a kind (a weapon, a
product), no place nor organisation: "police used a Taser", "armed with an Uzi" (name_context.without_counted_things).
A name that modifies a noun after the article ("a Tehran court") stays a place. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def places(text: str) -> list[str]:
    x = extract(Source(text, 1, "en", date(2024, 3, 1)))
    return sorted(e.name for e in x.entities if e.kind in ("place", "organization"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers used a Taser to subdue Dara Loman outside the station.",
        "The guard was armed with an Uzi when he stopped Dara Loman.",
    ],
)
def test_a_counted_name_is_no_place(sentence: str) -> None:
    assert places(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("A Tehran court sentenced Dara Loman to two years.", ["Tehran"]),
        ("Dara Loman was found dead at a Biloxi, Miss., motel on Monday.", ["Biloxi", "Mississippi"]),
    ],
)
def test_a_name_modifying_a_noun_after_the_article_stays_a_place(sentence: str, named: list[str]) -> None:
    assert places(sentence) == named

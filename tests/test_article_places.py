"""A two-word name whose first word is a bare article ("Al", "El", "Ad", "As", "Ash" …: `name_articles` of
data/places.yaml) is no person's given name: when the gazetteer knows the whole name, it is that place
(docs/extraction.md, "Places and routes"; tumen.extract.article_places). "Al" is also an English given name, and
"Al-X" a surname. Invented sentences; the places are real cities the gazetteer knows."""

from __future__ import annotations

import pytest

from test_person_evidence import kinds
from tumen.extract import places
from tumen.extract.article_places import article_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Al Mukalla was shelled on Monday.", "Al Mukalla"),
        ("Protesters marched through El Minya and Al Mukalla.", "Al Mukalla"),
        ("Ana Ruiz fled to Ad Dawhah in 2019.", "Ad Dawhah"),
    ],
)
def test_an_article_and_a_known_place_name_a_place(text: str, name: str) -> None:
    assert kinds(text)[name] == {"place"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Al Brandt was detained in Tarvik.", "Al Brandt"),  # no place is so called: "Al" is a given name
        # the surname of a person's name the document writes in full
        ("Omar Al Mukalla was arrested. Al Mukalla was beaten.", "Al Mukalla"),
        ("Police arrested Jamal al-Tarvi and Al-Mutairi.", "Al-Mutairi"),  # a surname written with a hyphen
    ],
)
def test_a_persons_name_stays_a_persons(text: str, name: str) -> None:
    assert kinds(text)[name] == {"person"}


def test_the_gazetteer_knows_a_citys_names_with_an_article() -> None:
    # its Arabic name with an assimilated article (Doha), its name after an article (Minya)
    for name, country in (("Ad Dawhah", "QA"), ("El Minya", "EG")):
        known = places.lookup(name)
        assert known is not None and known.kind == "city" and known.country == country


def test_an_assimilated_article_stands_only_before_its_own_consonant() -> None:
    assert article_of("Ad Dawhah") == ("Ad", "Dawhah") and article_of("El-Minya") == ("El", "Minya")
    assert article_of("An Son") is None and article_of("Ad Mukalla") is None

"""Place mentions the name finder or the gazetteer missed or misread: a people's adjective before a state organ names
the state, a Korean name never begins with a place's name, a name GeoNames writes without its apostrophe, countries'
other English names. Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run
from tumen.extract import places


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Belarusian authorities detained the blogger Pavel Ostrov in Tarvik on Monday.", "Belarus"),
        ("Kenyan police arrested the activist Amani Wekesa during a march.", "Kenya"),
        ("The Syrian government released the lawyer Omar Haddad last week.", "Syria"),
        ("Saudi officials said the writer Faisal Nour would stay in prison.", "Saudi Arabia"),
    ],
)
def test_a_peoples_adjective_before_a_state_organ_names_the_state(sentence: str, country: str) -> None:
    extraction = run(sentence)
    state = [e for e in extraction.entities if e.kind == "place" and e.name == country]
    assert state and state[0].place_kind == "country"


def test_a_peoples_adjective_alone_is_no_place() -> None:
    assert places.is_demonym("Nigerians") and places.is_demonym("Belarusian")
    assert not places.is_demonym("Nigeria") and not places.is_demonym("Belarus")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police detained five members of the Hong Kong Weavers Union in Hong Kong on Monday.",
        "Hong Kongers marched in Hong Kong on Sunday before police detained the organiser Mei Lin.",
    ],
)
def test_a_korean_name_never_begins_with_a_places_name(sentence: str) -> None:
    extraction = run(sentence)
    assert not any(e.kind == "person" and (e.name or "").startswith("Hong") for e in extraction.entities)
    assert any(e.kind == "place" and e.name == "Hong Kong" for e in extraction.entities)


@pytest.mark.parametrize(("name", "country"), [("Sana’a", "YE"), ("Sana'a", "YE")])
def test_a_name_the_gazetteer_writes_without_its_apostrophe_is_still_known(name: str, country: str) -> None:
    found = places.lookup(name)
    assert found is not None and (found.kind, found.country) == ("city", country)


@pytest.mark.parametrize("name", ["Palestine", "Swaziland"])
def test_a_countrys_other_english_name_is_a_country(name: str) -> None:
    found = places.lookup(name)
    assert found is not None and found.kind == "country"


def test_a_places_name_keeps_no_word_for_its_unit_unless_the_gazetteer_knows_the_whole() -> None:
    extraction = run("Police in Tarvik Province detained the teacher Ivo Holm on Monday.")
    assert [(e.name, e.place_kind) for e in extraction.entities if e.kind == "place"] == [("Tarvik", "province")]
    extraction = run("The writer Ana Cruz was detained in Mexico City on Monday.")
    assert [e.name for e in extraction.entities if e.kind == "place"] == ["Mexico City"]


def test_a_peoples_adjective_before_a_court_or_an_army_names_the_state() -> None:
    extraction = run("A Kenyan court sentenced the blogger Amani Wekesa to two years in prison.")
    assert any(e.kind == "place" and e.name == "Kenya" for e in extraction.entities)
    extraction = run("The Malian army detained the reporter Issa Traore in Tarvik.")
    assert any(e.kind == "place" and e.name == "Mali" for e in extraction.entities)

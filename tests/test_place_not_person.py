"""A name of two words or more that only a place bears is a place, whatever the name finder called it: a country,
province or region the gazetteer knows, or a name ending in a word for a unit of land (mentions._place_form).
Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import run
from tumen.extract.mentions import _place_form


def test_a_country_the_name_finder_took_for_a_person_is_a_place() -> None:
    extraction = run("Sri Lanka prison officials escorted Kim Ok-sun to court in May.")
    assert [e.name for e in extraction.entities if e.kind == "person"] == ["Kim Ok-sun"]
    assert any(e.name == "Sri Lanka" for e in extraction.entities if e.kind == "place")


def test_place_forms() -> None:
    assert _place_form("Tarvik State") and _place_form("Holm City") and _place_form("Sri Lanka")
    assert not _place_form("Kim Ok-sun") and not _place_form("Ana Cruz") and not _place_form("Georgia")

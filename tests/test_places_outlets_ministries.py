"""Places and organisations the name finder misses or misreads (docs/extraction.md, "Places and routes" and
"Organisations and relations"): a capitalised preposition of place before a known place ("Near Hoeryong, …") is no
one's name; a dateline's place in capitals ("HYESAN (Wire) – …"); a province written with its unit word keeps that
form as an alias; the document's outlet named by its metadata name without a bracketed addition or by its initials;
a people's adjective, a portfolio and "ministry" in lower case name a ministry. Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Entity, Extraction


def run(text: str, outlet: str | None = None) -> Extraction:
    return extract(Source(text, 1, "en", date(2020, 6, 15), outlet))


def named(extraction: Extraction, name: str) -> Entity | None:
    return next((e for e in extraction.entities if e.name == name or name in e.aliases), None)


def test_a_capitalised_preposition_before_a_known_place_is_no_name() -> None:
    extraction = run("Ri Chol-min\nBorn 1990\nNear Hoeryong, Ryanggang Province\n\nRi Chol-min is a former miner.")
    place = named(extraction, "Hoeryong")
    assert place is not None and place.kind == "place"
    assert not any(e.kind == "person" and "Near" in (e.name or "") for e in extraction.entities)


def test_a_datelines_place_in_capitals_is_a_place() -> None:
    extraction = run("March 3, 2019\n\nBy Ana Lee\n\nHYESAN (Wire) – Border guards detained a woman on Monday.")
    place = named(extraction, "Hyesan")
    assert place is not None and place.kind == "place" and place.place_kind == "city"


def test_a_province_written_with_its_unit_word_keeps_that_form() -> None:
    extraction = run("She was born in Yonsan County, North Hwanghae Province, and later moved to Hyesan.")
    place = named(extraction, "North Hwanghae")
    assert place is not None and "North Hwanghae Province" in place.aliases


def test_the_outlet_is_named_without_its_bracketed_addition() -> None:
    extraction = run("[Kestrel Biz= Lee Min] A court sentenced a pastor on Monday.", outlet="Kestrel Biz (English)")
    outlet = named(extraction, "Kestrel Biz")
    assert outlet is not None and outlet.kind == "organization"
    assert not any(e.kind == "person" and (e.name or "").startswith("Kestrel") for e in extraction.entities)


def test_the_outlet_is_named_by_its_initials() -> None:
    extraction = run("Lee Min-ji told VOT that she had fled in 2010.", outlet="Voice of Tarvik")
    outlet = named(extraction, "Voice of Tarvik")
    assert outlet is not None and outlet.kind == "organization" and "VOT" in outlet.aliases


def test_a_ministry_in_lower_case_after_a_peoples_adjective_is_an_organisation() -> None:
    extraction = run("A Japanese foreign ministry spokesman said ten shots were fired near the border on Monday.")
    ministry = named(extraction, "Japanese foreign ministry")
    assert ministry is not None and ministry.kind == "organization"


def test_a_treaty_is_no_organisation_but_the_organisation_opening_its_name_is() -> None:
    extraction = run("Tarvik is a party to the United Nations Convention against Torture but ignores it.")
    organisations = [e.name for e in extraction.entities if e.kind == "organization"]
    assert "United Nations" in organisations
    assert not any("Convention" in (name or "") for name in organisations)


def test_a_convention_that_names_no_matter_may_be_a_gathering() -> None:
    extraction = run("Ana Berg spoke at the Tarvik National Convention in Harbour City on Monday.")
    assert "Tarvik National Convention" in [e.name for e in extraction.entities if e.kind == "organization"]

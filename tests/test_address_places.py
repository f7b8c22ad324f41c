"""Places written as in an address (docs/extraction.md, "Places and routes"; tumen.extract.address_places): a news
agency's abbreviation of a state after a town ("Van Nuys, Calif.") is the state; a name the gazetteer lacks is a town,
not a person, before a province or region ("Merthyr Tydfil, South Wales") or after a street ("Newton Street,
Millom"). Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2020, 6, 15)))


def kinds(extraction: Extraction) -> dict[str, tuple[str, str | None]]:
    return {str(e.name): (e.kind, e.place_kind) for e in extraction.entities}


def test_a_state_abbreviation_after_a_town_is_the_state() -> None:
    text = "A teenager was shot dead in Halvorsen, Mo., on Saturday. A Tarvik, Calif.-based firm hired him."
    found = kinds(run(text))
    assert found["Missouri"] == ("place", "province") and found["California"] == ("place", "province")
    assert "Mo" not in found and "Calif" not in found
    assert found["Halvorsen"] == ("place", "city")


def test_a_state_abbreviation_names_the_state_its_full_name_names() -> None:
    extraction = run("Police in Vorland, N.J., arrested Ana Berg. She was born in New Jersey.")
    assert [e.name for e in extraction.entities if e.kind == "place" and e.place_kind == "province"] == ["New Jersey"]
    assert not any(e.name == "N.J" for e in extraction.entities)


def test_a_word_like_an_abbreviation_elsewhere_is_no_state() -> None:
    found = kinds(run("Mass arrests followed in Tarvik on Monday. Ana Berg fell ill."))
    assert "Massachusetts" not in found and "Illinois" not in found


def test_a_name_before_a_region_is_a_town() -> None:
    found = kinds(run("Ana Berg moved to Merthyr Tydfil, South Wales, four years ago."))
    assert found["Merthyr Tydfil"] == ("place", "city")
    assert found["South Wales"] == ("place", "region")


def test_a_name_after_a_street_is_a_town() -> None:
    extraction = run("Karl Vos, 23, of Newton Street, Millom was arrested on Saturday.")
    assert kinds(extraction)["Millom"] == ("place", "city")
    assert [e.name for e in extraction.entities if e.kind == "person"] == ["Karl Vos"]


def test_a_person_listed_with_a_state_stays_a_person() -> None:
    found = kinds(run("Tomas Berk, Ohio, and Ana Berg, Texas, were arrested."))
    assert found["Tomas Berk"][0] == "person" and found["Ana Berg"][0] == "person"

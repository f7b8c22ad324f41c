"""Rules of the event finder found on real reporting (issue 10, second round), each on invented sentences:
defecting to a safe country is arriving there (docs/extraction.md, "Defecting to a safe country")."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str, published: date = date(2021, 6, 1)) -> Extraction:
    return extract(Source(text, 1, "en", published))


def of_type(x: Extraction, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind]


def test_defecting_to_south_korea_is_arriving_there() -> None:
    x = run("Choi Eun-byul defected via China to South Korea in 2014.")
    [arrival] = of_type(x, "resettlement")
    assert arrival.modality == "asserted" and arrival.time is not None and arrival.time.earliest.year == 2014
    assert not of_type(x, "border_crossing")


def test_an_attempt_to_defect_to_south_korea_is_an_attempted_crossing() -> None:
    x = run("Choi Eun-byul tried to defect to South Korea in 2014.")
    assert not of_type(x, "resettlement")
    [crossing] = of_type(x, "border_crossing")
    assert crossing.modality == "attempted"


def test_fleeing_to_the_south_tells_the_flight() -> None:
    x = run("Choi Eun-byul fled to South Korea in 2014.")
    assert of_type(x, "border_crossing") and not of_type(x, "resettlement")


def test_defecting_without_a_safe_destination_is_a_crossing() -> None:
    x = run("Choi Eun-byul defected from North Korea in 2014.")
    assert of_type(x, "border_crossing") and not of_type(x, "resettlement")

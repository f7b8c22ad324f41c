"""Where a defector crossed (docs/extraction.md, "Defecting to a safe country" and "Story time"): a way through a
point of the border is a crossing there, a crossing told again in the perfect is the dated one, and wounds suffered
during it were suffered there. Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2019, 6, 2)))


def of_type(extraction: Extraction, kind: str) -> list[Event]:
    return [e for e in extraction.events if e.type == kind]


def place_name(extraction: Extraction, event: Event) -> str | None:
    return next((e.name for e in extraction.entities if e.id == event.place), None)


def day(event: Event) -> tuple[date, date] | None:
    return (event.time.earliest, event.time.latest) if event.time is not None else None


def test_defecting_via_a_point_of_the_border_is_a_crossing_there_and_an_arrival() -> None:
    x = run("Ri Sol-jin defected to South Korea via the Joint Security Area on March 4, 2019.")
    assert [place_name(x, e) for e in of_type(x, "resettlement")] == ["South Korea"]
    crossings = of_type(x, "border_crossing")
    assert [place_name(x, e) for e in crossings] == ["Panmunjom"]
    assert day(crossings[0]) == (date(2019, 3, 4), date(2019, 3, 4))


def test_defecting_via_a_country_is_no_crossing() -> None:
    x = run("Choi Eun-byul defected via Vietnam to South Korea in 2014.")
    assert of_type(x, "border_crossing") == []
    assert [place_name(x, e) for e in of_type(x, "resettlement")] == ["South Korea"]


def test_a_crossing_told_in_the_perfect_is_the_dated_one_at_its_more_specific_place() -> None:
    x = run(
        "Kim Dal-su has fled across the Demilitarized Zone. Kim fled North Korea on March 4, 2019, his lawyer said."
    )
    crossings = of_type(x, "border_crossing")
    assert len(crossings) == 1
    assert day(crossings[0]) == (date(2019, 3, 4), date(2019, 3, 4))
    assert place_name(x, crossings[0]) == "Demilitarized Zone"


def test_a_crossing_told_again_in_the_past_is_another() -> None:
    x = run("Kim Dal-su fled across the Demilitarized Zone. Kim fled North Korea on March 4, 2019, his lawyer said.")
    assert len(of_type(x, "border_crossing")) == 2


def test_wounds_suffered_during_a_defection_were_suffered_at_its_time_and_place() -> None:
    x = run(
        "Tomas Vell defected across the Demilitarized Zone on March 4, 2019. "
        "He is recovering from gunshot wounds suffered during his defection."
    )
    shooting = of_type(x, "shooting")[0]
    assert day(shooting) == (date(2019, 3, 4), date(2019, 3, 4))
    assert place_name(x, shooting) == "Demilitarized Zone"


def test_wounds_suffered_during_an_escape_told_before_were_suffered_there() -> None:
    x = run(
        "Tomas Vell fled across the Demilitarized Zone on March 4, 2019. "
        "He is recovering from gunshot wounds suffered during his escape."
    )
    shooting = of_type(x, "shooting")[0]
    assert day(shooting) == (date(2019, 3, 4), date(2019, 3, 4))
    assert place_name(x, shooting) == "Demilitarized Zone"

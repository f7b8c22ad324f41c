"""Rules of the event finder found on real reporting (issue 10, second round), each on invented sentences:
defecting to a safe country is arriving there (docs/extraction.md, "Defecting to a safe country"); who a
counted plural ("the three", "the two children") and a list the parser broke stand for (docs/extraction.md,
"Who 'they' are")."""

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


# --- who a plural stands for --------------------------------------------------------------------------


def _people(x: Extraction, event: Event) -> set[str]:
    names = {e.id: e.name or e.descriptor or "" for e in x.entities}
    return {names[p.entity] for p in event.participants}


STORY = (
    "From their village of Musan, Ms Ryu, then aged nine, her mother and her brother walked for two days until "
    "they reached the river and crossed into China. In 2011 they were found out, jailed and returned. "
    "Back in North Korea, the mother was sent to a labour camp. "
    "A year later, as the two children were being moved to another orphanage, they escaped. "
    "Their mother had already been released, and soon the three were together again. "
    "In 2013 they crossed the river a second time."
)


def _crossing_in(x: Extraction, year: int) -> Event:
    [found] = [e for e in of_type(x, "border_crossing") if e.time is not None and e.time.earliest.year == year]
    return found


def test_the_three_are_the_three_persons_named_together_last() -> None:
    x = run(STORY)
    assert _people(x, _crossing_in(x, 2013)) == {"Ryu", "mother", "brother"}


def test_the_two_children_leave_out_their_mother() -> None:
    x = run(STORY)
    assert _people(x, _crossing_in(x, 2012)) == {"Ryu", "brother"}


def test_a_person_the_parser_hung_on_a_fronted_place_heads_the_list() -> None:
    text = (
        "From their village of Musan, Ms Ryu, then aged nine, her mother and her brother walked for two days "
        "until they reached the river and crossed into China."
    )
    x = run(text)
    [crossing] = of_type(x, "border_crossing")
    assert _people(x, crossing) == {"Ryu", "mother", "brother"}


# --- a possessor is not the many it owns -------------------------------------------------------------


def test_my_family_members_are_not_me() -> None:
    x = run("“Within a year, almost all my family members died,” said Kim Eun-ha, 31.")
    assert all("Kim Eun-ha" not in _people(x, e) for e in of_type(x, "death"))


def test_one_of_her_brothers_is_not_her() -> None:
    x = run("Kim Eun-ha grew up in Musan. One of her two brothers had already died of hunger.")
    assert all("Kim Eun-ha" not in _people(x, e) for e in of_type(x, "death"))


def test_she_and_her_parents_are_still_her_and_her_parents() -> None:
    x = run("Kim Eun-ha and her parents were arrested in 2009.")
    [arrest] = of_type(x, "arrest")
    assert "Kim Eun-ha" in _people(x, arrest)

"""A "they" handed over is the group held, not the officials who tell of it; a handover goes on to the place the next
sentence flies the same people to (docs/extraction.md), each on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction

PUBLISHED = date(2019, 3, 14)  # a Thursday

ARREST = "The young Eritreans were arrested by Kenyan police on May 4 in the town of Tarvik."
HANDOVER = (
    "Somali officials said they were in talks with the Kenyan government about the refugees when they learned that "
    "they had been handed over to the Eritrean Embassy in Nairobi."
)
ONWARD = "The next day they were put on a plane for Asmara."


def run(*paragraphs: str) -> Extraction:
    return extract(Source("\n\n".join(paragraphs), 1, "en", PUBLISHED))


def handed(x: Extraction) -> Event:
    [event] = [e for e in x.events if e.type == "forced_repatriation" and e.trigger.text == "handed"]
    return event


def labels(x: Extraction, event: Event, role: str) -> set[str]:
    return {x.entity(p.entity).label for p in event.participants if p.role == role}


def test_a_they_handed_over_is_the_group_held_not_the_officials_who_tell_it() -> None:
    x = run(ARREST, HANDOVER)
    assert labels(x, handed(x), "victim") == {"Eritreans"}


def test_a_they_with_no_held_people_before_it_names_no_victim() -> None:
    x = run("Somali officials said on Monday that they had been handed over to the Eritrean Embassy in Nairobi.")
    assert all(not labels(x, e, "victim") for e in x.events)


def test_a_handover_goes_on_to_where_the_next_sentence_flies_them() -> None:
    x = run(ARREST, HANDOVER + " " + ONWARD)
    event = handed(x)
    assert event.place is not None and x.entity(event.place).name == "Asmara"
    assert [x.entity(p).name for p in event.route] == ["Nairobi", "Asmara"]


def test_others_put_on_a_plane_do_not_move_the_handover() -> None:
    x = run(ARREST, HANDOVER + " The next day the guards were put on a plane for Asmara.")
    event = handed(x)
    assert event.place is None or x.entity(event.place).name != "Asmara"


def test_a_peoples_name_told_of_another_matter_further_back_is_not_they() -> None:
    x = run(
        "Ana Berg said the Velmans had duped the workers. Allies of Ana Berg formed a council to oversee the "
        "transition. But authorities have been rounding them up and jailing them."
    )
    assert all("Velmans" not in labels(x, e, "victim") for e in x.events)


def test_a_handover_with_a_route_goes_on_from_its_end() -> None:
    # "deported through Olsk to Nairobi. The next day … for Asmara": the route grows; it does not lose Olsk
    x = run(ARREST, "Officials said the refugees had been deported through Olsk to Nairobi. " + ONWARD)
    [event] = [e for e in x.events if e.type == "forced_repatriation"]
    assert [x.entity(p).name for p in event.route] == ["Olsk", "Nairobi", "Asmara"]
    assert event.place is not None and x.entity(event.place).name == "Asmara"

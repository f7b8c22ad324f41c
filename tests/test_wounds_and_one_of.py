"""Who was shot, by whom, and who did what "one of those who" did (docs/extraction.md, "Violations: senses, the
described victim and doers named by the deed", "Who did it" and "Places and routes"): one recovers from what befell
one ("recovering from gunshot wounds"); wounds come from whoever dealt them ("wounds obtained from soldiers");
"X is one of the prisoners who escaped" tells that X escaped; a crossing's place is the place within the border
crossed that its "into" names. Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2020, 6, 15)))


def roles(extraction: Extraction, event: Event) -> dict[str, str | None]:
    names = {e.id: e.name or e.descriptor for e in extraction.entities}
    return {p.role: names.get(p.entity) for p in event.participants}


def of_type(extraction: Extraction, kind: str) -> list[Event]:
    return [e for e in extraction.events if e.type == kind]


def test_one_recovering_from_gunshot_wounds_was_shot() -> None:
    extraction = run("Kim Ok-sun is recovering from gunshot wounds in a hospital in Seoul.")
    shootings = of_type(extraction, "shooting")
    assert shootings and roles(extraction, shootings[0]).get("victim") == "Kim Ok-sun"


def test_recovering_from_an_illness_is_no_event() -> None:
    assert not of_type(run("Kim Ok-sun is recovering from a cold in a hospital in Seoul."), "shooting")


def test_wounds_obtained_from_soldiers_name_the_doers() -> None:
    extraction = run(
        "Kim Ok-sun was in a hospital in 2015, recovering from three gunshot wounds obtained from border guards."
    )
    shootings = of_type(extraction, "shooting")
    assert shootings and roles(extraction, shootings[0]) == {"victim": "Kim Ok-sun", "perpetrator": "border guards"}


def test_wounds_suffered_from_guards_name_the_doers() -> None:
    extraction = run("On May 3, 2015, Kim Ok-sun suffered two gunshot wounds from border guards.")
    shootings = of_type(extraction, "shooting")
    assert shootings and roles(extraction, shootings[0]).get("perpetrator") == "border guards"


def test_one_of_the_prisoners_who_escaped_escaped() -> None:
    extraction = run("Kim Ok-sun is one of the few prisoners who escaped from Camp 15.")
    escapes = of_type(extraction, "escape")
    assert escapes and roles(extraction, escapes[0]).get("subject") == "Kim Ok-sun"


def test_one_of_those_who_escaped_by_a_surname_read_as_an_interjection() -> None:
    extraction = run("Oh Min-ji is a former prisoner. Oh is one of the few prisoners who escaped from Camp 15.")
    escapes = of_type(extraction, "escape")
    assert escapes and roles(extraction, escapes[0]).get("subject") == "Oh Min-ji"


def test_an_interjection_is_not_the_one_when_the_copula_has_a_subject() -> None:
    extraction = run("Kim Ok-sun spoke on Monday. Oh, she is one of the few prisoners who escaped from Camp 15.")
    escapes = of_type(extraction, "escape")
    assert escapes and roles(extraction, escapes[0]).get("subject") == "Kim Ok-sun"


def test_not_one_of_those_who_escaped_did_not() -> None:
    extraction = run("Kim Ok-sun is not one of the prisoners who escaped from Camp 15.")
    assert not any(roles(extraction, e).get("subject") == "Kim Ok-sun" for e in of_type(extraction, "escape"))


def test_a_crossing_happens_at_the_place_within_the_border_it_enters() -> None:
    extraction = run("In May 2015 a soldier, Kim Ok-sun, crossed the DMZ into the Joint Security Area at Panmunjom.")
    crossings = of_type(extraction, "border_crossing")
    places = {e.id: e.name for e in extraction.entities}
    assert crossings and places.get(crossings[0].place or "") == "Panmunjom"

"""A name beside the noun of a place's kind is a place of that kind (docs/extraction.md, "Places and routes").
Invented sentences and names."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


def kinds(sentence: str) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.kind, e.place_kind) for e in run(sentence).entities}


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Soldiers detained Ana Berg in the eastern city of Dravik on Monday.", "Dravik", "city"),
        ("Police arrested Ivo Holm in the northern town of Varel on Friday.", "Varel", "city"),
        ("Gunmen killed two farmers in the border province of Hallin last week.", "Hallin", "province"),
    ],
)
def test_a_name_after_the_city_of_is_a_place_of_that_kind(sentence: str, name: str, kind: str) -> None:
    assert kinds(sentence)[name] == ("place", kind)


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Gunmen attacked a school in Sarun district on Monday.", "Sarun", "county"),
        ("Rebels killed Ana Berg in Kelvar province on Tuesday.", "Kelvar", "province"),
    ],
)
def test_a_name_before_a_kinds_noun_is_a_place_of_that_kind(sentence: str, name: str, kind: str) -> None:
    assert kinds(sentence)[name] == ("place", kind)


def test_the_place_after_the_town_of_is_the_events_place() -> None:
    extraction = run("Soldiers detained Ana Berg in the eastern city of Dravik on Monday.")
    event = next(e for e in extraction.events if e.type == "detention")
    place = next(e for e in extraction.entities if e.id == event.place)
    assert place.name == "Dravik"

""" "Keep" tells a detention of a person held (tumen.extract.event_requirements._kept_held, ``kept_in`` in
data/events.yaml): passive with a person kept ("was kept in a cell"), or active with a person as object and a place or
restraint of custody ("the soldiers kept him in a cell", "kept her in handcuffs"). A thing kept ("these matters should
be kept between the people concerned") is no detention, nor a person kept in no custody ("kept him in mind"). Invented
sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


def detentions(text: str) -> list[str]:
    return [e.modality for e in run(text).events if e.type == "detention"]


@pytest.mark.parametrize(
    "text",
    [
        "Kim Ha-na said the soldiers kept him in a cell for three weeks.",
        "The soldiers kept Ana Berg in solitary confinement for a month.",
        "The guards denied Ana Berg food and kept her in handcuffs.",
    ],
)
def test_a_person_kept_in_custody_is_detained(text: str) -> None:
    assert detentions(text) == ["asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "Kim Ha-na said these matters should be kept between the people concerned.",
        "Karl Vos said the quarrels should be kept between the two families and not revealed.",
    ],
)
def test_a_thing_kept_is_no_detention(text: str) -> None:
    assert detentions(text) == []

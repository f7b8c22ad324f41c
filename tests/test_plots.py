"""A plot to do a deed (tumen.extract.modality, ``plots`` in data/events.yaml): the deed is planned and marked
``plotted`` — the scheme told as hatched, itself a crime. Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


@pytest.mark.parametrize(
    "sentence",
    [
        "Four men were charged in the plot to kidnap Governor Anna Berg.",
        "Karl Vos plotted to kidnap Anna Berg in May.",
        "Police foiled a kidnap plot against Anna Berg.",
        "The men are accused of a conspiracy to murder Anna Berg.",
    ],
)
def test_a_plot_to_do_it_is_planned_and_plotted(sentence: str) -> None:
    events = [e for e in run(sentence).events if e.type in ("abduction", "killing")]
    assert [(e.modality, e.attributes.get("plotted")) for e in events] == [("planned", True)]


def test_a_plan_is_no_plot() -> None:
    [event] = [e for e in run("Karl Vos planned to kidnap Anna Berg.").events if e.type == "abduction"]
    assert event.modality == "planned" and "plotted" not in event.attributes

"""A plot or attempt a charge names (tumen.extract.crime_phrases.plan_of, tumen.extract.charged_crimes): "charged in
the plot to kidnap X", "charged with conspiring to kill X" — the one charged is accused, and the plotted or attempted
crime is theirs, its victim the infinitive's object, also when the parse hangs "to kidnap" on "charged" instead of on
"plot". Invented sentences."""

from __future__ import annotations

import pytest

from test_accused import roles
from test_charged_crimes import perpetrators
from test_plural_role_before_names import run
from tumen.extract.types import Event, Extraction


def planned(extraction: Extraction, event_type: str) -> Event:
    [event] = [e for e in extraction.events if e.type == event_type and e.modality in ("planned", "attempted")]
    return event


def test_charged_in_the_plot_to_kidnap_is_accused_and_the_plotter() -> None:
    extraction = run("Dara Loman was charged in the plot to kidnap the governor.")
    assert roles(extraction, "trial") == {"Dara Loman": "subject"}
    assert all(e.attributes.get("accused") for e in extraction.events if e.type == "trial")
    plot = planned(extraction, "abduction")
    assert plot.attributes.get("plotted") and perpetrators(extraction, plot) == {"Dara Loman"}


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Karl Vos was charged with conspiring to kill the activist Dara Loman.", "killing"),
        ("Police arrested Karl Vos over a plot to kidnap the activist Dara Loman.", "abduction"),
    ],
)
def test_the_plotted_crime_is_the_one_charged_and_befalls_its_object(sentence: str, event_type: str) -> None:
    extraction = run(sentence)
    plot = planned(extraction, event_type)
    assert perpetrators(extraction, plot) == {"Karl Vos"}  # never the police who arrest him
    assert {str(extraction.entity(p.entity).name) for p in plot.participants if p.role == "victim"} == {"Dara Loman"}


def test_the_one_whose_kidnapping_is_charged_is_never_its_doer() -> None:
    extraction = run(
        "Police arrested three men in Tarvik. They have been charged with attempting to kidnap the trader Dara Loman;"
        " murders of his aide and driver."
    )  # (the parse makes "murders" an apposition of "They", and "They" is read as Dara Loman)
    attempt = planned(extraction, "abduction")
    assert "Dara Loman" not in perpetrators(extraction, attempt)


@pytest.mark.parametrize(
    ("sentence", "accused"),
    [
        # the parse reads "to torture" as a "to" and a noun: still the crime conspired
        (
            "Two Tarvik nationals were charged with joining an armed group and conspiring to torture and behead "
            "hostages in Varno.",
            True,
        ),
        ("Two Tarvik nationals were charged with conspiring to the detriment of the state in Varno.", False),
    ],
)
def test_a_plot_whose_infinitive_the_parse_reads_as_a_noun_is_still_the_crime(sentence: str, accused: bool) -> None:
    trials = [e for e in run(sentence).events if e.type == "trial"]
    assert trials and all(bool(e.attributes.get("accused")) == accused for e in trials)

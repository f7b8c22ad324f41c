"""A crossing of "the border" whose border point the same or the next sentence names (tumen.extract.named_borders).
Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run
from tumen.extract.types import Extraction


def crossing_places(extraction: Extraction) -> list[str | None]:
    names = {e.id: e.name for e in extraction.entities}
    return [names.get(e.place) if e.place else None for e in extraction.events if e.type == "border_crossing"]


@pytest.mark.parametrize(
    "text",
    [
        "Guards fired warning shots across the border with the North on Thursday as a soldier defected in thick fog. "
        "The shots were fired as troops from the North came near the demilitarized zone (DMZ).",
        "Guards fired warning shots across the border on Thursday as a soldier defected in thick fog. Officials said "
        "troops approached the military demarcation line at the demilitarized zone.",
        "A soldier defected across the frontier on Thursday as guards fired shots toward the DMZ.",
    ],
)
def test_the_border_point_named_after_a_crossing_of_the_border(text: str) -> None:
    assert crossing_places(run(text)) == ["Demilitarized Zone"]


@pytest.mark.parametrize(
    "text",
    [
        "A soldier defected on Thursday. He now lives in a village near the DMZ.",  # no border spoken of
        "A soldier defected across the border on Thursday. Troops searched the hills for a week. "
        "Guards later stood at the DMZ.",  # not the next sentence
    ],
)
def test_no_border_point_without_a_border_or_beyond_the_next_sentence(text: str) -> None:
    assert crossing_places(run(text))[0] is None


def test_a_crossing_told_after_keeps_the_next_sentence_to_itself() -> None:
    text = "A soldier crossed the border on Thursday. Another soldier defected at the DMZ in May."
    assert crossing_places(run(text)) == [None, "Demilitarized Zone"]


@pytest.mark.parametrize(
    "text",
    [
        # words of another moment
        "Ana Berg fled across the border in 2010 and was arrested in Tarvik in 2012. Years later she visited the "
        "demilitarized zone as a tourist.",
        "A soldier defected across the border on Thursday. Guards later stood at the demilitarized zone.",
        # another as the subject, an event of another kind, a time of its own
        "A soldier defected across the border on Thursday. Another soldier was killed near the Joint Security Area in "
        "2017.",
        "A soldier defected across the border on Thursday. Other soldiers stood near the demilitarized zone.",
        "A soldier defected across the border on Thursday. A farmer was arrested near the demilitarized zone.",
        "A soldier defected across the border on Thursday. Troops were stationed at the demilitarized zone in 2017.",
        # a state told in the present
        "Rights groups say the North tightened its border after 2011, and fewer people defected that year. Tourists "
        "still visit the demilitarized zone.",
        "A soldier defected across the border on Thursday. Guards patrol the demilitarized zone.",
    ],
)
def test_no_border_point_from_a_next_sentence_about_another_moment(text: str) -> None:
    assert crossing_places(run(text))[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "A soldier defected across the border on Thursday. Guards fired shots as he ran past the demilitarized zone.",
        "A soldier defected across the border on Thursday. Guards fired shots as he ran past the demilitarized zone "
        "on Thursday.",  # the crossing's own time
    ],
)
def test_the_next_sentence_telling_the_crossing_moment_gives_its_point(text: str) -> None:
    assert crossing_places(run(text)) == ["Demilitarized Zone"]

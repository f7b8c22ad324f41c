"""A crime told by a plea, a confession or a verdict is alleged (tumen.extract.pleas): "pleaded guilty to
assaulting a guard", "admitted killing him", "was found guilty of murdering her" tell what the one who pleads,
confesses or is found guilty owned or was held to have done, not that it was done. Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run
from tumen.extract.types import Event, Extraction


def crime(extraction: Extraction, event_type: str) -> Event:
    [found] = [e for e in extraction.events if e.type == event_type]
    return found


def perpetrators(extraction: Extraction, event: Event) -> set[str]:
    return {str(extraction.entity(p.entity).name) for p in event.participants if p.role == "perpetrator"}


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Dara Loman pleaded guilty to assaulting a guard in Tarvik.", "ill_treatment"),
        ("Dara Loman admitted killing the trader Tal Brenner in 2019.", "killing"),
        ("Dara Loman confessed to the kidnapping of Tal Brenner.", "abduction"),
        ("Dara Loman pleaded not guilty to two counts of murdering Tal Brenner.", "killing"),
        ("Dara Loman was found guilty of murdering Tal Brenner.", "killing"),
        ("The court found Dara Loman guilty of the murder of Tal Brenner.", "killing"),
    ],
)
def test_a_pleaded_confessed_or_adjudged_crime_is_alleged_against_the_one_who_owns_it(
    sentence: str, event_type: str
) -> None:
    extraction = run(sentence)
    event = crime(extraction, event_type)
    assert event.modality == "alleged"  # no fact, no verdict of tumen's
    assert perpetrators(extraction, event) == {"Dara Loman"}


def test_the_sentence_after_a_plea_stays_asserted() -> None:
    extraction = run("Dara Loman pleaded guilty to the murder of Tal Brenner and was sentenced to ten years.")
    assert crime(extraction, "killing").modality == "alleged"
    assert crime(extraction, "sentencing").modality == "asserted"


def test_who_confessed_to_a_crime_is_the_accused_of_their_arrest() -> None:
    extraction = run("Dara Loman was arrested in May. Police said she later admitted killing Tal Brenner.")
    assert crime(extraction, "arrest").attributes.get("accused")


def test_a_forced_confession_and_a_plea_for_mercy_are_no_plea() -> None:
    forced = run("Dara Loman was forced to confess to killing Tal Brenner.")
    assert crime(forced, "killing").attributes.get("pleaded") is None
    begged = run("Dara Loman pleaded with the guards to stop beating Tal Brenner.")
    assert all(not e.attributes.get("charged") for e in begged.events)

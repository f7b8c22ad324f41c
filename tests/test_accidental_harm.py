"""A harm told as an accident is no attack (``requires: inflicted`` in data/events.yaml;
``event_conditions.accidental``): a mishap it happened in. A harm someone
inflicted stays one. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def attacks(text: str) -> list[str]:
    extraction = extract(Source(text, 1, "en", date(2024, 3, 1)))
    return [e.type for e in extraction.events if e.type == "attack"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dara Loman was injured in a car crash near Tarvik on Monday.",
        "Petra Venn was wounded in the fire at the warehouse in Tarvik.",
        "Two guards were injured in the Tarvik fire on Monday.",
        "Joel Marsh was badly hurt and two others were injured during a stampede at the stadium.",
        "Ivo Holm was injured in a fall at the Tarvik mine last week.",
        "Anna Gold was accidentally injured by a falling branch in Tarvik.",
    ],
)
def test_a_harm_told_as_an_accident_is_no_attack(sentence: str) -> None:
    assert attacks(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dara Loman was injured by police officers in Tarvik on Monday.",
        "Petra Venn was wounded by gunmen during a raid on her office.",
        "Joel Marsh was injured in an attack by masked men in Tarvik.",
        "Anna Gold was wounded by police fire during the protest in Tarvik.",
    ],
)
def test_a_harm_someone_inflicted_stays_an_attack(sentence: str) -> None:
    assert attacks(sentence) == ["attack"]

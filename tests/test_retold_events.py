"""An event told again of its party, its time given by the story, is the one told before (merge_retold in
tumen.extract.repeated_events). Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import run


def test_a_quote_that_retells_the_arrest_is_the_same_arrest() -> None:
    extraction = run(
        "Dara Loman said her husband Joel Marsh was arrested by border guards in Tarvik in January 2022."
        ' "They came at night and took him away," she said.'
    )
    [arrest] = [e for e in extraction.events if e.type == "arrest"]
    assert len(arrest.evidence) == 2  # both sentences quote it


def test_an_arrest_told_as_another_occurrence_stays_its_own() -> None:
    extraction = run(
        "Joel Marsh was arrested by border guards in Tarvik in January 2022. He was arrested again that month."
    )
    assert len([e for e in extraction.events if e.type == "arrest"]) == 2


def test_a_retelling_at_another_place_stays_its_own_account() -> None:
    extraction = run(
        "Joel Marsh escaped from Tarvik prison in 2005. In January 2015 he said he escaped from Camp 14 instead."
    )
    assert len([e for e in extraction.events if e.type == "escape"]) == 2

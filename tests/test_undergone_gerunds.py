"""Harms told as undergone in a passive gerund, the rest of a group told, and takings told beside an abduction
(docs/extraction.md, "Specific and generic statements" and "Violations"), on sentences written for these tests."""

from __future__ import annotations

import pytest

from test_episode_genericity import kinds, run


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a passive gerund takes the tense of the verb of telling or perceiving it completes
        ("Prisoners complained of being beaten by guards.", "ill_treatment"),
        ("Dozens recalled being tortured by soldiers.", "torture"),
        # "others": the rest of a group told, a count without a number
        ("Others described being beaten at a checkpoint.", "ill_treatment"),
        ("Dozens were injured and others were beaten in the square.", "ill_treatment"),
    ],
)
def test_a_harm_told_as_undergone_in_the_past_is_an_episode(sentence: str, kind: str) -> None:
    assert (kind, "asserted") in kinds(run(sentence)), kinds(run(sentence))


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Activists fled for fear of being arrested by police.", "arrest"),  # feared, not told as undergone
        ("Dozens recall being tortured by soldiers.", "torture"),  # the present: no occasion
        ("Prisoners were being beaten by guards.", "ill_treatment"),  # a past progressive: over and over
    ],
)
def test_a_gerund_not_told_as_undergone_in_the_past_stays_generic(sentence: str, kind: str) -> None:
    assert kind not in [k for k, _ in kinds(run(sentence))], kinds(run(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "They said that while some pupils were kidnapped near the bus station, others were rounded up at the church.",
        "Two pupils were kidnapped near the bus station in Varno on Monday and three were rounded up at the church.",
    ],
)
def test_a_taking_told_beside_an_abduction_is_that_abduction(sentence: str) -> None:
    found = kinds(run(sentence))
    assert ("abduction", "asserted") in found and "arrest" not in [k for k, _ in found], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar Haddad was arrested in Varno on Monday after his son was kidnapped.",  # a clause of time
        "The teachers were arrested or abducted in Varno on Monday.",  # one subject's verbs: some of each
        "Gunmen abducted the teacher Omar Haddad in Varno on Monday and police arrested two men.",  # its own doer
    ],
)
def test_an_arrest_told_otherwise_beside_an_abduction_stays_an_arrest(sentence: str) -> None:
    assert "arrest" in [k for k, _ in kinds(run(sentence))], kinds(run(sentence))

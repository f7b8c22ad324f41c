"""Episodes told with bare plurals (docs/extraction.md, "Specific and generic statements"), on sentences written for
these tests: a verb coordinated with a verb in the simple past is past though the tagger read it as a base form
("arrested and beat"), and the "by" agent of the setting a clause was seen in ("a crackdown by police has seen nurses
arrested") is the state or definite actor that makes it one occasion; a harm done to death in a relative clause
("a worker who was stabbed to death") is a killing."""

from __future__ import annotations

import pytest

from test_episode_genericity import kinds, run


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "beat" after "arrested": past, as the verb it is coordinated with
        ("Police arrested and beat protesters.", "ill_treatment"),
        ("Soldiers detained and beat villagers.", "ill_treatment"),
        # the setting's "by" agent did what the clause it saw tells
        ("A crackdown by police has seen nurses arrested.", "arrest"),
        ("The crackdown by security forces saw journalists beaten and detained.", "ill_treatment"),
        ("The crackdown by security forces saw journalists beaten and detained.", "arrest"),
        ("The raid by soldiers saw villagers being beaten.", "ill_treatment"),
        ("The talks follow a crackdown by the army that saw teachers arrested.", "arrest"),
    ],
)
def test_a_past_episode_seen_or_coordinated_is_an_event(sentence: str, kind: str) -> None:
    assert (kind, "asserted") in kinds(run(sentence))


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # present, as the verb it is coordinated with: a habit
        ("Police arrest protesters and beat journalists.", "ill_treatment"),
        # who saw it is no doer
        ("Ana Cruz saw nurses arrested.", "arrest"),
        ("A report by the Tarvik Rights Centre described nurses being beaten.", "ill_treatment"),
        # a setting with no agent makes no occasion of it
        ("The year has seen nurses arrested.", "arrest"),
    ],
)
def test_a_clause_seen_by_no_actor_stays_generic(sentence: str, kind: str) -> None:
    assert kind not in {k for k, _ in kinds(run(sentence))}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Berg, a textile worker who was stabbed to death by gunmen, was buried on Monday.",
        "The villagers remembered a farmer who was shot dead by soldiers in 1990.",
    ],
)
def test_a_harm_to_death_in_a_relative_clause_is_a_killing(sentence: str) -> None:
    assert ("killing", "asserted") in kinds(run(sentence))


def test_a_thing_shot_to_pieces_in_a_relative_clause_is_no_killing() -> None:
    assert "killing" not in {k for k, _ in kinds(run("The tyre that was shot to pieces lay on the road."))}

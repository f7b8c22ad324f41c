"""Lists of those an event befell, read through the parser's less tidy shapes (tumen.extract.victim_lists):
a list read as a chain of appositions, a list inside a list, names hung on the verb after the object's comma,
"A of X and B of Y", a list hung on a noun of custody, companions joined by "with" / "along with", and an
object shared by two coordinated verbs. Invented sentences."""

from __future__ import annotations

import pytest

from test_listed_victims import all_victims, victims
from test_plural_role_before_names import run


def test_a_list_read_as_a_chain_of_appositions_names_every_member() -> None:
    extraction = run("The soldiers detained seven defenders namely: Dara Loman, Petra Venn, Joel Marsh and Anna Gold.")
    assert victims(extraction, "detention") == ["Anna Gold", "Dara Loman", "Joel Marsh", "Petra Venn"]


def test_names_hung_on_the_verb_after_the_plural_object_are_its_members() -> None:
    extraction = run("Armed men abducted two aid workers, Dara Loman of Kenya and Petra Venn of Chile, on Tuesday.")
    assert victims(extraction, "abduction") == ["Dara Loman", "Petra Venn"]


def test_a_list_hung_on_a_noun_of_custody_names_the_held() -> None:
    extraction = run("Ten writers were held behind bars, including poet Dara Loman and historian Petra Venn.")
    assert victims(extraction, "detention") == ["Dara Loman", "Petra Venn"]


def test_a_list_hung_on_a_plural_place_names_no_one() -> None:
    extraction = run("Dara Loman was arrested in several towns, including Petra Venn's village.")
    assert victims(extraction, "arrest") == ["Dara Loman"]


@pytest.mark.parametrize(
    ("sentence", "event_type", "expected"),
    [
        (
            "Dara Loman was arrested with three others, including activists Petra Venn and Joel Marsh.",
            "arrest",
            ["Dara Loman", "Joel Marsh", "Petra Venn"],
        ),
        (
            "Dara Loman was detained along with her husband Joel Marsh in Harlow.",
            "detention",
            ["Dara Loman", "Joel Marsh"],
        ),
        (
            "Dara Loman was detained together with journalist Joel Marsh in Harlow.",
            "detention",
            ["Dara Loman", "Joel Marsh"],
        ),
    ],
)
def test_companions_of_the_one_an_event_befell_were_befallen_too(
    sentence: str, event_type: str, expected: list[str]
) -> None:
    assert victims(run(sentence), event_type) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested Dara Loman with a gun in his bag.",
        'Dara Loman was charged with "spreading misinformation" against the army on Twitter.',
    ],
)
def test_a_with_that_names_a_thing_adds_no_companion(sentence: str) -> None:
    assert all_victims(run(sentence)) == {"Dara Loman"}


def test_an_object_shared_by_two_verbs_makes_the_first_an_event() -> None:
    """ "shot and injured a journalist": "shot" has no object of its own; the coordination's object is it."""
    extraction = run("A police officer shot and injured a journalist, Petra Venn, in Harlow.")
    assert victims(extraction, "shooting") == ["Petra Venn"]


def test_members_named_by_a_naming_clause_take_the_plural_description() -> None:
    """ "three workers who were identified as A and B": each is a worker."""
    extraction = run("The police also arrested three workers who were identified as Anna Berg and Ivo Holm.")
    described = {e.name: e.descriptor for e in extraction.entities if e.kind == "person"}
    assert described == {"Anna Berg": "worker", "Ivo Holm": "worker"}


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Many of those detained are prominent figures, including Dara Loman and Petra Venn.", "arrest"),
        ("Police detained several figures of the movement, including Dara Loman and Petra Venn.", "detention"),
    ],
)
def test_a_word_for_things_that_lists_persons_stands_for_them(sentence: str, event_type: str) -> None:
    """ "figures" is mostly numbers ("the figures were released"); a list of named persons makes them people."""
    assert victims(run(sentence), event_type) == ["Dara Loman", "Petra Venn"]


def test_names_apposed_to_a_singular_object_and_their_conjuncts_are_its_victims() -> None:
    extraction = run(
        "Police detained the group's leader, Dara Loman, its vice-chair, Petra Venn, and seven other group members:"
        " Joel Marsh, Anna Gold and Ivo Holm."
    )
    assert victims(extraction, "detention") == ["Anna Gold", "Dara Loman", "Ivo Holm", "Joel Marsh", "Petra Venn"]


def test_they_who_underwent_an_event_noun_are_the_pair_named_before() -> None:
    extraction = run(
        "Dara Loman and Petra Venn had alleged that they were subjected to torture at the pre-trial stage."
    )
    assert victims(extraction, "torture") == ["Dara Loman", "Petra Venn"]


def test_they_after_someone_indefinite_is_that_one_not_a_pair_named_before() -> None:
    extraction = run(
        "Under Tomas Krill and Ivo Holm the rules changed. An individual must show that they have suffered"
        " torture or fear that they will suffer torture."
    )
    named = {e.id: e.name for e in extraction.entities}
    assert not [p for e in extraction.events for p in e.participants if named[p.entity] in ("Tomas Krill", "Ivo Holm")]

"""A sentence that identifies the victims of a harm told before names its victims: "Police arrested two
reporters. They were identified as A and B", "The four abducted were identified as A, B and C", "The victim has
been identified as A", "The students are A, 19; B, 23; and C, 18". Invented sentences."""

from __future__ import annotations

import pytest

from test_listed_victims import victims
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnapped three aid workers in Tarvik on Monday. The three kidnapped were identified as Anna Berg"
        " of Chile, Pavel Kron of Peru and Lina Voss of Kenya.",
        "Police arrested three reporters in Tarvik on Monday. They were identified as Anna Berg, 35, Pavel Kron, 26,"
        " and Lina Voss, 41, and were questioned for hours.",
        "Three of the four students who were abducted in May have been freed. One of them remains missing. The"
        " students are Anna Berg, 19; Pavel Kron, 23; and Lina Voss, 18.",
    ],
)
def test_the_names_that_identify_the_described_victims_are_victims(text: str) -> None:
    [event_type] = {e.type for e in run(text).events}
    assert victims(run(text), event_type) == ["Anna Berg", "Lina Voss", "Pavel Kron"]


def test_a_noun_of_victims_stands_for_the_victim_of_the_last_harm() -> None:
    text = "A farmer was killed near Tarvik on Monday. The victim has been identified as Karl Vos, a father of three."
    assert victims(run(text), "killing") == ["Karl Vos"]


def test_naming_the_attackers_names_no_victim() -> None:
    text = "A farmer was killed near Tarvik on Monday. The attackers were identified as Karl Vos and Joel Marsh."
    assert victims(run(text), "killing") == []


def test_a_pronoun_for_a_named_victim_adds_no_one() -> None:
    """ "They" after an arrest of a named person stands for no described victims."""
    text = "Police arrested Tom Reel in Tarvik on Monday. They were identified as Anna Berg and Pavel Kron."
    assert victims(run(text), "arrest") == ["Tom Reel"]


def test_the_dead_an_adjective_as_a_noun_stand_for_the_victims() -> None:
    """ "The dead were A and her brother B": the copula names the victims of the killing told before."""
    text = (
        "A gunman killed two people at a market in Tarvik on Friday. The dead were Ana Ruiz, 34, and her brother"
        " Luis Ruiz, 29."
    )
    assert victims(run(text), "killing") == ["Ana Ruiz", "Luis Ruiz"]


def test_an_active_verb_of_naming_identifies_its_object() -> None:
    """ "Police have identified the victims as A and B": the object of the naming stands for the victims."""
    text = (
        "Police arrested a man on charges he killed his aunt and a neighbour. Police have identified the victims as"
        " 61-year-old Mara Lind and 48-year-old Petra Venn."
    )
    assert victims(run(text), "killing") == ["Mara Lind", "Petra Venn"]


def test_an_active_naming_of_the_suspect_names_no_victim() -> None:
    text = "Police arrested a man on charges he killed two women. Police identified the suspect as Karl Vos."
    assert victims(run(text), "killing") == []

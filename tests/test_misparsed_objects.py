"""Participants the parser misplaced: the object of an active violation verb it did not make its object (a name
after the verb hung on it as an adverbial noun, "assassinated 31-year-old freelance journalist A"; a noun joined to
the verb behind a second participle read as an adjective, "assaulted and injured reporter A and her cameraman B"),
and a province ending an apposition that it made a second passive subject ("A, a leader from Tarvik, Sarn was
arrested"). Invented sentences."""

from __future__ import annotations

import pytest

from test_listed_victims import victims
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "On 16 February 2020, armed assailants in Tarvik, a town near the capital, assassinated 25-year-old"
            " freelance journalist Bashir Aden Hassan while he was returning from work.",
            "Bashir Aden Hassan",
        ),
    ],
)
def test_a_name_hung_on_the_verb_as_an_adverbial_noun_is_its_object(sentence: str, name: str) -> None:
    assert victims(run(sentence), "killing") == [name]


def test_a_noun_behind_a_second_participle_is_the_object_of_both_verbs() -> None:
    sentence = (
        "On May 4, 2020, a group of police and officials assaulted and injured Tarvik TV female reporter Marta"
        " Kovel Aden and her cameraman Omar Haddad while they were covering a protest in Tarvik."
    )
    assert victims(run(sentence), "ill_treatment") == ["Marta Kovel Aden", "Omar Haddad"]


def test_a_verb_with_an_object_of_its_own_takes_no_other() -> None:
    """ "Monday" hangs on the verb as an adverbial noun, but is no person, and the verb has its object."""
    extraction = run("Gunmen killed the reporter Omar Haddad Selim Monday in Tarvik.")
    assert victims(extraction, "killing") == ["Omar Haddad Selim"]


def test_a_province_ending_an_apposition_is_no_second_passive_subject() -> None:
    """The parser makes "Sarn" (the province of the town) a second passive subject of "arrested"."""
    extraction = run("Omar Haddad, 42, a fisherfolk leader from Tarvik, Sarn was arrested in the early hours of May 3.")
    assert victims(extraction, "arrest") == ["Omar Haddad"]

"""Who an event noun's "of" names, and a list the parser hung on the verb's clause (tumen.extract.victim_lists).
Invented sentences."""

from __future__ import annotations

from test_listed_victims import victims
from test_plural_role_before_names import run


def test_each_name_apposed_to_the_plural_after_of_is_a_victim() -> None:
    extraction = run("Observers condemned the arrest of Tarvik Post journalists Kim Ok-sun and Pak Chol in May 2019.")
    assert victims(extraction, "arrest") == ["Kim Ok-sun", "Pak Chol"]


def test_a_list_hung_on_the_verb_names_the_plural_object() -> None:
    extraction = run("Police arrested twelve students in Tarvik, including Kim Ok-sun and Pak Chol.")
    assert victims(extraction, "arrest") == ["Kim Ok-sun", "Pak Chol"]


def test_a_list_hung_on_the_verb_after_a_phrase_of_the_verb() -> None:
    extraction = run(
        "Twelve writers were detained in Tarvik last year for their writing, including the novelist Kim Ok-sun"
        " and the poet Pak Chol."
    )
    assert victims(extraction, "detention") == ["Kim Ok-sun", "Pak Chol"]


def test_a_name_the_parser_joined_to_the_event_noun_is_one_more_of_its_victims() -> None:
    """ "the deaths of journalists A and B and aid workers C and D": the parser may join C to "deaths"; no person is
    coordinated with an event, so C and D died too."""
    extraction = run(
        "The men were charged over the kidnappings of journalists Tom Vell and Sam Orrin and aid workers Pia Lund"
        " and Kara Moss."
    )
    assert victims(extraction, "abduction") == ["Kara Moss", "Pia Lund", "Sam Orrin", "Tom Vell"]
    extraction = run(
        "Marek D. Sowa, 37, admitted to playing a role in the kidnappings and deaths of journalists Tom Vell and Sam"
        " Orrin and aid workers Pia Lund and Kara Moss."
    )
    assert victims(extraction, "abduction") == ["Kara Moss", "Pia Lund", "Sam Orrin", "Tom Vell"]

"""Whoever serves a sentence was sentenced to it and is held for its term (``experiencers`` in data/events.yaml:
the subject of "serve" undergoes the sentence its object names). Invented sentences."""

from __future__ import annotations

from test_listed_victims import victims
from test_plural_role_before_names import run


def test_serving_a_term_is_a_sentence_and_its_detention() -> None:
    extraction = run("Dara Loman is serving a 15-year sentence in Tarvik prison.")
    assert victims(extraction, "sentencing") == ["Dara Loman"]
    assert victims(extraction, "detention") == ["Dara Loman"]


def test_a_clause_in_ing_without_subject_serves_with_its_main_clauses() -> None:
    extraction = run("Dara Loman died in custody while serving an 11-year prison sentence.")
    assert victims(extraction, "sentencing") == ["Dara Loman"]


def test_the_list_the_parser_hung_on_the_sentences_names_those_serving_them() -> None:
    extraction = run("At least 11 writers are serving life sentences, including Dara Loman and Petra Venn.")
    assert victims(extraction, "sentencing") == ["Dara Loman", "Petra Venn"]


def test_serving_a_warrant_sentences_no_one() -> None:
    extraction = run("The court served an arrest warrant on Dara Loman.")
    assert not [e for e in extraction.events if e.type in ("sentencing", "detention", "arrest")]

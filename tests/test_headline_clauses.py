"""Headlines the parser reads as one noun phrase (tumen.extract.headline_parse). Invented sentences.

A headline tells a past event in the present tense and drops its articles: "Police arrest reporter Tomas Vell in
Gorna" is an arrest by the police of the reporter, dated by the publication; a bare role noun opening a headline
("Activist shot dead in Tarvik") is one person, the story's."""

from __future__ import annotations

from datetime import date

import pytest

from test_headline_participles import doers
from test_listed_victims import all_victims
from test_plural_role_before_names import named, run
from tumen.extract.types import Extraction


def victims_described(extraction: Extraction, kind: str) -> set[str]:
    described = {e.id: e.name or e.descriptor for e in extraction.entities}
    return {
        str(described[p.entity])
        for e in extraction.events
        if e.type == kind
        for p in e.participants
        if p.role == "victim"
    }


@pytest.mark.parametrize(
    ("headline", "kind", "victim", "doer"),
    [
        ("Police arrest reporter Tomas Vell in Gorna\nHe was taken from his home.", "arrest", "Tomas Vell", "Police"),
        ("Soldiers detain activist Mira Osk", "detention", "Mira Osk", "Soldiers"),
        ("Troops detain student leader Omar Sayed", "detention", "Omar Sayed", "Troops"),
    ],
)
def test_a_headlines_present_tense_is_its_verb(headline: str, kind: str, victim: str, doer: str) -> None:
    extraction = run(headline)
    assert all_victims(extraction, kind) == {victim}
    assert doers(extraction) == {doer}
    event = next(e for e in extraction.events if e.type == kind)
    assert event.time is not None and event.time.earliest == date(2024, 3, 1)  # the publication's


def test_the_doer_is_no_part_of_the_victims_description() -> None:
    extraction = run("Police arrest reporter Tomas Vell in Gorna")
    assert named(extraction, "Tomas Vell").descriptor == "reporter"


def test_a_line_of_prose_is_not_read_as_a_headline() -> None:
    extraction = run("The court heard that police arrest reporter Tomas Vell in Gorna.")
    assert not all_victims(extraction, "arrest")


@pytest.mark.parametrize(
    ("headline", "kind", "victim"),
    [
        ("Activist shot dead in Tarvik", "killing", "activist"),
        ("Journalist killed in Norland", "killing", "journalist"),
        ("Journalist killed in Norland\nThe journalist Ana Vale was shot on Monday.", "killing", "Ana Vale"),
    ],
)
def test_a_bare_role_noun_opening_a_headline_is_the_storys_person(headline: str, kind: str, victim: str) -> None:
    extraction = run(headline)
    assert victims_described(extraction, kind) == {victim}


def test_a_role_noun_with_its_article_or_a_plural_is_no_headlines_person() -> None:
    assert not victims_described(run("Activists protest in Tarvik"), "killing")
    assert not [e for e in run("Activists marched in Tarvik").entities if e.descriptor == "activist"]


def test_a_bare_kin_noun_opening_a_headline_is_no_name() -> None:
    """ "Husband and wife executed in Tarvik": the couple, not a place or a person called Husband."""
    extraction = run("Husband and wife executed in Tarvik")
    assert victims_described(extraction, "execution") == {"husband", "wife"}
    assert not [e for e in extraction.entities if e.name == "Husband"]

"""Ties of persons to organisations told by an acronym before a role, an anaphor, employment or a passive, and the
description an organisation carries (tumen.extract.organisations, tumen.extract.organisation_links,
data/organisations.yaml). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2023, 11, 2), None))


def relations(x: Extraction) -> set[tuple[str, str, str]]:
    return {(r.type, x.entity(r.subject).label, x.entity(r.object).label) for r in x.relations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation's name and its acronym before a role noun before the name
        (
            "The Free Press Alliance (FPA) leader Tomas Brenner was arrested on Monday.",
            {("leads", "Tomas Brenner", "Free Press Alliance")},
        ),
        # "the group's leader, X, its vice-chair, Y" after the organisation was named
        (
            "Police raided the Kestrel Centre's office and detained the group's leader, Marta Kovacs, its vice-chair, "
            "Ivo Lenz, and five other members.",
            {("leads", "Marta Kovacs", "Kestrel Centre"), ("member_of", "Ivo Lenz", "Kestrel Centre")},
        ),
        # "its general secretary, X": the head officer of a union by its other word order
        (
            "The Norland Workers Union said its general secretary, Piet Holm, had been detained.",
            {("leads", "Piet Holm", "Norland Workers Union")},
        ),
        # employment, with the organisation's description between the verb and its name
        (
            "Ivo Lenz worked for the online news website Daily Lantern until 2019.",
            {("member_of", "Ivo Lenz", "Daily Lantern")},
        ),
        (
            "Marta Kovacs reported for the weekly Daily Lantern until 2019.",
            {("member_of", "Marta Kovacs", "Daily Lantern")},
        ),
        # a role of an organisation with what the organisation is between the role and its name
        (
            "Police arrested Marta Kovacs, a member of the rights group Kestrel Watch, on Monday.",
            {("member_of", "Marta Kovacs", "Kestrel Watch")},
        ),
        # a role held in the organisation, told with "serves as" or in a "who" clause
        (
            "Police arrested Marta Kovacs, who serves as director of the Kestrel Centre, on Monday.",
            {("leads", "Marta Kovacs", "Kestrel Centre")},
        ),
        (
            "Ivo Lenz worked as a reporter for the Harbour Lantern until 2019.",
            {("member_of", "Ivo Lenz", "Harbour Lantern")},
        ),
        # a place that only qualifies the description is not the organisation
        (
            "Police arrested Marta Kovacs, who works for the Tarvik-based newspaper Harbour Lantern, on Monday.",
            {("member_of", "Marta Kovacs", "Harbour Lantern")},
        ),
        # a passive said of the organisation, not of the agent of another passive before it
        (
            "The newspaper Harbour Daily, which is printed by Tarvik Media Group and founded by Tomas Brenner, was "
            "closed.",
            {("founded", "Tomas Brenner", "Harbour Daily")},
        ),
        # plural founding members, and the name right after the organisation's acronym
        (
            "He was one of the founding members of the Tarvik Civil Rights Association (TCRA) Omar Sayed, who died "
            "in custody.",
            {("founded", "Omar Sayed", "Tarvik Civil Rights Association")},
        ),
    ],
)
def test_persons_stand_to_organisations_as_the_words_around_them_say(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= relations(run(text))


def test_a_passive_said_of_something_else_ties_no_organisation() -> None:
    x = run("Hundreds protested at the Harbour Herald after a march led by Tomas Brenner.")
    assert not any(r.type in ("member_of", "leads", "founded") for r in x.relations)


def test_an_anaphor_stands_for_the_organisation_it_names_not_for_one_that_only_speaks() -> None:
    x = run(
        "Ivo Lenz, president of the Tarvik Labour Party, told Reuters the party's secretary general Marta Kovacs "
        "had been arrested."
    )
    assert ("leads", "Marta Kovacs", "Tarvik Labour Party") in relations(x)
    assert ("leads", "Marta Kovacs", "Reuters") not in relations(x)
    x = run(
        "Ivo Lenz, president of the Tarvik Democratic Front, said the party's secretary general Marta Kovacs had "
        "been arrested."
    )  # "the party" is no name of the Front's
    assert ("leads", "Marta Kovacs", "Tarvik Democratic Front") not in relations(x)


def test_an_anaphor_after_a_place_ties_no_organisation() -> None:
    x = run("Marta Kovacs visited the Harbour Herald before she left for Tarvik and its president, Ivo Lenz, met her.")
    assert ("leads", "Ivo Lenz", "Harbour Herald") not in relations(x)


def test_an_organisation_carries_the_description_the_text_gives_it() -> None:
    x = run("Ivo Lenz worked for the online news website Daily Lantern until 2019.")
    assert [e.descriptor for e in x.entities if e.name == "Daily Lantern"] == ["online news website"]
    x = run("The tabloid Harbour Daily News, which was founded by Tomas Brenner, was closed.")
    assert [e.descriptor for e in x.entities if e.name == "Harbour Daily News"] == ["tabloid"]


def test_a_description_in_apposition_after_an_organisation_is_its_descriptor() -> None:
    x = run("Police raided the Harbour Lantern, a small online news site, on Monday.")
    assert [e.descriptor for e in x.entities if e.name == "Harbour Lantern"] == ["small online news site"]


def test_a_role_held_in_a_place_before_the_name_is_a_role_of_the_organisation() -> None:
    x = run(
        "The Tarvik Rights League (TRL), one of the leading human rights groups in the country, was banned. TRL's "
        "representative in Harbour province, Ivo Lenz, was arrested in 2017."
    )
    assert ("leads", "Ivo Lenz", "Tarvik Rights League") in relations(x)
    assert [e.descriptor for e in x.entities if e.name == "Tarvik Rights League"] == ["leading human rights groups"]


def test_a_vice_president_of_an_organisation_is_its_member() -> None:
    """ "X, vice president of Y": the deputy's role (written with a space as with a hyphen) is a member's."""
    extraction = run("Police arrested Dara Loman, vice president of the Tarvik Teachers Union, on Monday.")
    assert ("member_of", "Dara Loman", "Tarvik Teachers Union") in relations(extraction)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrested Dara Loman on Monday. She heads the Tarvik Teachers Union.",
            ("leads", "Dara Loman", "Tarvik Teachers Union"),
        ),
        (
            "Police arrested Dara Loman on Monday. She is a member of the rights group Kestrel Watch.",
            ("member_of", "Dara Loman", "Kestrel Watch"),
        ),
        (
            "Police arrested Dara Loman on Monday. She served as secretary general of the rights group Kestrel Watch.",
            ("leads", "Dara Loman", "Kestrel Watch"),
        ),
        (
            "Gunmen abducted Ivo Lenz in March. He founded the newspaper Harbour Daily News in 2010.",
            ("founded", "Ivo Lenz", "Harbour Daily News"),
        ),
    ],
)
def test_a_pronoun_for_a_person_named_just_before_ties_them_as_the_name_would(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in relations(run(text))


def test_a_pronoun_for_another_person_ties_that_person() -> None:
    x = run(
        "Police arrested Dara Loman on Monday. Her brother Ivo Lenz said he is a member of the Tarvik Teachers Union."
    )
    assert ("member_of", "Ivo Lenz", "Tarvik Teachers Union") in relations(x)
    assert ("member_of", "Dara Loman", "Tarvik Teachers Union") not in relations(x)


@pytest.mark.parametrize(
    "text",
    [
        "Dara Loman escaped in 2015. She now works for the Tarvik Alliance.",  # an adverb between
        "Dara Loman now works for a Holm-based NGO, the Tarvik Alliance.",  # a description apposed
        "Dara Loman has since worked for the rights group Tarvik Alliance.",
    ],
)
def test_a_verb_of_employment_with_an_adverb_or_an_apposed_description_ties_the_person(text: str) -> None:
    assert ("member_of", "Dara Loman", "Tarvik Alliance") in relations(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dara Loman later joined an armed group, the Tarvik Alliance said on Monday.",
        "Dara Loman worked for a local newspaper, the Holm Herald reported.",
    ],
)
def test_an_apposed_organisation_that_speaks_is_the_source_not_the_tie(text: str) -> None:
    assert relations(run(text)) == set()

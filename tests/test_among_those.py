""" "Among those arrested were A and B": the persons the copula names are whom the event befell. Invented
sentences."""

from __future__ import annotations

from test_listed_victims import victims
from test_plural_role_before_names import run


def test_among_those_arrested_were_the_persons_named() -> None:
    extraction = run("Among those arrested in Tarvik were Ana Cruz, 61, a paralegal, and Ben Tal.")
    assert victims(extraction, "arrest") == ["Ana Cruz", "Ben Tal"]


def test_among_those_who_were_abducted_is_the_person_named() -> None:
    assert victims(run("Among those who have been abducted is Ana Cruz."), "abduction") == ["Ana Cruz"]


def test_those_without_among_is_no_one_named() -> None:
    """ "Those arrested were taken to Tarvik": no one is named, and no event of a person is made."""
    extraction = run("Those arrested were taken to Tarvik.")
    assert not any(p.role == "victim" for e in extraction.events for p in e.participants)


def test_the_subject_that_is_among_those_arrested_is_a_victim() -> None:
    """ "A was among those arrested": the copula's subject, before "among", is whom the event befell."""
    extraction = run("Kim Ok-sun and two other activists were among those arrested, local media reported.")
    assert victims(extraction, "arrest") == ["Kim Ok-sun"]
    assert victims(run("Pak Chol was among those abducted in Tarvik in May."), "abduction") == ["Pak Chol"]


def test_the_members_a_clause_about_those_arrested_names_are_victims() -> None:
    """ "Those convicted included A", "Those arrested were A and B", "One of those arrested, A, is …", "Many of
    those detained are activists, including A and B": the persons the clause names are whom the event befell."""
    assert victims(run("Those convicted included Kim Ok-sun, the party's deputy leader."), "sentencing") == [
        "Kim Ok-sun"
    ]
    assert victims(run("Those arrested were Kim Ok-sun and Pak Chol."), "arrest") == ["Kim Ok-sun", "Pak Chol"]
    assert victims(run("One of those arrested in August, Kim Ok-sun, is an activist."), "arrest") == ["Kim Ok-sun"]
    extraction = run("Many of those detained are prominent activists, including Kim Ok-sun and Pak Chol.")
    assert victims(extraction, "arrest") == ["Kim Ok-sun", "Pak Chol"]


def test_the_subject_that_is_among_a_counted_group_arrested_is_a_victim() -> None:
    """ "A was among seven people arrested", "A was among the 50 detained": any group under "among" names the copula's
    subject as one it befell, not only "those"."""
    assert victims(run("The teacher Ana Cruz was among seven people arrested in Tarvik."), "arrest") == ["Ana Cruz"]
    assert victims(run("Pak Chol was among the 50 arrested in raids in Tarvik."), "arrest") == ["Pak Chol"]
    extraction = run("The teacher Ana Cruz was among a group of 34 people arrested in Tarvik.")
    assert victims(extraction, "arrest") == ["Ana Cruz"]


def test_suspects_among_a_group_arrested_make_the_arrest_law_enforcement() -> None:
    extraction = run("The suspects were among seven people arrested in a police operation in Tarvik.")
    arrests = [e for e in extraction.events if e.type == "arrest"]
    assert arrests and all(e.attributes.get("accused") for e in arrests)


def test_the_subject_that_is_not_among_those_arrested_is_no_victim() -> None:
    for text in (
        "The teacher Ana Cruz was not among those arrested in Tarvik.",
        "Pak Chol was not among the 50 arrested.",
    ):
        assert not any(p.role == "victim" for e in run(text).events for p in e.participants)

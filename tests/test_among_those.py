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

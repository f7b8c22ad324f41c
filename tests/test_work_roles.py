"""A role stated as someone's work ("for her work as a lawyer") is that person's. Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import named, run


def test_their_work_as_a_plural_role_describes_the_persons_listed_before() -> None:
    extraction = run(
        "A court sentenced three men – Ivo Holm, Anna Berg and Karel Dovik – to prison for their work as journalists."
    )
    assert [named(extraction, n).descriptor for n in ("Ivo Holm", "Anna Berg", "Karel Dovik")] == ["journalist"] * 3


def test_her_work_as_a_role_describes_the_one_person_named_before() -> None:
    extraction = run("Police arrested Anna Berg in Varno on Monday for her work as a human rights lawyer.")
    assert named(extraction, "Anna Berg").descriptor == "human rights lawyer"


def test_a_name_possessing_the_work_has_the_role() -> None:
    extraction = run("Anna Berg was detained in Varno. Police said Berg's work as a reporter was a threat.")
    assert named(extraction, "Anna Berg").descriptor == "reporter"


def test_no_role_when_the_possessor_is_unclear() -> None:
    extraction = run("Police arrested Anna Berg and Ivo Holm for her work as a lawyer.")
    assert named(extraction, "Anna Berg").descriptor is None
    extraction = run("Judge Ivo Holm sentenced Anna Berg and Karel Dovik to prison for their work as journalists.")
    assert named(extraction, "Anna Berg").descriptor is None


def test_who_campaigned_for_a_cause_is_a_campaigner() -> None:
    extraction = run("Anna Berg, who had campaigned against the mine, was found dead in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "campaigner"
    extraction = run("Police arrested Anna Berg, who advocated for indigenous rights, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor == "advocate"


def test_who_campaigned_for_a_person_or_at_a_place_is_no_campaigner() -> None:
    extraction = run("Police arrested Anna Berg, who campaigned for the mayor in the election, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor is None
    extraction = run("Police arrested Anna Berg, who campaigned at the rally, in Varno on Sunday.")
    assert named(extraction, "Anna Berg").descriptor is None

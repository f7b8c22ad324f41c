"""Twenty-third round: the alleged doer of a charged crime is a suspect in their other arrests, "those responsible
for" a crime are its doers, and sex one is forced into is sexual violence (docs/extraction.md, "Violations").
Invented sentences."""

from __future__ import annotations

from test_accused import roles
from test_listed_victims import all_victims
from test_plural_role_before_names import run
from tumen.extract.types import Extraction

ENFORCEMENT = ("arrest", "detention", "trial", "sentencing")


def accused(extraction: Extraction) -> list[bool]:
    return [bool(e.attributes.get("accused")) for e in extraction.events if e.type in ENFORCEMENT]


def test_the_alleged_doer_of_a_charged_crime_is_accused_in_their_other_arrests() -> None:
    extraction = run(
        "Police have named a suspect in the killing of a Tarvik doctor: Ivo Marsh. He was charged on Thursday in "
        "state and federal complaints with second-degree murder. Marsh was arrested in 1990 for blocking a clinic."
    )
    assert accused(extraction) and all(accused(extraction))
    assert "victim" not in {**roles(extraction, "arrest"), **roles(extraction, "trial")}.values()


def test_a_crime_only_an_accusation_tells_makes_no_suspect() -> None:
    extraction = run("Police accused Omar Vell of attacking officers. Vell was arrested on Monday in Tarvik.")
    assert accused(extraction) == [False]


def test_those_responsible_for_a_crime_are_its_doers() -> None:
    extraction = run("The two men responsible for the attack on the Tarvik mosque were detained on Friday.")
    assert accused(extraction) == [True]


def test_those_responsible_for_no_crime_are_not_suspects() -> None:
    extraction = run("Police in Tarvik arrested the man responsible for the school's security on Friday.")
    assert accused(extraction) == [False]


def test_sex_one_is_forced_into_is_sexual_violence() -> None:
    assert all_victims(run("In May the landlord forced Maria Holm to have sex with him."), "sexual_violence") == {
        "Maria Holm"
    }
    assert all_victims(run("Maria Holm said the landlord coerced her into sex in May."), "sexual_violence") == {
        "Maria Holm"
    }


def test_forced_to_do_something_else_is_no_sexual_violence() -> None:
    assert not all_victims(run("In May the landlord forced Maria Holm to leave the flat."), "sexual_violence")

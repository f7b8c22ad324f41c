"""Detentions told as a state since a time, doers of a verb of carrying out, ends sought or paid for, and denials
denied (docs/extraction.md), each on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction

PUBLISHED = date(2021, 6, 1)


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", PUBLISHED))


def of_type(x: Extraction, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind]


def who(x: Extraction, event: Event) -> set[tuple[str, str]]:
    return {(str(x.entity(p.entity).name), p.role) for p in event.participants}


# -- a detention told as a state -------------------------------------------------------------------------------
def test_behind_bars_since_a_year_is_a_detention() -> None:
    x = run("The poet Ana Cruz has been behind bars since 1999.")
    [held] = of_type(x, "detention")
    assert who(x, held) == {("Ana Cruz", "victim")}
    assert held.time is not None and held.time.earliest.year == 1999


def test_in_prison_after_and_takes_the_first_verbs_subject() -> None:
    x = run("Ana Cruz was sentenced in 2008 and has been in prison since 2009.")
    [held] = of_type(x, "detention")
    assert who(x, held) == {("Ana Cruz", "victim")}
    assert held.time is not None and held.time.earliest.year == 2009


def test_a_bar_one_drinks_in_holds_no_one() -> None:
    assert not of_type(run("Ana Cruz was in the bar since noon."), "detention")


# -- the doer of a verb of carrying out ---------------------------------------------------------------------------
def test_the_subject_of_carrying_out_an_abduction_did_it() -> None:
    x = run("Soldiers carried out a mass abduction of 94 students in Vanuzi on Monday.")
    [abduction] = of_type(x, "abduction")
    assert ("Soldiers", "perpetrator") in who(x, abduction)


def test_the_subject_of_conducting_arrests_arrested() -> None:
    x = run("Security forces conducted the arrest of Ana Cruz in Vanuzi on Monday.")
    [arrest] = of_type(x, "arrest")
    assert who(x, arrest) == {("Ana Cruz", "victim"), ("Security forces", "perpetrator")}


def test_carrying_out_in_the_simple_present_tells_a_practice_not_a_doer() -> None:
    x = run("Soldiers carry out the abduction of Ana Cruz and others.")
    assert all(("Soldiers", "perpetrator") not in who(x, e) for e in x.events)


# -- ends sought or paid for ------------------------------------------------------------------------------------
def test_a_reward_for_information_leading_to_a_conviction_tells_no_conviction() -> None:
    x = run("Police offered a reward for information leading to the conviction of Ana Cruz.")
    assert all(e.modality != "asserted" for e in of_type(x, "sentencing"))


def test_to_secure_a_release_is_sought_and_securing_it_tells_it() -> None:
    [sought] = of_type(run("Her family campaigned to secure the release of Ana Cruz."), "release")
    [done] = of_type(run("Lawyers managed to secure the release of Ana Cruz."), "release")
    assert sought.modality == "demanded" and done.modality == "asserted"


# -- a denial denied ----------------------------------------------------------------------------------------------
def test_not_denying_that_she_was_arrested_tells_the_arrest() -> None:
    [arrest] = of_type(run("Police did not deny that Ana Cruz was arrested in Vanuzi."), "arrest")
    [unsaid] = of_type(run("Police did not confirm that Ana Cruz was arrested in Vanuzi."), "arrest")
    assert arrest.modality == "asserted" and unsaid.modality != "asserted"

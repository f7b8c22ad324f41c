"""A noun the parser hangs on a name as its apposition although the verb the name is the subject of stands between
them ("X, 41, was found guilty of murdering a judge, a court reporter and a guard") belongs to the verb's own phrase
and describes no one named; an apposition next to its name still does. Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import named, run


def test_a_victim_in_a_list_after_the_verb_does_not_describe_the_subject() -> None:
    extraction = run(
        "Milo Farrant, 37, was found guilty last month of murdering a judge, a court reporter, a jail guard and "
        "a federal agent in the March 2005 rampage."
    )
    assert named(extraction, "Milo Farrant").descriptor is None


def test_an_apposition_next_to_the_name_still_describes_it() -> None:
    assert named(run("Milo Farrant, a court reporter, was arrested."), "Milo Farrant").descriptor == "court reporter"
    assert named(run("Police arrested Milo Farrant, a court reporter, on Friday."), "Milo Farrant").descriptor == (
        "court reporter"
    )

"""A holding told with no doer, in a report of an abduction and of no arrest or detention by anyone named, is the
abductors' captivity (tumen.extract.captivity). Invented sentences."""

from __future__ import annotations

from test_plural_role_before_names import run

ABDUCTION = "Gunmen abducted 17 missionaries in Tarvik in October. Two of them were freed on Sunday. "


def types_of(text: str, trigger: str) -> list[str]:
    return [e.type for e in run(text).events if e.trigger.text == trigger]


def test_those_still_held_after_an_abduction_are_captives() -> None:
    text = ABDUCTION + "Our hearts are with the 15 people who are still being held, the group said."
    assert types_of(text, "held") == ["abduction"]


def test_a_report_of_an_arrest_by_the_police_keeps_its_holding_a_detention() -> None:
    text = ABDUCTION + "Police arrested the journalist Karl Vos on Monday. The 15 people are still being held."
    assert types_of(text, "held") == ["detention"]


def test_a_holding_in_a_report_of_no_abduction_stays_a_detention() -> None:
    assert types_of("The 15 people are still being held in Tarvik.", "held") == ["detention"]

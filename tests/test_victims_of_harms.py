"""One told as the victim of a harm is the one it befell (tumen.extract.undergone, ``undergoing: victims``): "Ana
Cruz was a victim of torture". Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run
from test_trafficking import _told


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ana Cruz was a victim of torture in Vanuzi in 2004.", "torture"),
        ("Ana Cruz was a victim of kidnapping.", "abduction"),
        ("Ana Cruz became a victim of human trafficking in Vanuzi in 2004.", "trafficking"),
        ("Ana Cruz said on Monday that she was a victim of torture.", "torture"),
    ],
)
def test_one_who_was_a_victim_of_a_harm_underwent_it(text: str, kind: str) -> None:
    assert _told(run(text), kind).get("Ana Cruz") == "victim"


def test_the_victims_time_is_not_the_day_it_was_said() -> None:
    [torture] = [e for e in run("Ana Cruz said on Monday that she was a victim of torture.").events]
    assert torture.time is None


@pytest.mark.parametrize(
    "text",
    [
        # an apposition tells no time of its own: nothing is dated by the day she spoke
        "Ana Cruz, a victim of trafficking, spoke in Tarvik on Monday.",
        "Ana Cruz helps victims of torture in Tarvik.",
        "Women are often victims of trafficking.",
    ],
)
def test_victims_in_apposition_helped_or_in_general_are_no_harm_told(text: str) -> None:
    assert not [e for e in run(text).events if e.participants]

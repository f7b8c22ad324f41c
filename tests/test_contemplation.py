"""A verb of thinking or talking makes hypothetical only the event it is about ("thought about killing the guard"),
not one under a preposition of place or time ("spoke to a reporter from detention": tumen.extract.modality).
Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


def modalities(text: str, event_type: str) -> list[str]:
    return [e.modality for e in run(text).events if e.type == event_type]


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar Haddad fled Tarvik. He spoke to the reporter Ana Berg from the Holm hotel detention in February.",
        "Omar Haddad talked to the reporter Ana Berg from detention in Holm in February.",
    ],
)
def test_where_one_spoke_from_is_told(sentence: str) -> None:
    assert modalities(sentence, "detention") == ["asserted"]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Omar Haddad often thought about killing the guard in Tarvik.", "killing"),
        ("Omar Haddad often talked about escaping from the camp in Tarvik with friends.", "escape"),
    ],
)
def test_what_one_thought_or_talked_about_is_no_event_told(sentence: str, event_type: str) -> None:
    assert modalities(sentence, event_type) == ["hypothetical"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar Haddad often talked about his detention in Tarvik with friends.",
        "Omar Haddad spoke about the detention of his brother in Tarvik.",
    ],
)
def test_a_particular_event_talked_about_is_told(sentence: str) -> None:
    """A noun with a possessor or "the" names an event that happened: talking about it tells it."""
    assert modalities(sentence, "detention") == ["asserted"]

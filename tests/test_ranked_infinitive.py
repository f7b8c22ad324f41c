"""An infinitive on an ordinal or superlative tells what happened, not a purpose: "the first journalist to be
convicted" was convicted (event_syntax.ranked). Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


def modality(sentence: str, event_type: str) -> str:
    [event] = [e for e in run(sentence).events if e.type == event_type]
    return event.modality


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Kim Ok-sun was the first journalist to be convicted under the law in 2009.", "sentencing"),
        ("Kim Ok-sun and Pak Chol were some of the latest to be killed in a wave of attacks.", "killing"),
    ],
)
def test_a_ranked_infinitive_is_asserted(sentence: str, event_type: str) -> None:
    assert modality(sentence, event_type) == "asserted"


def test_the_next_one_and_a_purpose_are_not() -> None:
    assert modality("Kim Ok-sun may be the next journalist to be arrested.", "arrest") != "asserted"
    assert modality("Police sent agents to arrest Kim Ok-sun in May.", "arrest") == "planned"

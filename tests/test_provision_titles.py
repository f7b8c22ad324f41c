"""An event noun in the bracketed title of a provision of law names the offence the law defines, no one's act
(``role_types.names_a_provision``; ``provision_words`` in data/events.yaml). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def types(text: str) -> list[str]:
    return sorted(e.type for e in extract(Source(text, 1, "en", date(2024, 3, 1))).events)


@pytest.mark.parametrize(
    "sentence",
    [
        "A case was registered against the editor on May 3 under sections 412 (punishment for criminal intimidation)"
        " and 98 (sedition).",
        "A complaint was lodged against Ivo Holm in Tarvik on June 2 under sections 341 (punishment for wrongful"
        " restraint) and 506 (punishment for criminal intimidation).",
        "A case was registered against the mayor on Friday under sections 120 (abduction) and 121 (intimidation).",
    ],
)
def test_an_event_noun_in_a_provision_title_is_no_event(sentence: str) -> None:
    assert types(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dara Loman reported the harassment of her staff by police in 2021 (the third time).", ["threat"]),
        ("The harassment of Dara Loman (a lawyer aged 41) by police continued in Tarvik.", ["threat"]),
    ],
)
def test_an_event_noun_outside_a_provision_title_stays_an_event(sentence: str, expected: list[str]) -> None:
    assert types(sentence) == expected

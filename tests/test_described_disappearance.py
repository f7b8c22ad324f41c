"""The whereabouts or the disappearance of a person only described — a noun for persons as possessor or after "of" —
is a disappearance, as one told by a verb is (tumen.extract.genericity.of_people). Invented sentences."""

from __future__ import annotations

import pytest

from test_plural_role_before_names import run


def disappearances(text: str) -> int:
    return sum(1 for e in run(text).events if e.type == "disappearance")


@pytest.mark.parametrize(
    "text",
    [
        "An imprisoned journalist's whereabouts remain unknown.",
        "Imprisoned Norland journalist's whereabouts unknown",
        "Imprisoned Norland journalist’s whereabouts unknown.",  # the parse takes the possessor for a subject
        "The whereabouts of a young teacher are still unknown.",
        "The disappearance of a young teacher in Tarvik shocked the town.",
    ],
)
def test_a_described_person_whose_whereabouts_are_unknown_has_disappeared(text: str) -> None:
    assert disappearances(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The whereabouts of the documents remain unknown.",
        "The documents’ whereabouts unknown.",
        "The journalist's whereabouts are known to the police.",
        "The disappearance of the documents from the archive shocked the town.",
    ],
)
def test_things_or_known_whereabouts_are_no_disappearance(text: str) -> None:
    assert disappearances(text) == 0

"""What is made public about someone is no one released (``inanimate`` in data/events.yaml; docs/extraction.md, "A
thing held or released is no one"). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def releases(text: str) -> list[str]:
    x = extract(Source(text, 1, "en", date(2020, 6, 15)))
    return [e.trigger.text for e in x.events if e.type == "release"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Results of the autopsy on Ana Berg have not been released.",
        "Police released the names of the three victims on Monday.",
        "Details of the charges against Tomas Berk were released on Friday.",
        "Drawings of the new prison, released this month, show six cell blocks.",
        "The autopsy of Tomas Berk was released to his family on Friday.",
    ],
)
def test_what_is_made_public_is_no_release(sentence: str) -> None:
    assert releases(sentence) == []


def test_a_person_released_is_still_a_release() -> None:
    assert releases("Tomas Berk was released on bail on Friday.") == ["released"]
    assert releases("Police released Ana Berg and the records of her arrest.") == ["released"]

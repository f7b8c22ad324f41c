"""A threat someone received befell them (docs/extraction.md, "Violations"): the subject of "receive"/"get" whose
object is a threat, or of the relative clause on it, is its victim, and its "from" the perpetrator. Invented
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2021, 6, 1)))


def roles(extraction: Extraction, event_type: str) -> set[tuple[str, str]]:
    names = {e.id: str(e.name) for e in extraction.entities}
    return {
        (p.role, names[p.entity])
        for e in extraction.events
        if e.type == event_type and e.modality == "asserted"
        for p in e.participants
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Berg received death threats after her report on the mine was published in May.",
        "The journalist Ana Berg says she has received repeated threats over her reporting.",
        "Ana Berg reported the threats she received to the prosecutor in May.",
        "Ana Berg got a threat by phone on Monday.",
    ],
)
def test_the_receiver_of_a_threat_is_its_victim(sentence: str) -> None:
    assert ("victim", "Ana Berg") in roles(run(sentence), "threat")


def test_a_received_threat_from_someone_is_theirs() -> None:
    found = roles(run("Ana Berg received threats from Karl Vos after her report."), "threat")
    assert found == {("victim", "Ana Berg"), ("perpetrator", "Karl Vos")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The threat of war worried Ana Berg.",
        "Ana Berg called the plan a threat to peace.",
    ],
)
def test_a_threat_nobody_received_is_no_event(sentence: str) -> None:
    assert not [e for e in run(sentence).events if e.type == "threat"]

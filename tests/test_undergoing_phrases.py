""" "She went through torture": a verb with a preposition of undergoing (``modality: experiencer_phrases`` in
data/events.yaml, read by tumen.extract.event_args.experiencers) makes its subject the one who underwent the event
its object names, as "underwent torture" does; told of a quantified subject in the present it is generic. Invented
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2024, 3, 1)))


def test_one_who_went_through_torture_underwent_it() -> None:
    extraction = run("Ana Berg went through torture in 2019.")
    names = {e.id: e.name for e in extraction.entities}
    torture = next(e for e in extraction.events if e.type == "torture")
    assert [(names[p.entity], p.role) for p in torture.participants] == [("Ana Berg", "victim")]


@pytest.mark.parametrize(
    "sentence", ["Most of those abducted go through torture.", "Many detainees go through beatings in Tarvik."]
)
def test_a_quantified_subject_in_the_present_tells_no_event(sentence: str) -> None:
    assert not [e for e in run(sentence).events if e.type in ("torture", "ill_treatment")]

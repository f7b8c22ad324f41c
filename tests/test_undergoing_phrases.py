""" "She went through torture": a verb with a preposition of undergoing (``modality: experiencer_phrases`` in
data/events.yaml, read by tumen.extract.event_args.experiencers) makes its subject the one who underwent the event
its object names, as "underwent torture" does; told of a quantified subject in the present it is generic. Invented
sentences."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from helpers import extract_en

run = partial(extract_en, published=date(2024, 3, 1))


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


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Berg lived through the killing of her brother in 2019.",
        "Ana Berg went through the arrest of her husband.",
        "Ana Berg survived the killing of her brother.",
    ],
)
def test_an_event_with_its_own_patient_was_not_undergone_by_the_subject(sentence: str) -> None:
    """ "lived through the killing of her brother": he was killed; she is no victim of it."""
    extraction = run(sentence)
    names = {e.id: e.name for e in extraction.entities}
    event = next(e for e in extraction.events if e.type in ("killing", "arrest"))
    assert "Ana Berg" not in [names.get(p.entity) for p in event.participants]

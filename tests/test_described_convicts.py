"""The one sentenced whom only a relative clause describes (tumen.extract.described_convicts): "a man who was
convicted of sedition was sentenced to five years" is an unnamed man's sentencing, not one of no one; "anyone who
is convicted of treason faces ten years" states a law, no event. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_en
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract_en(text, published=date(2024, 3, 1))


def sentenced(extraction: Extraction) -> list[tuple[str | None, str | None, str | None]]:
    """(descriptor, name, gender) of each victim of each sentencing."""
    return [
        (entity.descriptor, entity.name, entity.gender)
        for e in extraction.events
        if e.type == "sentencing"
        for p in e.participants
        if p.role == "victim"
        for entity in [extraction.entity(p.entity)]
    ]


@pytest.mark.parametrize(
    ("text", "descriptor", "gender"),
    [
        ("A man who was convicted of sedition was sentenced to five years in prison in 2019.", "man", "male"),
        ("A teacher who had criticised the government was sentenced to five years in prison.", "teacher", None),
        ("A court in Tarvik sentenced a woman who had joined the protests to three years.", "woman", "female"),
        ("An individual who has been convicted of espionage faces ten years in prison.", "individual", None),
    ],
)
def test_one_a_relative_clause_describes_is_the_one_sentenced(text: str, descriptor: str, gender: str | None) -> None:
    extraction = run(text)
    found = sentenced(extraction)
    assert found and all(f == (descriptor, None, gender) for f in found)
    assert all(e.participants for e in extraction.events if e.type in ("sentencing", "detention"))


def test_the_term_of_the_sentence_beside_the_conviction_is_kept() -> None:
    """ "who was convicted … was sentenced to five years": one sentencing, with its term and the detention."""
    extraction = run("A man who was convicted of sedition was sentenced to five years in prison in 2019.")
    (sentencing,) = [e for e in extraction.events if e.type == "sentencing"]
    assert sentencing.attributes.get("duration") == "P5Y"
    held = next(e for e in extraction.events if e.type == "detention")
    assert held.time is not None and (held.time.earliest, held.time.latest) == (date(2019, 1, 1), date(2023, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "Anyone who is convicted of treason faces ten years in prison.",
        "A man who is convicted of treason faces ten years in prison.",
        "Any citizen who is convicted of treason faces ten years in prison.",
    ],
)
def test_one_a_law_describes_is_no_one_sentenced(text: str) -> None:
    extraction = run(text)
    assert not [e for e in extraction.events if e.type == "sentencing"]
    assert not [e for e in extraction.entities if e.kind == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "A worker who does not leave the country within 90 days can be sentenced to three years in prison.",
        "Before 2020, the courts could order the flogging of an individual who has been convicted of theft.",
    ],
)
def test_one_a_clause_of_a_kind_or_a_modal_describes_is_no_one(text: str) -> None:
    """A relative clause in the simple present, or a noun under a modal verb: anyone so described, no one person."""
    extraction = run(text)
    assert not sentenced(extraction)
    assert not [e for e in extraction.entities if e.kind == "person"]


def test_the_term_of_another_sentence_told_beside_is_not_the_first_ones() -> None:
    """ "sentenced two men to death while four others were sentenced to life": one sentencing of no one known (the
    two told as one), and no life term lent to the death sentence told first."""
    extraction = run("On May 2, a court sentenced two men to death while four others were sentenced to life.")
    assert all(e.attributes.get("duration") is None for e in extraction.events if e.type == "sentencing")


@pytest.mark.parametrize(
    "text",
    [
        "Under the new law, a citizen who has been convicted of treason faces the death penalty.",
        "Under the new code, a farmer who has been convicted of theft faces a heavy fine.",
    ],
)
def test_one_a_law_frames_is_no_one_sentenced(text: str) -> None:
    """A verb in the simple present in a law's frame ("under the new law", "faces the death penalty"), no time: a
    law of anyone so convicted, no one's sentencing."""
    extraction = run(text)
    assert not [e for e in extraction.events if e.type == "sentencing"]
    assert not [e for e in extraction.entities if e.kind == "person"]


def test_a_conviction_of_one_under_a_modal_is_no_sentencing() -> None:
    """ "could order the flogging of an individual who has been convicted …": anyone so convicted, no sentencing."""
    extraction = run(
        "Before 2020, the courts could order the flogging of an individual who has been convicted of theft."
    )
    assert not [e for e in extraction.events if e.type == "sentencing" and e.modality == "asserted"]

"""A "figure" modified by a word of a field of public life or of standing is a person ("three opposition figures",
"a religious figure"): a harm done to such figures is an event; "the figures" or "key figures" alone stay numbers
(``person_figures`` in data/events.yaml, ``tumen.extract.role_words.person_figure``). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract


def events(text: str) -> list[tuple[str, str]]:
    x = extract(Source(text, 1, "en", date(2024, 3, 1)))
    return sorted((e.type, e.modality) for e in x.events)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Police detained three opposition figures in Tarvik on Monday.", "detention"),
        ("Two prominent opposition figures were arrested in Tarvik on 4 May.", "arrest"),
        ("Soldiers abducted a local religious figure near Holm on Monday.", "abduction"),
        ("A key opposition figure, Ana Berg, was arrested in Tarvik on Monday.", "arrest"),
    ],
)
def test_a_figure_of_public_life_is_a_person(sentence: str, event_type: str) -> None:
    assert (event_type, "asserted") in events(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry released the figures on Monday.",
        "The key figures of the report were released in Tarvik on Monday.",
    ],
)
def test_figures_alone_stay_numbers(sentence: str) -> None:
    assert events(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The government released public figures on unemployment last week.",
        "The ministry released new political figures on Monday showing turnout fell.",
    ],
)
def test_figures_of_a_field_that_tells_statistics_stay_numbers(sentence: str) -> None:
    """ "public figures on unemployment", "political figures showing turnout fell": statistics, no one released."""
    assert events(sentence) == []


def victims(text: str, event_type: str) -> list[str | None]:
    x = extract(Source(text, 1, "en", date(2024, 3, 1)))
    return [
        entity.descriptor
        for e in x.events
        if e.type == event_type
        for p in e.participants
        if p.role == "victim"
        for entity in [x.entity(p.entity)]
        if entity.kind == "person"
    ]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Soldiers abducted a local religious figure near Holm on Monday.", "abduction"),
        ("Police beat a religious figure in Tarvik on Monday. He was taken to hospital.", "ill_treatment"),
    ],
)
def test_an_unnamed_figure_is_the_victim(sentence: str, event_type: str) -> None:
    """ "a local religious figure near Holm": the figure, an unnamed person, is the victim (not Holm)."""
    assert victims(sentence, event_type) == ["religious figure"]

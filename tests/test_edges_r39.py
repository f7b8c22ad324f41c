"""Round 39, edges: a headline line ends its sentence; addresses carry nothing; a demand asked of the one called,
paid to its speaker; a deadline "by <date>" of what is asked (docs/extraction.md). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.addresses import masked, spans
from tumen.extract.document import Source, extract
from tumen.extract.nlp import unwrap
from tumen.extract.types import Event, Extraction

PUBLISHED = date(2026, 3, 2)  # a Monday


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", PUBLISHED))


def roles(x: Extraction, event: Event) -> set[tuple[str, str]]:
    return {(x.entity(p.entity).name or x.entity(p.entity).descriptor or "", p.role) for p in event.participants}


# -- 1. a headline's line, and a line with no stop the parser reads as a headless passive -----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers Detain Two Reporters In Tarvik\nofficials denied it.",
        "FIRE DESTROYS OLD MILL IN LORIN\nno one was hurt.",
    ],
)
def test_a_headline_line_is_not_joined_to_the_next(text: str) -> None:
    assert unwrap(text) == text  # before: the break wrapped, the headline ran into the lead


@pytest.mark.parametrize(
    "text",
    [
        "The court heard that soldiers detained\ntwo reporters in Tarvik.",
        "He was held by the Ministry of State Security\nofficers said.",  # a name wrapped inside a sentence
    ],
)
def test_a_line_wrapped_inside_a_sentence_is_still_joined(text: str) -> None:
    assert "\n" not in unwrap(text)


@pytest.mark.parametrize(
    "text",
    [
        "Crowd Gathers In Tarvik After Student Dies\nTwo police officers shot and killed a 17-year-old student in "
        "Tarvik on Sunday\nThe family disputes this.",
        "Gunmen abducted and killed a teacher in Tarvik on Sunday\nThe family disputes this.",
    ],
)
def test_a_line_with_no_stop_keeps_its_doers_when_the_verbs_share_an_object(text: str) -> None:
    x = run(text)
    doers = {"police officers", "Gunmen", "gunmen"}
    found = [r for e in x.events for r in roles(x, e) if r[0] in doers]
    assert found and all(role == "perpetrator" for _name, role in found)  # before: the doers were the victims


def test_a_headline_passive_with_joined_participles_stays_passive() -> None:
    x = run("Activist beaten and robbed in Tarvik")
    assert ("activist", "victim") in {r for e in x.events for r in roles(x, e)}


# -- 2. addresses -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Read it at http://example.org/2009/03/man-killed-in-tarvik.html.",
            "http://example.org/2009/03/man-killed-in-tarvik.html",
        ),
        ("(see www.tarvik-news.example/police-kill-two)", "www.tarvik-news.example/police-kill-two"),
        ("Write to ana.vale@tarvik-news.example today.", "ana.vale@tarvik-news.example"),
        ("The file C:\\cases\\killed_in_lorin.pdf was sent.", "C:\\cases\\killed_in_lorin.pdf"),
        ("Saved as /home/ana/cases/police_shot_two.txt here.", "/home/ana/cases/police_shot_two.txt"),
        ("Source: tarviknews.example/2019/05/activist-arrested", "tarviknews.example/2019/05/activist-arrested"),
        ("http : / / www . tarvik . example / 2013 / 03 / teen - killed - by - police /\nNext", None),
    ],
)
def test_an_address_is_found_whole(text: str, address: str | None) -> None:
    [(start, end)] = spans(text)
    if address is not None:
        assert text[start:end] == address
    assert len(masked(text)) == len(text)


def test_dates_and_slashed_words_are_no_addresses() -> None:
    assert spans("On 12/05/2019 he and/or she, at 3 p.m./4 p.m., drove at 50 km/h from the U.S./Mexico border.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Read more at http://example.org/2009/03/man-killed-in-tarvik-shooting.html\nThe mayor spoke on Monday.",
        "http : / / www . tarvik . example / 2013 / 03 / 17 / teen - killed - police /\nThe mayor spoke on Monday.",
        "See https://news.example.org/2021/jan/12/ana-vale-abducted-by-police for more.",
        "Write to police.killings@tarvik-news.example or open /srv/cases/soldiers_killed_ana_vale.txt now.",
    ],
)
def test_nothing_is_read_from_inside_an_address(text: str) -> None:
    x = run(text)
    inside = [(a, b) for a, b in spans(text)]

    def within(start: int) -> bool:
        return any(a <= start < b for a, b in inside)

    assert not [e for e in x.events if within(e.trigger.start)]
    assert not [m for e in x.entities for m in e.mentions if within(m.start)]
    assert not [t for t in x.times if within(t.start)]


def test_a_text_without_addresses_is_parsed_as_before() -> None:
    text = "Police arrested Ana Vale in Tarvik on Monday."
    assert masked(text) == text


# -- 3. the one called is asked; the speaker is paid ---------------------------------------------------------------
def demand(x: Extraction) -> Event:
    [asked] = [e for e in x.events if e.type == "payment" and e.modality == "demanded"]
    return asked


def test_a_speaker_of_no_entity_asks_the_one_called() -> None:
    # "a man" is no one of the story; "called her and said": said to her, asked of her
    x = run("Ana Ruiz fled Tarvik in 2015. A man called her and said: 'Pay 300 dollars and we will free your son.'")
    assert roles(x, demand(x)) == {("Ana Ruiz", "payer")}  # before: no payment at all


def test_a_payment_asked_with_no_one_named_is_to_its_speaker() -> None:
    x = run("Ana Ruiz fled Tarvik in 2015. A broker called her and said: 'Pay 300 dollars and we will free your son.'")
    assert roles(x, demand(x)) == {("Ana Ruiz", "payer"), ("broker", "recipient")}  # before: no recipient


@pytest.mark.parametrize("asked", ["'Pay 300 dollars to the hospital.'", "'Pay the guards 300 dollars.'"])
def test_a_payment_asked_to_another_is_not_the_speakers(asked: str) -> None:
    x = run(f"Ana Ruiz fled Tarvik in 2015. A broker called her and said: {asked}")
    assert ("broker", "recipient") not in roles(x, demand(x))


def test_one_told_of_before_is_not_asked_by_a_speaker_of_no_entity() -> None:
    x = run("Ivo Holm was caught in 2016. The officer said: 'Pay 300 dollars.'")
    assert not [p for e in x.events for p in e.participants if p.role == "payer"]


# -- 4. a deadline ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz fled Tarvik in 2015. A broker phoned her on Friday and said: 'Pay me 500 dollars by Monday.'",
        "Ana Ruiz fled Tarvik in 2015. A broker phoned her on Friday and said: 'By Monday, pay me 500 dollars.'",
        "Ana Ruiz fled Tarvik in 2015. A broker phoned her on Friday. He said: 'By Monday, pay me 500 dollars.'",
    ],
)
def test_a_demand_by_a_day_runs_from_its_saying_to_that_day(text: str) -> None:
    x = run(text)
    asked = demand(x)
    assert asked.time is not None and (asked.time.earliest, asked.time.latest) == (date(2026, 2, 27), PUBLISHED)
    assert asked.time_basis == "stated"  # before: on the Monday, or undated and not asked at all


def test_a_fronted_deadline_opens_an_imperative() -> None:
    x = run(
        "Ana Ruiz fled Tarvik in 2015. The kidnappers phoned her on Friday. 'By Monday, pay 500 dollars,' they said."
    )
    assert demand(x).modality == "demanded"  # before: told as paid


def test_a_payment_done_by_a_day_is_no_deadline() -> None:
    x = run("Ana Ruiz paid the broker 500 dollars by Monday, she said.")
    [paid] = [e for e in x.events if e.type == "payment"]
    assert paid.modality == "asserted"
    assert paid.time is not None and (paid.time.earliest, paid.time.latest, paid.time.precision) == (
        PUBLISHED,
        PUBLISHED,
        "day",
    )  # done on that Monday: no range from a saying to it


def test_a_deadline_still_to_come_runs_from_the_publication_when_the_saying_is_undated() -> None:
    x = run("Officials said that the boy must be returned to his father by March 14.")
    [returned] = [e for e in x.events if e.trigger.text == "returned"]
    assert returned.time is not None and (returned.time.earliest, returned.time.latest) == (
        PUBLISHED,
        date(2026, 3, 14),
    )
    # before: on March 14

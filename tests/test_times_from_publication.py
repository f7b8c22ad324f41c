"""Times of events told from the report's day (docs/extraction.md, "Story time"): a headline's bare participle takes
the time the body gives the same event, else the publication's; a past period up to the report ("in the past
week", "in recent days", "a few days ago") frames what its clause tells; "Friday last week" is the Friday of the week
before. Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.time import find_times
from tumen.extract.types import Event, Extraction

PUBLISHED = date(2024, 6, 12)  # a Wednesday


def run(text: str, published: date = PUBLISHED) -> Extraction:
    return extract(Source(text, 1, "en", published))


def of(extraction: Extraction, trigger: str) -> Event:
    found = [e for e in extraction.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in extraction.events]
    return found[0]


def span(event: Event) -> tuple[date, date] | None:
    return (event.time.earliest, event.time.latest) if event.time else None


# -- a headline's bare participle ------------------------------------------------------------------------------
def test_a_headlines_participle_takes_the_time_the_body_gives_the_same_event() -> None:
    x = run("Journalist killed in Norland\nA journalist was shot dead in Velar on Monday, police said.")
    killed = of(x, "killed")
    assert span(killed) == (date(2024, 6, 10), date(2024, 6, 10))
    assert killed.time_basis == "inherited"


def test_every_participle_of_a_headline_takes_the_bodys_time() -> None:
    text = "Activist abducted and beaten in Tarvik\nAna Cruz, an activist, was abducted on Sunday in Tarvik and beaten."
    headline = [e for e in run(text).events if e.trigger.start < text.index("\n")]
    assert {e.type for e in headline} == {"abduction", "ill_treatment"}
    assert all(span(e) == (date(2024, 6, 9), date(2024, 6, 9)) for e in headline)


def test_a_headlines_participle_is_not_dated_by_another_partys_event() -> None:
    x = run("Ana Cruz killed in Velar\nIvo Lesk was killed in Velar in 2019. Ana Cruz was killed on Monday.")
    headline = min((e for e in x.events if e.type == "killing"), key=lambda e: e.trigger.start)
    assert span(headline) == (date(2024, 6, 10), date(2024, 6, 10))


def test_a_headlines_participle_the_body_does_not_date_is_of_the_publication() -> None:
    x = run("Activist arrested in Vanuzi\nPolice detained Ana Cruz, a rights activist.")
    arrested = of(x, "arrested")
    assert span(arrested) == (PUBLISHED, PUBLISHED)
    assert arrested.time_basis == "publication"


def test_a_participle_in_running_prose_is_not_a_headlines() -> None:
    x = run("Ana Cruz, arrested in Vanuzi, denied the charges. Police detained her brother on Monday.")
    assert of(x, "arrested").time is None


# -- a past period up to the report ---------------------------------------------------------------------------
def test_a_past_period_up_to_the_report_frames_its_clause() -> None:
    assert span(of(run("Police have arrested nine people in the past week."), "arrested")) == (
        date(2024, 6, 5),
        PUBLISHED,
    )
    assert span(of(run("Soldiers detained dozens of villagers over the last two months."), "detained")) == (
        date(2024, 4, 13),
        PUBLISHED,
    )


def test_a_vague_past_period_reaches_back_a_bounded_span() -> None:
    assert span(of(run("Three journalists were abducted in recent days."), "abducted")) == (
        date(2024, 5, 29),
        PUBLISHED,
    )
    assert span(of(run("Ana Cruz was arrested a few days ago."), "arrested")) == (date(2024, 5, 29), date(2024, 6, 10))


def test_a_period_a_state_lasts_or_a_part_of_another_period_is_no_frame() -> None:
    assert of(run("Ana Cruz has been held for the past week."), "held").time is None
    x = run("Police arrested Ana Cruz in the last week of the campaign.")
    assert of(x, "arrested").time is None


def test_the_time_expressions_keep_their_timeml_values() -> None:
    (found,) = find_times("Police arrested nine people in the past week.", PUBLISHED, "en")
    assert (found.kind, found.value, found.interval) == ("DURATION", "P1W", None)


# -- a weekday of the week before or after ---------------------------------------------------------------------
def test_a_weekday_of_last_week_is_in_the_week_before() -> None:
    friday = date(2024, 6, 14)  # a report of a Friday: "on Friday" alone is that day
    assert span(of(run("Ana Cruz was arrested on Friday last week.", friday), "arrested")) == (
        date(2024, 6, 7),
        date(2024, 6, 7),
    )
    assert span(of(run("Ana Cruz was arrested on Tuesday of last week."), "arrested")) == (
        date(2024, 6, 4),
        date(2024, 6, 4),
    )
    assert span(of(run("Ana Cruz was arrested on Friday.", friday), "arrested")) == (friday, friday)


def test_a_weekday_of_next_week_is_in_the_week_after() -> None:
    (found, _) = find_times("The court will rule on Friday next week.", PUBLISHED, "en")
    assert found.value == "2024-06-21"  # not the coming Friday, 14 June


def test_a_past_period_up_to_the_report_tells_no_occasion() -> None:
    x = run("Norland has seen a surge of killings and kidnappings in the past few months.")
    assert not [e for e in x.events if e.type in ("killing", "abduction")]
    x = run("Armed gangs in Norland have stepped up attacks in recent years, raping and pillaging.")
    assert not [e for e in x.events if e.type == "sexual_violence"]

"""A group's event told in a lead and again with its date, homelands, and times that belong to another clause
(docs/extraction.md), each on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction

PUBLISHED = date(2019, 3, 14)  # a Thursday


def run(text: str, published: date = PUBLISHED) -> Extraction:
    return extract(Source(text, 1, "en", published))


def of_type(x: Extraction, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind]


def place(x: Extraction, event: Event) -> str | None:
    return x.entity(event.place).name if event.place else None


def names(x: Extraction, event: Event) -> set[str]:
    return {str(x.entity(p.entity).name) for p in event.participants}


def test_a_homeland_is_the_country_of_the_people_named_before_it() -> None:
    x = run("In 2018 Mongolia returned 30 North Korean workers to their home country.")
    [returned] = of_type(x, "forced_repatriation")
    assert place(x, returned) == "North Korea"
    alone = run("In 2018 the workers went back to their home country.")
    assert not [e for e in alone.entities if e.kind == "place"]


def test_back_hung_on_a_relative_clause_of_leaving_belongs_to_the_outer_verb() -> None:
    x = run("Vietnam has sent twelve North Koreans who crossed the border last year back to China, officials said.")
    [returned] = of_type(x, "forced_repatriation")
    assert place(x, returned) == "China" and "Vietnam" in names(x, returned)


def test_a_relative_clause_of_a_participant_does_not_date_the_event() -> None:
    x = run("Vietnam has sent twelve North Koreans who crossed the border in 2018 back to China.")
    [returned] = of_type(x, "forced_repatriation")
    assert returned.time is None or returned.time.earliest.year != 2018


def test_the_time_of_telling_is_not_the_time_of_the_event() -> None:
    x = run("Vietnam has deported twelve North Koreans to China, an official said Tuesday.")
    [returned] = of_type(x, "forced_repatriation")
    assert returned.time is None or returned.time.earliest != date(2019, 3, 12)


def test_the_time_a_recording_came_out_is_not_the_time_of_what_it_shows() -> None:
    x = run("Footage was aired at the end of February, showing police beating Ana Berg in a cell.")
    [beaten] = [e for e in x.events if e.type in ("ill_treatment", "torture", "attack")]
    assert beaten.time is None or beaten.time.earliest.month != 2


def test_a_groups_undated_lead_is_its_dated_account() -> None:
    x = run(
        "Vietnam has sent twelve North Koreans back to China, an official said Tuesday. "
        "The twelve North Korean defectors were deported to China on Monday after being arrested on March 2."
    )
    returns = of_type(x, "forced_repatriation")
    assert len(returns) == 1, [(e.trigger.text, e.time) for e in returns]
    [returned] = returns
    assert returned.time is not None and returned.time.earliest == date(2019, 3, 11)
    assert "Vietnam" in names(x, returned) and place(x, returned) == "China"
    assert len(returned.evidence) == 2


def test_sent_across_a_border_is_a_return() -> None:
    x = run("Beijing returned 200 North Korean defectors. The defectors were sent across the border on Monday.")
    [returned] = of_type(x, "forced_repatriation")
    assert returned.time is not None and returned.time.earliest == date(2019, 3, 11)
    assert run("The parcels were sent across the town on Monday.").events == []

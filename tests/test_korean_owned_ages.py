"""The owner of an age at an event (docs/extraction.md, "Korean"): a person marked as subject or topic right
before "N살 때", with a bracketed age or an honorific ("한바다(30) 씨가 열두 살 때"), owns it when another —
a person or a relative marked as subject or topic — is the event's subject: the event is dated by the owner's age,
the owner takes no part, and the other gets no victim age. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def _arrest(text: str) -> tuple[Extraction, Event]:
    x = extract(Source(text, 1, "ko", date(2024, 5, 1)))
    [event] = [e for e in x.events if e.type == "arrest"]
    return x, event


def test_a_bracketed_age_owner_is_no_victim_beside_a_topic() -> None:
    x, event = _arrest("한바다(30) 씨가 열두 살 때 김민수 씨는 체포됐다.")
    assert [x.entity(p.entity).name for p in event.participants] == ["김민수"]
    assert "victim_age" not in event.attributes
    assert event.time is not None and (event.time.earliest.year, event.time.latest.year) == (2005, 2007)


@pytest.mark.parametrize(
    "text",
    [
        "한바다(30) 씨가 열두 살 때 아버지는 체포됐다.",
        "한바다(30) 씨는 열두 살 때 아버지가 체포됐다고 말했다.",
        "한바다(30) 씨가 열두 살 때 그의 아버지가 체포됐다.",
    ],
)
def test_the_age_of_the_named_one_dates_a_relatives_arrest(text: str) -> None:
    x, event = _arrest(text)
    assert "victim_age" not in event.attributes, text
    assert x.entity(event.attributes["age_of"]["person"]).name == "한바다", text
    assert event.time is not None and (event.time.earliest.year, event.time.latest.year) == (2005, 2007), text
    assert all(x.entity(p.entity).name != "한바다" for p in event.participants), text

"""Word senses read wrongly on business and film news (docs/extraction.md, "Word senses and what may fill a
role"): a tool put out, a title's word, a torture of oneself over a choice, an index's percentage return, a cable
reaching a continent and money paid in trade are no release, arrest, torture, return, crossing or payment; the harms
and payments of people stay. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.document import Source, extract
from tumen.extract.types import Event


def of_type(text: str, event_type: str) -> list[Event]:
    return [e for e in extract(Source(text, 1, "en", date(2024, 3, 1))).events if e.type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Repair tool released by Norvex can be used on older computers.", "release"),
        (
            "The Tarvik Herald says Holm is in talks with Velo Films to return as director for the sequel, Catching"
            " Smoke - - and the deal probably hinges on pay.",
            "arrest",
        ),
        ("Ivo Holm spent two full weeks torturing himself over the decision.", "torture"),
        (
            "Through May 3, bond funds had an average 0.71% total return, according to Tarvo Analytical Services"
            " Inc. That is even less than the 3.9% total return of the Halden Lynch Bond Index.",
            "forced_repatriation",
        ),
        ("An official said the cable passes through Tarvik from Europe and reaches Asia.", "border_crossing"),
        ("Dalco will pay 15.6 billion yen for 39 million new shares of Velo, a maker of audio equipment.", "payment"),
        ("Dalco has agreed to pay 93 million dollars to buy 117 acres of land along the river.", "payment"),
        ("Velo paid 78.8 million dollars in taxes during the quarter.", "payment"),
        ("Dalco Corp. will pay down 5 billion dollars of a bridge loan by February.", "payment"),
    ],
)
def test_another_sense_makes_no_event(text: str, event_type: str) -> None:
    assert of_type(text, event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Soldiers tortured Karl Vos in Tarvik prison in 2019.", "torture"),
        ("Police released Karl Vos on Monday.", "release"),
        ("Ana Berg paid the broker 3,000 dollars to take her across the river.", "payment"),
        ("Ana Berg paid a broker 5,000 dollars for her brother's release.", "payment"),
        ("Ivo Holm paid off a debt of 3,000 dollars to Karl Vos in Tarvik in May.", "payment"),
        ("Police arrested the journalist Karl Vos in Tarvik.", "arrest"),
    ],
)
def test_the_harm_or_payment_of_people_stays(text: str, event_type: str) -> None:
    assert of_type(text, event_type) != []

"""The month of an attack dated only by its year (benchmarks/hrdsattack_dates.py), with invented mentions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import Any

from hrdsattack import DEFAULT_MAP, Mapping, article_date

from tumen.model import Interval


@dataclass(frozen=True)
class _Event:
    """A stand-in for tumen's Event with the fields the date rules read."""

    type: str
    evidence: list[Any] = field(default_factory=list)
    time: Interval | None = None
    time_span: Any = None
    time_evidence: Any = None
    time_basis: str | None = None


def _mention(text: str, first: date, precision: str) -> Any:
    return SimpleNamespace(text=text, interval=Interval(first, first, precision))


def test_a_year_only_attack_takes_the_month_the_text_gives_within_that_year() -> None:
    """ "Dara Loman was killed in 2018. The case dates to March 2018, when reporters came to Velmar." """
    mapping = Mapping.load(DEFAULT_MAP)
    published = date(2019, 11, 19)
    killing = SimpleNamespace(type="killing", time=Interval(date(2018, 1, 1), date(2018, 12, 31), "year"))
    times = [
        _mention("2018", date(2018, 1, 1), "year"),
        _mention("May 2017", date(2017, 5, 1), "month"),  # another year: not this attack's month
        _mention("March 2018", date(2018, 3, 1), "month"),
        _mention("June 2018", date(2018, 6, 1), "month"),  # the first in text order counts
    ]
    assert article_date([killing], published, mapping, times) == {"year": "2018", "month": "3", "date": None}
    # a day gives its day too: "on 10 June 2018"
    day = [_mention("10 June 2018", date(2018, 6, 10), "day")]
    assert article_date([killing], published, mapping, day) == {"year": "2018", "month": "6", "date": "10"}
    # without a mention of that year the month stays unknown (not the publication year: no fallback either)
    assert article_date([killing], published, mapping, times[:2]) == {"year": "2018", "month": None, "date": None}


def test_a_range_within_one_year_takes_a_month_inside_it() -> None:
    """ "Ivo Renn was abducted in late 2018 … In March 2018 he had written … On 4 November 2018 his car was found":
    March is outside "late 2018" (September to December); November is inside."""
    mapping = Mapping.load(DEFAULT_MAP)
    abduction = SimpleNamespace(type="abduction", time=Interval(date(2018, 9, 1), date(2018, 12, 31), "range"))
    times = [_mention("March 2018", date(2018, 3, 1), "month"), _mention("4 November 2018", date(2018, 11, 4), "day")]
    assert article_date([abduction], date(2020, 1, 5), mapping, times) == {"year": "2018", "month": "11", "date": "4"}


def test_a_month_within_the_year_never_comes_after_the_publication_day() -> None:
    """ "Arrested last year ... his trial is set for 9 December" in a report of 2 March 2022: no attack in December."""
    mapping = Mapping.load(DEFAULT_MAP)
    arrest = SimpleNamespace(type="arrest", time=Interval(date(2022, 1, 1), date(2022, 12, 31), "year"))
    later = [_mention("9 December", date(2022, 12, 9), "day")]
    # the publication year without a month of its own: the publication month, as before
    assert article_date([arrest], date(2022, 3, 2), mapping, later) == {"year": "2022", "month": "3", "date": None}


def test_an_undated_attack_takes_a_date_its_sentence_gives_to_nothing_else() -> None:
    """ "The Velmar Courier reported in April that two men had been tortured by police." (a report of 3 June)"""
    from hrdsattack_dates import sentence_dated

    from tumen.extract.types import Span, TimeMention

    mapping = Mapping.load(DEFAULT_MAP)
    published = date(2021, 6, 3)
    text = "The Velmar Courier reported in April that two men had been tortured by police."
    april = TimeMention(28, 33, "April", "DATE", "2021-04", Interval(date(2021, 4, 1), date(2021, 4, 30), "month"))
    torture = _Event("torture", [Span(0, len(text), text)])
    extraction = SimpleNamespace(events=[torture], times=[april])
    dated = sentence_dated([torture], extraction)
    assert article_date(dated, published, mapping) == {"year": "2021", "month": "4", "date": None}
    # an event with a time of its own, even a year only, ranks first: "Dara Loman was arrested in 2020"
    arrest = SimpleNamespace(type="arrest", time=Interval(date(2020, 1, 1), date(2020, 12, 31), "year"))
    assert article_date([*dated, arrest], published, mapping)["year"] == "2020"
    # a date that dates another event of the sentence is that event's: "the protest on 2 April, where two men were
    # beaten" leaves the beating to the story
    protest = SimpleNamespace(time_evidence=Span(28, 33, "April"), time_span=None)
    taken = SimpleNamespace(events=[torture, protest], times=[april])
    assert sentence_dated([torture], taken)[0].time is None

"""Dating a fact no source dates, from its principal's birth and the age they were at the event (a time a report
computed from an age and its own birth counts as no date here: every source's age and the birth all reports give
decide)."""

from __future__ import annotations

from datetime import timedelta

from tumen.corroborate.facts import Fact
from tumen.extract.time.calendar import add_years
from tumen.model import Interval


def date_by_age(fact: Fact, birth: Interval | None) -> None:
    """ "Beaten when he was 17" + born 1999–2000 -> between his 17th birthday and the day before his 18th
    (from the earliest to the latest age the sources give)."""
    ages = fact.ages()
    if not ages or birth is None or fact.stated_times():
        return  # a statement's own time wins; one its report dated from an age yields to all sources' ages
    try:  # 29 February plus whole years is 28 February in a common year, as in birth_interval
        earliest = add_years(birth.earliest, ages[0])
        latest = add_years(birth.latest, ages[-1] + 1) - timedelta(days=1)
    except (ValueError, OverflowError):  # a birth open towards date.max: no year to date it by
        return
    fact.derived_time = Interval(earliest, latest, "range")

"""Calendar arithmetic and TimeML values: shifting dates, the calendar unit around a day, parts of periods.

Every function is pure. Dates outside 1..9999 raise ValueError/OverflowError; the engine drops such
expressions.
"""

from __future__ import annotations

import calendar as _cal
import re
from datetime import date, timedelta
from functools import lru_cache

from tumen.model import Interval

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # winter 2019 = December 2019 to February 2020
UNITS = ("minute", "hour", "day", "week", "fortnight", "month", "year", "decade")


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    return 29 if month == 2 and _cal.isleap(year) else _DAYS_IN_MONTH[month - 1]


def month_end(year: int, month: int) -> date:
    return date(year, month, days_in_month(year, month))


def add_years(day: date, years: int) -> date:
    """``day`` moved by whole years; 29 February becomes 28 February in a common year."""
    year = day.year + years
    if day.month == 2 and day.day == 29 and not _cal.isleap(year):
        return date(year, 2, 28)
    return day.replace(year=year)


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    return date(year, month0 + 1, min(day.day, days_in_month(year, month0 + 1)))


def shift(day: date, amount: int, unit: str) -> date:
    """``day`` moved by ``amount`` units (hours and minutes round towards ``day``)."""
    if unit == "day":
        return day + timedelta(days=amount)
    if unit == "week":
        return day + timedelta(weeks=amount)
    if unit == "fortnight":
        return day + timedelta(weeks=2 * amount)
    if unit == "month":
        return add_months(day, amount)
    if unit == "year":
        return add_years(day, amount)
    if unit == "decade":
        return add_years(day, 10 * amount)
    per_day = 24 if unit == "hour" else 1440
    return day + timedelta(days=int(amount / per_day))


# --- intervals of calendar units -------------------------------------------------------------------------


def day_interval(day: date) -> Interval:
    return Interval(day, day, "day")


def week_interval(day: date) -> Interval:
    monday = day - timedelta(days=day.weekday())
    return Interval(monday, monday + timedelta(days=6), "range")


def month_interval(year: int, month: int) -> Interval:
    return Interval(date(year, month, 1), month_end(year, month), "month")


def year_interval(year: int) -> Interval:
    return Interval(date(year, 1, 1), date(year, 12, 31), "year")


def decade_interval(first_year: int) -> Interval:
    return Interval(date(first_year, 1, 1), date(first_year + 9, 12, 31), "decade")


def season_interval(year: int, code: str) -> Interval:
    first = date(year, SEASON_START[code], 1)
    last = add_months(first, 2)
    return Interval(first, month_end(last.year, last.month), "season")


def half_interval(year: int, half: int) -> Interval:
    return Interval(date(year, 6 * half - 5, 1), month_end(year, 6 * half), "range")


def quarter_interval(year: int, quarter: int) -> Interval:
    return Interval(date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter), "range")


def quarter_of(day: date) -> tuple[int, int]:
    """The year and quarter (1–4) of ``day``."""
    return day.year, (day.month - 1) // 3 + 1


def add_quarters(quarter: tuple[int, int], count: int) -> tuple[int, int]:
    year, index = divmod(quarter[0] * 4 + quarter[1] - 1 + count, 4)
    return year, index + 1


_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")


def parse_quarter(value: str | None) -> tuple[int, int] | None:
    """ "1989-Q3" → (1989, 3); None for any other value."""
    found = _QUARTER_VALUE.fullmatch(value) if value else None
    return (int(found[1]), int(found[2])) if found else None


def unit_at(day: date, unit: str) -> tuple[Interval, str]:
    """The calendar unit (day, ISO week, month, year, decade) containing ``day``, and its TimeML value."""
    if unit in ("day", "hour", "minute"):
        return day_interval(day), day.isoformat()
    if unit in ("week", "fortnight"):
        iso = day.isocalendar()
        return week_interval(day), f"{iso.year:04d}-W{iso.week:02d}"
    if unit == "month":
        return month_interval(day.year, day.month), f"{day.year:04d}-{day.month:02d}"
    if unit == "year":
        return year_interval(day.year), f"{day.year:04d}"
    first = day.year - day.year % 10
    return decade_interval(first), f"{first // 10:03d}"


def value_at(day: date, precision: str) -> str:
    """The TimeML value of ``day`` at a precision or unit (day, week, month, season → month, year, decade)."""
    unit = {"season": "month", "fortnight": "day", "hour": "day", "minute": "day"}.get(precision, precision)
    return unit_at(day, unit if unit in UNITS else "day")[1]


def season_value(year: int, code: str) -> str:
    return f"{year:04d}-{code}"


def part_of(interval: Interval, part: str) -> Interval:
    """The START, MID or END third of a period ("early 2016" = January–April; "mid-December" = 11–20); of a
    decade, its halves and middle five years ("the late 1990s" = 1995–1999)."""
    first, last = interval.earliest, interval.latest
    if interval.precision == "month":
        bounds = {"START": (1, 10), "MID": (11, 20), "END": (21, last.day)}[part]
        return Interval(first.replace(day=bounds[0]), first.replace(day=bounds[1]), "range")
    if interval.precision == "year":
        months = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[part]
        return Interval(date(first.year, months[0], 1), month_end(first.year, months[1]), "range")
    if interval.precision == "decade":
        # A decade's part is loose in use ("the late 1990s" is said of 1996 as of 1999): halves, and the middle
        # five years for "mid" — the early 1990s 1990–1994, the mid-1990s 1993–1997, the late 1990s 1995–1999.
        years = {"START": (0, 4), "MID": (3, 7), "END": (5, 9)}[part]
        return Interval(date(first.year + years[0], 1, 1), date(first.year + years[1], 12, 31), "range")
    width = interval.width()
    lo, hi = {
        "START": (0, width // 3 - 1),
        "MID": (width // 3, 2 * width // 3 - 1),
        "END": (2 * width // 3, width - 1),
    }[part]
    return Interval(first + timedelta(days=lo), first + timedelta(days=max(lo, hi)), "range")


# --- resolving dates without a year, weekdays and seasons against an anchor ------------------------------


def year_for(month: int, day: int | None, anchor: date, future: bool, strict: bool = False) -> int:
    """The year of "Dec. 5" / "December": the most recent such date not after ``anchor`` (before it when
    ``strict``), or the next one not before it when ``future``."""
    step = 1 if future else -1
    year = anchor.year
    for _ in range(12):
        if day is None:
            when, this_month = date(year, month, 1), anchor.replace(day=1)
            ok = when >= this_month if future else when <= this_month
            if strict:
                ok = when > this_month if future else when < this_month
        elif month == 2 and day == 29 and not _cal.isleap(year):
            ok = False
        else:
            when = date(year, month, day)
            ok = when >= anchor if future else when <= anchor
            if strict:
                ok = when > anchor if future else when < anchor
        if ok:
            return year
        year += step
    raise ValueError(f"no year for month {month} day {day}")


def nearest_year(month: int, day: int | None, anchor: date) -> int:
    """The year of "Dec. 5" / "December" nearest ``anchor``: the most recent one not after it unless the next
    one not before it is less than half as far (counted in days, or in months without a day)."""
    past, future = year_for(month, day, anchor, False), year_for(month, day, anchor, True)
    if past == future:
        return past
    if day is None:
        back = (anchor.year - past) * 12 + anchor.month - month
        ahead = (future - anchor.year) * 12 + month - anchor.month
    else:
        back = (anchor - _on(past, month, day)).days
        ahead = (_on(future, month, day) - anchor).days
    return future if 2 * ahead < back else past


def _on(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, days_in_month(year, month)))


def weekday_near(anchor: date, weekday: int, direction: str) -> date:
    """The weekday on or before the anchor ("on"), strictly before ("last"), on or after ("future"),
    strictly after ("next"), or within the anchor's ISO week ("this")."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction == "on":
        return anchor - timedelta(days=back)
    if direction == "last":
        return anchor - timedelta(days=back or 7)
    if direction == "future":
        return anchor + timedelta(days=ahead)
    if direction == "next":
        return anchor + timedelta(days=ahead or 7)
    return anchor + timedelta(days=weekday - anchor.weekday())


def season_year(code: str, anchor: date, which: str) -> int:
    """The year of "last/this/next summer" seen from ``anchor`` (winter 2019 runs December 2019–February 2020)."""
    current = anchor.year - 1 if code == "WI" and anchor.month <= 2 else anchor.year
    if which == "this":
        return current
    this_one = season_interval(current, code)
    if which == "last":
        return current if this_one.latest < anchor else current - 1
    return current if this_one.earliest > anchor else current + 1


# --- durations --------------------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _month_span_days(months: int) -> tuple[int, int]:
    """Fewest and most days in ``months`` consecutive calendar months (over a four-year leap cycle)."""
    prefix = [0]
    for i in range(48 + months):
        prefix.append(prefix[-1] + days_in_month(2001 + (i // 12) % 4, i % 12 + 1))
    sums = [prefix[s + months] - prefix[s] for s in range(48)]
    return min(sums), max(sums)


def duration_days(amount: int, unit: str) -> tuple[int, int]:
    """Fewest and most days ``amount`` units can span ("two years" → (730, 731), "a month" → (28, 31))."""
    if unit == "day":
        return amount, amount
    if unit in ("week", "fortnight"):
        days = amount * (14 if unit == "fortnight" else 7)
        return days, days
    if unit == "month":
        return _month_span_days(amount)
    if unit in ("year", "decade"):
        years = amount * (10 if unit == "decade" else 1)
        return 365 * years + years // 4, 365 * years + -(-years // 4)
    per_day = 24 if unit == "hour" else 1440
    return amount // per_day, -(-amount // per_day)


def duration_value(amount: int, unit: str) -> str:
    """TimeML duration value: P2Y, P3M, P2W, P10D, P1DE, PT3H, PT30M."""
    if unit == "fortnight":
        return f"P{2 * amount}W"
    if unit in ("hour", "minute"):
        return f"PT{amount}{'H' if unit == 'hour' else 'M'}"
    code = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE"}[unit]
    return f"P{amount}{code}"

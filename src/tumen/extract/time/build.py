"""Resolvers shared by the English and Korean rules: each returns a closure from a :class:`Context` to a
:class:`Resolved` (or None when the date does not exist)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from tumen.model import Interval

from . import calendar as cal
from .types import Context, Resolved, Resolver

PLACEHOLDER = {
    "minute": "XXXX-XX-XX",
    "hour": "XXXX-XX-XX",
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "fortnight": "XXXX-WXX",
    "month": "XXXX-XX",
    "year": "XXXX",
    "decade": "XXX",
}


def fixed(value: str, interval: Interval | None, kind: str = "DATE", mod: str | None = None) -> Resolver:
    result = Resolved(kind, value, interval, mod=mod)
    return lambda ctx: result


def day(year: int, month: int, day_: int) -> Resolver:
    when = date(year, month, day_)  # raises ValueError for 30 February: the rule drops the candidate
    return fixed(when.isoformat(), cal.day_interval(when))


def month(year: int, month_: int) -> Resolver:
    return fixed(f"{year:04d}-{month_:02d}", cal.month_interval(year, month_))


def year(year_: int) -> Resolver:
    return fixed(f"{year_:04d}", cal.year_interval(year_))


def decade(first_year: int) -> Resolver:
    return fixed(f"{first_year // 10:03d}", cal.decade_interval(first_year))


def century(number: int) -> Resolver:
    """The ``number``th century as TimeML writes it: the 20th is "19", 1900–1999."""
    first = (number - 1) * 100
    return fixed(f"{number - 1:02d}", Interval(date(max(first, 1), 1, 1), date(first + 99, 12, 31), "range"))


def season(year_: int, code: str) -> Resolver:
    return fixed(cal.season_value(year_, code), cal.season_interval(year_, code))


def half(year_: int, which: int) -> Resolver:
    return fixed(f"{year_:04d}-H{which}", cal.half_interval(year_, which))


def quarter(year_: int, which: int) -> Resolver:
    def resolve(ctx: Context) -> Resolved:
        return replace(_quarter_result(year_, which, ctx), relative=False)

    return resolve


def _quarter_result(year_: int, which: int, ctx: Context | None = None) -> Resolved:
    """A quarter; with ``ctx``, one that has ended by the anchor also becomes the text's reporting period
    (business news reports on past quarters: "a fourth-quarter charge" ahead is not what "the quarter" is)."""
    value, interval = f"{year_:04d}-Q{which}", cal.quarter_interval(year_, which)
    reported = ctx is not None and (ctx.anchor is None or interval.latest < ctx.anchor)
    return Resolved("DATE", value, interval, relative=True, period=value if reported else None)


def quarter_near(which: int, years_from_anchor: int | None = None) -> Resolver:
    """ "the third quarter", "this year's third quarter": quarter ``which`` of the anchor's year moved by
    ``years_from_anchor``; without it, the most recent such quarter that has begun by the anchor, or, when
    the clause speaks of the future, the next one that has not ended if it begins within six months."""

    def resolve(ctx: Context) -> Resolved:
        if ctx.anchor is None:
            return Resolved("DATE", f"XXXX-Q{which}", relative=True)
        if years_from_anchor is not None:
            return _quarter_result(ctx.anchor.year + years_from_anchor, which, ctx)
        year_ = ctx.anchor.year
        if cal.quarter_interval(year_, which).earliest > ctx.anchor:
            year_ -= 1
        if ctx.speaks_of_future():  # the next one not ended, unless it is most of a year away
            ahead = year_ + 1 if cal.quarter_interval(year_, which).latest < ctx.anchor else year_
            if cal.quarter_interval(ahead, which).earliest <= cal.shift(ctx.anchor, 6, "month"):
                year_ = ahead
        return _quarter_result(year_, which, ctx)

    return resolve


def the_quarter(which: str) -> Resolver:
    """ "the quarter", "the latest quarter" (``reported``: the quarter the text is about, else the last one
    that ended before the anchor; ``reported_only``: None when the text names no quarter), "the current
    quarter" (``current``: the anchor's), "the previous quarter" (``previous``: the one before the reported
    or current quarter)."""

    def resolve(ctx: Context) -> Resolved | None:
        reported = cal.parse_quarter(ctx.period)
        if which == "reported_only" and reported is None:
            return None
        if ctx.anchor is None and reported is None:
            return Resolved("DATE", "XXXX-QX", relative=True)
        current = cal.quarter_of(ctx.anchor) if ctx.anchor is not None else None
        if which == "current" and current is not None:
            return _quarter_result(*current, ctx)
        base = reported or current
        assert base is not None
        if which == "previous" or reported is None:
            return _quarter_result(*cal.add_quarters(base, -1), ctx if which == "previous" else None)
        return _quarter_result(*base)

    return resolve


def ending_period(base: Resolver) -> Resolver:
    """``base``, which ends the text's reporting period ("the nine months" after "the third quarter")."""

    def resolve(ctx: Context) -> Resolved | None:
        found = base(ctx)
        return None if found is None else replace(found, period="")

    return resolve


def a_year_before(base: Resolver) -> Resolver:
    """What ``base`` resolves to, one year earlier (for quarters: "the year-ago quarter")."""

    def resolve(ctx: Context) -> Resolved | None:
        found = base(ctx)
        quarter_ = cal.parse_quarter(found.value) if found is not None else None
        if quarter_ is None:
            return None
        return _quarter_result(quarter_[0] - 1, quarter_[1])

    return resolve


def year_before_period(fallback: Resolver | None, year_: int | None = None, which: int | None = None) -> Resolver:
    """ "a year ago", "the year-earlier quarter", "the 1988 period" in a text about a quarter: that quarter
    (or quarter ``which``) a year earlier (or in ``year_``); ``fallback`` when the text names no quarter."""

    def resolve(ctx: Context) -> Resolved | None:
        reported = cal.parse_quarter(ctx.period)
        if reported is None and which is not None and ctx.anchor is not None:
            near = quarter_near(which)(ctx)
            reported = cal.parse_quarter(near.value) if near is not None else None
        if reported is None:
            return fallback(ctx) if fallback is not None else None
        found = (year_ if year_ is not None else reported[0] - 1, which or reported[1])
        return _quarter_result(*found)

    return resolve


def year_range(first: int, last: int) -> Resolver:
    interval = Interval(date(first, 1, 1), date(last, 12, 31), "range")
    return fixed(f"{first:04d}/{last:04d}", interval)


def ref(value: str) -> Resolver:
    """PAST_REF and FUTURE_REF have no interval; PRESENT_REF is the publication day."""

    def resolve(ctx: Context) -> Resolved:
        if value == "PRESENT_REF" and ctx.anchor is not None:
            return Resolved("DATE", value, cal.day_interval(ctx.anchor), relative=True)
        return Resolved("DATE", value, None, relative=ctx.anchor is not None)

    return resolve


def with_part(base: Resolver, part: str | None) -> Resolver:
    """ "early/mid/late X", "the end of X", "X 초/말", and halves: the part of what ``base`` resolves to."""
    if part is None:
        return base

    def resolve(ctx: Context) -> Resolved | None:
        whole = base(ctx)
        if whole is None or whole.interval is None:
            return whole if whole is None else replace(whole, mod=part if part in ("START", "MID", "END") else None)
        if part in ("H1", "H2"):
            first = whole.interval.earliest
            return replace(
                whole, value=f"{first.year:04d}-{part}", interval=cal.half_interval(first.year, int(part[1]))
            )
        return replace(whole, interval=cal.part_of(whole.interval, part), mod=part)

    return resolve


def yearless(
    month_: int,
    day_: int | None,
    direction: str | None = None,
    after_year: frozenset[str] = frozenset(),
    then_year: frozenset[str] = frozenset(),
) -> Resolver:
    """ "Dec. 5", "December", "12월 5일": the year comes from the anchor. ``direction`` "past"/"future" takes the
    most recent such date not after the anchor / the next one not before it, "last"/"next" strictly before /
    after it ("last December"). Without a direction, the tense of the clause decides (see
    :meth:`Context.tense`); when it says nothing, the nearest such date, a past one unless the next one is
    less than half as far ("payable Dec. 15" in November, "in April" in October). Right after a bare year, a
    comma and at most one of ``after_year`` between them ("In 2014, on March 14"), or right before one, a word of
    ``then_year`` alone between them ("on March 14 in 2014"), it is in that year."""
    if day_ is not None:
        date(2000, month_, day_)  # 2000 is a leap year: only impossible days (30 February) raise

    def resolve(ctx: Context) -> Resolved:
        if ctx.anchor is None:
            suffix = f"-{day_:02d}" if day_ is not None else ""
            return Resolved("DATE", f"XXXX-{month_:02d}{suffix}")
        given = ctx.year_just_before(after_year) if after_year and direction is None else None
        if given is None and then_year and direction is None:
            given = ctx.year_just_after(then_year)
        if given is not None:  # "In 2014, on March 14": that year's
            found = given
        elif direction is not None:
            future = direction in ("future", "next")
            found = cal.year_for(month_, day_, ctx.anchor, future, strict=direction in ("last", "next"))
        else:
            tense = ctx.tense()
            if tense is None and ctx.past_cues is not None:  # Korean has no past cues: past unless future
                found = cal.nearest_year(month_, day_, ctx.anchor)
            else:
                found = cal.year_for(month_, day_, ctx.anchor, tense == "future")
        if day_ is None:
            return Resolved("DATE", f"{found:04d}-{month_:02d}", cal.month_interval(found, month_), relative=True)
        when = date(found, month_, day_)
        return Resolved("DATE", when.isoformat(), cal.day_interval(when), relative=True)

    return resolve


def month_in_year_of(month_: int, day_: int | None, years_from_anchor: int) -> Resolver:
    """ "December last year", "지난해 12월 5일", "올해 3월": a month (and day) in a year relative to the anchor."""

    def resolve(ctx: Context) -> Resolved:
        if ctx.anchor is None:
            suffix = f"-{day_:02d}" if day_ is not None else ""
            return Resolved("DATE", f"XXXX-{month_:02d}{suffix}", relative=True)
        found = ctx.anchor.year + years_from_anchor
        if day_ is None:
            return Resolved("DATE", f"{found:04d}-{month_:02d}", cal.month_interval(found, month_), relative=True)
        when = date(found, month_, day_)
        return Resolved("DATE", when.isoformat(), cal.day_interval(when), relative=True)

    return resolve


def from_anchor(amount: int, unit: str) -> Resolver:
    """ "16 years ago", "last month", "yesterday", "next week": the calendar unit around anchor + amount units."""

    def resolve(ctx: Context) -> Resolved:
        if ctx.anchor is None:
            return Resolved("DATE", PLACEHOLDER[unit], relative=True)
        interval, value = cal.unit_at(cal.shift(ctx.anchor, amount, unit), unit)
        return Resolved("DATE", value, interval, relative=True)

    return resolve


def so_far(unit: str, earlier: bool) -> Resolver:
    """ "earlier this month" (from the start of the month to the anchor), "later this year" (to its end)."""

    def resolve(ctx: Context) -> Resolved:
        if ctx.anchor is None:
            return Resolved("DATE", PLACEHOLDER[unit], relative=True)
        whole, value = cal.unit_at(ctx.anchor, unit)
        if earlier:
            return Resolved("DATE", value, Interval(whole.earliest, ctx.anchor, "range"), relative=True)
        return Resolved("DATE", value, Interval(ctx.anchor, whole.latest, "range"), relative=True)

    return resolve


def chained(amount: int, unit: str) -> Resolver:
    """ "two years later", "a year earlier", "the following day": the previous date in the text moved by
    ``amount`` units, widened to whole units; unresolved (no interval) when there is no previous date."""

    def resolve(ctx: Context) -> Resolved:
        previous = ctx.previous
        if previous is None:
            return Resolved("DATE", PLACEHOLDER[unit], relative=True)
        first = cal.shift(previous.earliest, amount, unit)
        last = cal.shift(previous.latest, amount, unit)
        first_unit, value = cal.unit_at(first, unit)
        last_unit, _ = cal.unit_at(last, unit)
        if first_unit == last_unit:
            return Resolved("DATE", value, first_unit, relative=True, chained=True)
        interval = Interval(first_unit.earliest, last_unit.latest, "range")
        precision = previous.precision if previous.precision != "range" else {"week": "day"}.get(unit, unit)
        return Resolved("DATE", cal.value_at(first, precision), interval, relative=True, chained=True)

    return resolve


def weekday(weekday_: int, direction: str | None) -> Resolver:
    """ "on Monday" (on or before the anchor; on or after it when the sentence speaks of the future),
    "last Monday", "next Monday", "this Monday"; "Monday last week" (``last week``), "Monday next week": that
    weekday of the week before or after the anchor's."""
    weeks = {"last week": -7, "this week": 0, "next week": 7}

    def resolve(ctx: Context) -> Resolved:
        if ctx.anchor is None:
            return Resolved("DATE", f"XXXX-WXX-{weekday_ + 1}")
        how = direction or ("future" if ctx.speaks_of_future() else "on")
        if how in weeks:
            when = cal.weekday_near(ctx.anchor + timedelta(days=weeks[how]), weekday_, "this")
            return Resolved("DATE", when.isoformat(), cal.day_interval(when), relative=True)
        when = cal.weekday_near(ctx.anchor, weekday_, how)
        return Resolved("DATE", when.isoformat(), cal.day_interval(when), relative=True)

    return resolve


def season_near(code: str, which: str) -> Resolver:
    """ "last summer", "this winter", "올 여름"."""

    def resolve(ctx: Context) -> Resolved:
        if ctx.anchor is None:
            return Resolved("DATE", f"XXXX-{code}", relative=True)
        found = cal.season_year(code, ctx.anchor, which)
        return Resolved("DATE", cal.season_value(found, code), cal.season_interval(found, code), relative=True)

    return resolve


def chained_season(years: int, code: str) -> Resolver:
    """ "이듬해 봄", "그해 겨울": a season of the year ``years`` after the previous date's."""

    def resolve(ctx: Context) -> Resolved:
        if ctx.previous is None:
            return Resolved("DATE", f"XXXX-{code}", relative=True)
        found = ctx.previous.earliest.year + years
        return Resolved("DATE", cal.season_value(found, code), cal.season_interval(found, code), relative=True)

    return resolve


def season_of_year_from_anchor(code: str, years_from_anchor: int) -> Resolver:
    def resolve(ctx: Context) -> Resolved:
        if ctx.anchor is None:
            return Resolved("DATE", f"XXXX-{code}", relative=True)
        found = ctx.anchor.year + years_from_anchor
        return Resolved("DATE", cal.season_value(found, code), cal.season_interval(found, code), relative=True)

    return resolve


def duration(amount: int, unit: str, value: str | None = None) -> Resolver:
    """ "two years" → P2Y with (730, 731) days; ``value`` overrides the TimeML value ("a year and a half" → P18M)."""
    result = Resolved(
        "DURATION", value or cal.duration_value(amount, unit), None, duration_days=cal.duration_days(amount, unit)
    )
    return lambda ctx: result


def vague_duration(unit: str) -> Resolver:
    """ "several years", "for months", "수년": TimeML PXY, no day counts."""
    code = {"day": "D", "week": "W", "fortnight": "W", "month": "M", "year": "Y", "decade": "DE"}.get(unit, "H")
    prefix = "PT" if unit in ("hour", "minute") else "P"
    return fixed(f"{prefix}X{code}", None, kind="DURATION")


def set_value(value: str) -> Resolver:
    return fixed(value, None, kind="SET")


def decade_near(digit: int) -> Resolver:
    """ "the '90s": the most recent such decade that has begun by the anchor (1990s without an anchor)."""

    def resolve(ctx: Context) -> Resolved:
        base = ctx.anchor.year if ctx.anchor is not None else 1999
        first = base - base % 100 + digit * 10
        if first > base:
            first -= 100
        return Resolved("DATE", f"{first // 10:03d}", cal.decade_interval(first))

    return resolve


def weekend(weeks_from_anchor: int) -> Resolver:
    """ "last weekend", "이번 주말": Saturday and Sunday of the ISO week ``weeks_from_anchor`` from the anchor's."""

    def resolve(ctx: Context) -> Resolved:
        if ctx.anchor is None:
            return Resolved("DATE", "XXXX-WXX-WE", relative=True)
        week, value = cal.unit_at(cal.shift(ctx.anchor, weeks_from_anchor, "week"), "week")
        saturday = week.earliest + timedelta(days=5)
        return Resolved("DATE", value + "-WE", Interval(saturday, week.latest, "range"), relative=True)

    return resolve


def the_weekend() -> Resolver:
    """ "the weekend": the last Saturday and Sunday that began by the anchor; the next ones when the clause
    speaks of the future."""

    def resolve(ctx: Context) -> Resolved:
        if ctx.anchor is None:
            return Resolved("DATE", "XXXX-WXX-WE", relative=True)
        saturday = ctx.anchor - timedelta(days=(ctx.anchor.weekday() - 5) % 7)
        if ctx.speaks_of_future() and saturday + timedelta(days=1) < ctx.anchor:
            saturday += timedelta(days=7)
        iso = saturday.isocalendar()
        interval = Interval(saturday, saturday + timedelta(days=1), "range")
        return Resolved("DATE", f"{iso.year:04d}-W{iso.week:02d}-WE", interval, relative=True)

    return resolve


def day_of_month(day_: int, direction: str | None, months_from_anchor: int | None = None) -> Resolver:
    """Korean "5일", "지난 5일", "오는 5일", "지난달 5일": a day of a month near the anchor — the most recent
    such day on or before it (the next on or after it when the sentence speaks of the future), or that day
    of a month ``months_from_anchor`` away."""

    def resolve(ctx: Context) -> Resolved:
        anchor = ctx.anchor
        if anchor is None:
            return Resolved("DATE", f"XXXX-XX-{day_:02d}")
        first = anchor.replace(day=1)
        if months_from_anchor is not None:
            month_ = cal.add_months(first, months_from_anchor)
            when = date(month_.year, month_.month, day_)
        else:
            future = direction == "future" or (direction is None and ctx.speaks_of_future())
            when = _nearest_day(day_, anchor, future)
        return Resolved("DATE", when.isoformat(), cal.day_interval(when), relative=True)

    return resolve


def _nearest_day(day_: int, anchor: date, future: bool) -> date:
    first = anchor.replace(day=1)
    for k in range(4):
        month_ = cal.add_months(first, k if future else -k)
        if day_ > cal.days_in_month(month_.year, month_.month):
            continue
        when = date(month_.year, month_.month, day_)
        if (when >= anchor) if future else (when <= anchor):
            return when
    raise ValueError(f"no month has day {day_}")


def chained_month(years: int, month_: int, day_: int | None) -> Resolver:
    """ "이듬해 3월": a month (and day) in the year ``years`` after the previous date's."""

    def resolve(ctx: Context) -> Resolved:
        if ctx.previous is None:
            return Resolved("DATE", f"XXXX-{month_:02d}" + (f"-{day_:02d}" if day_ else ""), relative=True)
        found = ctx.previous.earliest.year + years
        if day_ is None:
            return Resolved("DATE", f"{found:04d}-{month_:02d}", cal.month_interval(found, month_), relative=True)
        when = date(found, month_, day_)
        return Resolved("DATE", when.isoformat(), cal.day_interval(when), relative=True)

    return resolve

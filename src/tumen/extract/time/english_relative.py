"""English relative and other expressions: "16 years ago", "last month", "yesterday", "on Monday", "two years
later", "the following day", "for three months", "every year", "recently", "now", "Monday morning"."""

from __future__ import annotations

import re
from dataclasses import replace

from . import build
from . import calendar as cal
from . import words as w
from .common import Rule, rule, span, time_candidate
from .scan import trigger
from .types import Candidate, Context, Resolved, Resolver

_I = re.ASCII  # lower-case regexes, run on the lower-cased text (see common.Rule)
_DIRECTION = {"last": -1, "this": 0, "next": 1, "past": -1, "coming": 1}
_PART_NAMES = {"early": "START", "mid": "MID", "late": "END"}

_AGO = re.compile(rf"\b(?:(?P<n>{w.COUNT})|(?P<v>{w.VAGUE}))\s+(?P<u>{w.UNIT})\s+ago\b|\b(?P<u2>{w.UNIT})\s+ago\b", _I)
_NEAR = re.compile(
    r"(?<!the\s)\b(?P<which>last|this|next|this\s+past|this\s+coming)\s+(?P<u>week|weekend|month|year|decade)\b", _I
)
_THE_PAST = re.compile(
    rf"\bthe\s+(?:(?P<which>past|last|next|coming|previous|following|preceding|first|latest|final|initial"
    rf"|year[\s-]+(?:earlier|ago))\s+)?(?:(?P<n>{w.NUMBER})(?:\s+|-)|(?P<v>{w.VAGUE})\s+)?(?P<u>{w.UNIT})\b"
    r"(?!-old|\s+old\b|\s+of\s+age\b)",
    _I,
)
_DAYS = re.compile(
    r"\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight"
    r"|this\s+(?:morning|afternoon|evening)|last\s+night)\b",
    _I,
)
_WEEKDAY = re.compile(
    rf"\b(?:(?P<which>last|this|next|on|this\s+past|this\s+coming|every|each)\s+)?(?P<wd>{w.WEEKDAY_FULL})(?P<pl>s)?\b",
    _I,
)
_WEEK_AFTER = re.compile(r",?\s+(?:of\s+)?(?P<w>last|this|next)\s+week\b(?!\s*'s|end)", _I)  # "Friday last week"
_SO_FAR = re.compile(
    rf"\b(?:(?P<el>earlier|later)\s+(?:this|in\s+the)|(?P<part>{w.PERIOD_PART})[\s-]+(?P<which>this|last|next))"
    r"\s+(?P<u>week|month|year)\b",
    _I,
)
_REFS_TABLE = w.refs(w.EN)
_REFS = re.compile(rf"\b(?P<r>{w.alternation(_REFS_TABLE)})\b", _I)
_CHAINED = re.compile(
    rf"\b(?P<n>{w.COUNT})\s+(?P<u>{w.UNIT})\s+(?P<dir>later|earlier|afterwards?|after\s+that|before\s+that"
    r"|previously|prior|before|after|on)\b",
    _I,
)
_THE_UNIT_BEFORE = re.compile(r"\bthe\s+(?P<u>day|week|month|year)\s+(?P<dir>before|after|earlier|later)\b", _I)
_SAME = re.compile(r"\b(?:the\s+same|that)\s+(?P<u>day|week|month|year)\b", _I)
_DAY_PART_AROUND = re.compile(
    rf"\b(?:the\s+(?P<which>previous|preceding|following|next|same)|(?P<that>that))\s+(?P<p>{w.PART_OF_DAY})\b"
    r"(?!\s+after\b)",  # not "night after night"
    _I,
)
_THE_UNIT = re.compile(
    r"\bthe\s+(?P<u>day|week|year|weekend)\b(?![\w'’-])(?P<ended>\s+(?:ended|ending)\b)?"
    r"(?!\s+(?:of|when|that|which|before|after|in\s+which|on\s+which)\b)",
    _I,
)
_DURATION = re.compile(
    rf"\b(?P<n>{w.COUNT})(?:\s+|-)(?P<u>{w.UNIT})\b(?!-old|\s+old\b|\s+of\s+age\b|-(?:earlier|ago)\b)", _I
)
_VAGUE_DURATION = re.compile(
    rf"\b(?P<v>{w.VAGUE})\s+(?P<u>{w.UNIT})\b|\b(?:for|over)\s+(?P<u2>years|months|decades|weeks|days)\b"
    r"|\b(?:recent|coming)\s+(?P<u3>years|months|decades|weeks|days)\b"
    r"|\bthe\s+(?P<u4>years|months|weeks|days)\s+(?:ahead|to\s+come)\b",
    _I,
)
_HALF = re.compile(
    rf"\b(?:(?P<n>{w.NUMBER})\s+and\s+a\s+half\s+years|(?:a|one)\s+year\s+and\s+a\s+half|half\s+a\s+year"
    r"|(?P<hh>half\s+an\s+hour))\b",
    _I,
)
_SET = re.compile(
    rf"\b(?:every|each)\s+(?P<other>other\s+)?(?:(?P<n>{w.NUMBER})\s+)?(?P<u>{w.UNIT})\b"
    rf"|\b(?P<f>once|twice|(?P<times>{w.NUMBER})\s+times)\s+(?:a|an|per|every|each)\s+(?P<fu>day|week|month|year)\b"
    r"|\b(?P<adv>hourly|daily|nightly|weekly|monthly|annually|yearly)\b",
    _I,
)
_PART_OF_DAY = re.compile(rf"\b(?P<p>{w.PART_OF_DAY})\b", _I)

_SET_ADVERBS = {  # TimeML: "daily" is P1D, as "every day"
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "XXXX-XX-XXTNI",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
}


def _is_plural(unit_word: str) -> bool:
    return w.normal(unit_word).endswith("s")


def _ago(m: re.Match[str], text: str) -> Candidate:
    if m["n"]:
        amount, unit = w.english_number(m["n"]), w.unit_of(m["u"])
        resolve = build.from_anchor(-amount, unit)
        if (amount, unit) == (1, "year"):  # after "the third quarter": that quarter a year earlier
            resolve = build.year_before_period(resolve)
        return span(m, "DATE", resolve)
    return span(m, "DATE", build.ref("PAST_REF"))


def _near(m: re.Match[str], text: str) -> Candidate | None:
    before = text[max(0, m.start() - 8) : m.start()].split()
    if before and (w.normal(before[-1]) in w.LIFE_PERIOD_POSSESSORS or before[-1].endswith(("'s", "’s"))):
        return None  # "his last year of studies", "Ana's final year": a period of a life, no calendar year
    which = w.normal(m["which"]).split()[-1]
    amount = _DIRECTION[which]
    unit = w.normal(m["u"])
    if unit == "weekend":
        return span(m, "DATE", build.weekend(amount))
    return span(m, "DATE", build.from_anchor(amount, unit))


def _the_past(m: re.Match[str], text: str) -> Candidate | None:
    which, unit = w.normal(m["which"] or ""), w.unit_of(m["u"])
    directed = which in _DIRECTION or which in ("previous", "preceding", "following")
    counted = bool(m["n"] or m["v"] or (which and _is_plural(m["u"])))
    if not directed and not counted:
        return None  # "the year", "the first day" are not durations; "the nine months", "the first hours" are
    if m["n"]:
        amount = w.english_number(m["n"])
        if "-" in text[m.end("n") : m.start("u")] or (amount > 1 and not _is_plural(m["u"])):
            return None  # "the two-year sentence", "the two day visit": the adjective alone is the duration
        resolve = build.duration(amount, unit)
        return span(m, "DURATION", build.ending_period(resolve) if unit == "month" else resolve)
    if m["v"] or _is_plural(m["u"]):
        return span(m, "DURATION", build.vague_duration(unit))
    if which in ("following", "next"):
        return span(m, "DATE", build.chained(1, unit), day_level=unit == "day")
    if which in ("previous", "preceding"):
        return span(m, "DATE", build.chained(-1, unit), day_level=unit == "day")
    return span(m, "DURATION", build.duration(1, unit))


def _days(m: re.Match[str], text: str) -> Candidate:
    word = w.normal(m["w"])
    offsets = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tomorrow": 1, "the day after tomorrow": 2}
    if word in offsets:
        return span(m, "DATE", build.from_anchor(offsets[word], "day"), day_level=True)
    day_shift = -1 if word == "last night" else 0
    code = "NI" if word in ("tonight", "last night") else w.PARTS_OF_DAY[word.split()[-1]]
    tod = "T" + code
    base = build.from_anchor(day_shift, "day")

    def resolve(ctx: Context) -> Resolved | None:
        day = base(ctx)
        return None if day is None else replace(day, kind="TIME", value=day.value + tod)

    return span(m, "TIME", resolve)


def _weekday(m: re.Match[str], text: str) -> Candidate | None:
    if not text[m.start("wd")].isupper():
        return None
    before = [word.strip("'‘“\"") for word in text[max(0, m.start("wd") - 12) : m.start("wd")].split()]
    if not m["which"] and before and before[-1][:1].isupper() and w.normal(before[-1]) in w.WEEKDAY_NAMES:
        return None  # "the 'Bloody Sunday' raids", "Black Friday": the name of a day, not a date
    if not m["which"] and w.named_by_next(text, m.end(), w.WEEKDAY_NAME_HEADS):
        return None  # "told the Sunday Tribune": a newspaper's name, not a date ("on Sunday Times Square" stays one)
    weekday = w.weekday_of(m["wd"])
    which = w.normal(m["which"] or "").split()[-1] if m["which"] else None
    if m["pl"] or which in ("every", "each"):
        start = m.start() if which in ("every", "each") else m.start("wd")
        return Candidate(start, m.end(), "SET", build.set_value(f"XXXX-WXX-{weekday + 1}"))
    direction = {"past": "last", "coming": "next", "on": None}.get(which or "on", which)
    week = _WEEK_AFTER.match(m.string, m.end()) if which in (None, "on") else None
    direction = f"{week['w']} week" if week else direction  # "on Friday last week": the Friday of the week before
    start = m.start("wd") if which in (None, "on") else m.start()  # "on Monday" → "Monday"
    return Candidate(start, m.end(), "DATE", build.weekday(weekday, direction), day_level=True)


def _so_far(m: re.Match[str], text: str) -> Candidate:
    unit = w.normal(m["u"])
    if m["el"]:
        return span(m, "DATE", build.so_far(unit, earlier=w.normal(m["el"]) == "earlier"))
    part = w.PERIOD_PARTS[w.normal(m["part"])]
    return span(m, "DATE", build.with_part(build.from_anchor(_DIRECTION[w.normal(m["which"])], unit), part))


def _ref(m: re.Match[str], text: str) -> Candidate | None:
    phrase = w.normal(m["r"])
    before = m.string[max(0, m.start() - 3) : m.start()].lower()
    if phrase == "soon" and before.endswith("as "):
        return None  # "as soon as"
    if _in_name(m, text):
        return None  # "the news website Ruvia Now": the last word of a name
    return span(m, "DATE", build.ref(_REFS_TABLE[phrase]))


_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’-]* $")


def _in_name(m: re.Match[str], text: str) -> bool:
    """A capitalised word after a capitalised word of the same sentence ("Ruvia Now", "Justice Now"): a name's."""
    return text[m.start()].isupper() and bool(_NAME_WORD_BEFORE.search(text[max(0, m.start() - 30) : m.start()]))


def _followed_by_word(m: re.Match[str]) -> bool:
    rest = m.string[m.end() : m.end() + 3]
    return bool(rest[:1].isspace() and rest[1:2].isalnum())


def _chained(m: re.Match[str], text: str) -> Candidate | None:
    direction = w.normal(m["dir"])
    if direction in ("before", "after", "on") and _followed_by_word(m):
        return None  # "two years after his arrest", "two years on probation": no date to count from
    sign = -1 if direction in ("earlier", "before that", "previously", "prior", "before") else 1
    amount, unit = sign * w.english_number(m["n"]), w.unit_of(m["u"])
    resolve = build.chained(amount, unit)
    if (amount, unit) == (-1, "year"):  # after "the third quarter": that quarter a year earlier
        resolve = build.year_before_period(resolve)
    return span(m, "DATE", resolve)


def _the_unit_before(m: re.Match[str], text: str) -> Candidate | None:
    direction = w.normal(m["dir"])
    if direction in ("before", "after") and _followed_by_word(m):
        return None  # "the day before the election"
    sign = -1 if direction in ("before", "earlier") else 1
    unit = w.normal(m["u"])
    return span(m, "DATE", build.chained(sign, unit), day_level=unit == "day")


def _day_part_around(m: re.Match[str], text: str) -> Candidate:
    """ "the previous evening", "the following morning", "that night": a part of the day before, after or of the
    previous date in the text (TimeML: that day's date with its part of day, "…TEV")."""
    which = "same" if m["that"] else w.normal(m["which"])
    shift = {"previous": -1, "preceding": -1, "following": 1, "next": 1}.get(which, 0)
    day = build.chained(shift, "day")
    tod = "T" + w.PARTS_OF_DAY[w.normal(m["p"])]

    def resolve(ctx: Context) -> Resolved:
        found = day(ctx) if ctx.previous is not None and ctx.previous.precision == "day" else None
        if found is None:  # "in 2007 … that morning": which day?
            return Resolved("TIME", "XXXX-XX-XX" + tod, relative=True)
        return replace(found, kind="TIME", value=found.value + tod)

    return span(m, "TIME", resolve, day_level=True)


def _same(m: re.Match[str], text: str) -> Candidate:
    unit = w.normal(m["u"])
    return span(m, "DATE", build.chained(0, unit), day_level=unit == "day")


def _the_unit(m: re.Match[str], text: str) -> Candidate:
    """ "the year" / "the week" / "the day" the text is about (the previous date's), "the year ended Sept. 30"
    (a fiscal year: a duration), "the weekend" (the last one; the next in a clause about the future)."""
    unit = w.normal(m["u"])
    if unit == "weekend":
        return span(m, "DATE", build.the_weekend())
    if m["ended"]:
        return Candidate(m.start(), m.end("u"), "DURATION", build.duration(1, unit))
    return Candidate(m.start(), m.end("u"), "DATE", build.chained(0, unit), day_level=unit == "day")


def _duration(m: re.Match[str], text: str) -> Candidate:
    return span(m, "DURATION", build.duration(w.english_number(m["n"]), w.unit_of(m["u"])))


def _vague_duration(m: re.Match[str], text: str) -> Candidate:
    if m["u2"]:
        return span(m, "DURATION", build.vague_duration(w.unit_of(m["u2"])), "u2")
    if m["u3"] or m["u4"]:
        return span(m, "DURATION", build.vague_duration(w.unit_of(m["u3"] or m["u4"])))
    return span(m, "DURATION", build.vague_duration(w.unit_of(m["u"])))


def _half(m: re.Match[str], text: str) -> Candidate:
    if m["hh"]:
        return span(m, "DURATION", build.duration(30, "minute"))
    months = 12 * w.english_number(m["n"]) + 6 if m["n"] else (6 if w.normal(m[0]).startswith("half") else 18)
    return span(m, "DURATION", build.duration(months, "month"))


def _set(m: re.Match[str], text: str) -> Candidate | None:
    resolve: Resolver
    if m["u"]:
        amount = w.english_number(m["n"]) if m["n"] else 1
        amount *= 2 if m["other"] else 1
        unit = w.unit_of(m["u"])
        resolve = build.set_value(cal.duration_value(amount, unit))
    elif m["fu"]:
        resolve = build.set_value(cal.duration_value(1, w.normal(m["fu"])))
    else:
        word = text[m.start("adv") : m.end("adv")]
        after = text[m.end() : m.end() + 2]
        if word[0].isupper() and after[:1] == " " and after[1:2].isupper():
            return None  # a title such as "Daily NK"
        resolve = build.set_value(_SET_ADVERBS[w.normal(word)])
    return span(m, "SET", resolve)


def _part_of_day(m: re.Match[str], text: str) -> Candidate:
    """ "morning" in "Monday morning": kept only when it attaches to a day."""
    return replace(time_candidate(m, "T" + w.PARTS_OF_DAY[w.normal(m["p"])]), attach_only=True)


WEEKDAY_NAMES = [name for name in w.WEEKDAYS if name.endswith("day")]


def rules() -> list[Rule]:
    # margins: how far a match reaches before/after its trigger word (see tumen.extract.time.scan)
    units = list(w.UNITS)
    calendar_units = ["day", "week", "month", "year", "decade"]
    return [
        rule(_AGO, _ago, trigger(["ago"], before=24, after=2)),
        rule(_NEAR, _near, trigger(calendar_units, before=14, after=8)),
        rule(_THE_PAST, _the_past, trigger(units, before=30, after=10)),
        rule(_DAYS, _days, trigger(["yesterday", "today", "tomorrow", "tonight", *w.PARTS_OF_DAY], before=16, after=4)),
        rule(_WEEKDAY, _weekday, trigger(WEEKDAY_NAMES, before=14, after=4)),
        rule(_SO_FAR, _so_far, trigger(["earlier", "later", *w.PERIOD_PARTS], before=6, after=28)),
        rule(_REFS, _ref, trigger(_REFS_TABLE, before=12, after=14)),
        rule(_CHAINED, _chained, trigger(units, before=16, after=18)),
        rule(_THE_UNIT_BEFORE, _the_unit_before, trigger(calendar_units, before=6, after=12)),
        rule(_SAME, _same, trigger(calendar_units, before=12, after=4)),
        rule(_DAY_PART_AROUND, _day_part_around, trigger(w.PARTS_OF_DAY, before=14, after=2)),
        rule(_THE_UNIT, _the_unit, trigger(["day", "week", "year"], before=6, after=24)),
        rule(_DURATION, _duration, trigger(units, before=16, after=12)),
        rule(_VAGUE_DURATION, _vague_duration, trigger(units, before=16, after=8)),
        rule(_HALF, _half, trigger(["half"], before=22, after=12)),
        rule(_SET, _set, trigger(["every", "each", "once", "twice", "times", *_SET_ADVERBS], before=16, after=34)),
        rule(_PART_OF_DAY, _part_of_day, trigger(w.PARTS_OF_DAY, before=2, after=4)),
    ]

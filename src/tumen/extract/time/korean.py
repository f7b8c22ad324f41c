"""Korean time expressions: "2019년 12월 5일", "2016년 초", "12월 5일", "지난 10월", "지난 5일", "지난해",
"작년 가을", "작년 한 해", "올 여름", "3년 전", "2년 후", "1년 만에", "이듬해", "이듬해 봄", "같은 해 5월",
"지난주", "어제 오후 3시", "5년간", "1990년대", "최근"; "2024년 이후", "지난해부터" (from then until the
publication date, when no "…까지" closes the range)."""

from __future__ import annotations

import re
from dataclasses import replace

from tumen.model import Interval

from . import build
from . import words as w
from .common import Handler, Rule, clock, rule, span, time_candidate
from .scan import Trigger, trigger
from .types import Candidate, Context, Resolved, Resolver

# Korean particles follow words directly, so a word ends where a particle or a non-Hangul character starts.
_END = r"(?=[^가-힣]|$|에|의|은|는|까지|부터|쯤|경|께|이|을|를|로|으로|과|와|엔|도|만|인|이다|였)"
_UNIT_END = (
    r"(?=[^가-힣]|$|간|동안|에|의|은|는|이|가|을|를|만|째|여|까지|부터|형|씩|이나|도|로|으로|쯤|가량|정도"
    r"|이상|이내|내|차)"
)
_PARTS = w.alternation(w.KO_PERIOD_PARTS)
_SEASONS = w.alternation(w.KO_SEASONS)
_YEAR_WORDS = w.alternation([*w.KO_RELATIVE_YEARS, *w.KO_CHAINED_YEARS])
_NUMBER = rf"(?:\d{{1,3}}|{w.KO_NATIVE})"
_DAY_COUNTS = w.alternation(w.KO_DAY_COUNTS)
_UNITS = w.alternation(w.KO_UNITS)
_REL_WORDS = {
    **{k: ("month", v) for k, v in w.KO_RELATIVE_MONTHS.items()},
    **{k: ("week", v) for k, v in w.KO_RELATIVE_WEEKS.items()},
    **{k: ("day", v) for k, v in w.KO_RELATIVE_DAYS.items()},
    **{k: ("weekend", v) for k, v in w.KO_RELATIVE_WEEKENDS.items()},
    **{k: ("chained-day", v) for k, v in w.KO_CHAINED_DAYS.items()},
}
_MONTH_PARTS = w.alternation(["초", "초순", "상순", "중순", "하순", "말"])
_REFS_TABLE = w.refs(w.KO)

_DATE = re.compile(
    r"(?<![\d.])(?P<y>\d{4})\s?년(?!대)(?:\s?(?P<m>1[0-2]|0?[1-9])\s?월(?:\s?(?P<d>3[01]|[12]\d|0?[1-9])\s?일)?)?"
    rf"(?:\s?(?P<part>{_PARTS}|{_SEASONS}){_END})?"
)
_MONTH = re.compile(
    rf"(?<![\d가-힣.])(?:(?P<pre>{_YEAR_WORDS}|지난|오는|이번)\s?)?(?P<m>1[0-2]|0?[1-9])\s?월"
    rf"(?:\s?(?P<d>3[01]|[12]\d|0?[1-9])\s?일)?(?:\s?(?P<part>{_MONTH_PARTS}){_END})?"
)
_DAY = re.compile(
    rf"(?<![\d가-힣.])(?:(?P<pre>지난|오는|{w.alternation(w.KO_RELATIVE_MONTHS)})\s?)?(?P<d>3[01]|[12]\d|0?[1-9])\s?일"
    rf"(?!\s?{w.KO_NOT_DATE_AFTER}|요일)"
)
_YEAR_WORD = re.compile(
    rf"(?<![가-힣])(?P<w>{_YEAR_WORDS})(?:\s?(?P<part>{_PARTS}|{_SEASONS}){_END}|\s?(?P<whole>한\s?해){_UNIT_END})?"
)
# "2024년 이후", "2024년 1월부터", "지난해부터": an open range that runs to the publication date ("…부터 …까지" is
# a closed range, joined by the engine).
_SINCE = re.compile(
    rf"(?<![\d가-힣.])(?:(?P<y>\d{{4}})\s?년(?:\s?(?P<m>1[0-2]|0?[1-9])\s?월)?|(?P<w>{_YEAR_WORDS}))\s?(?:부터|이후)"
    r"(?![^.\n]{0,16}까지)"
)
_REL = re.compile(rf"(?<![가-힣])(?P<w>{w.alternation(_REL_WORDS)})(?:\s?(?P<part>{_MONTH_PARTS}){_END})?")
_AGO = re.compile(
    rf"(?<![\d가-힣.])(?:(?P<n>{_NUMBER})\s?(?P<u>{_UNITS})|(?P<dc>{_DAY_COUNTS})|(?P<wk>일주일))\s?"
    r"(?P<dir>이전|이후|전|前|후|뒤|만에)(?=[^가-힣]|$|에|부터|까지|의|인|쯤|엔|께|으로|이다|였)"
)
_DURATION = re.compile(
    rf"(?<![\d가-힣.])(?:(?P<n>{_NUMBER})\s?(?P<u>년|해|개월|달|주일|주|시간|분(?!의))(?:간)?{_UNIT_END}"
    rf"|(?P<nd>\d{{1,3}})\s?일(?=\s?(?:간|동안))(?:간)?|(?P<dc>{_DAY_COUNTS})|(?P<wk>일주일)(?:간)?)"
)
_VAGUE = re.compile(rf"(?<![가-힣])(?P<v>수십|수|몇|여러)\s?(?P<u>년|개월|해|달){_UNIT_END}")
_WEEKDAY = re.compile(r"(?<![가-힣])(?:(?P<w>지난|이번|다음|오는)\s?)?(?P<wd>[월화수목금토일]요일)")
_DECADE = re.compile(rf"(?<![\d.])(?:(?P<full>\d{{3}}0)|(?P<short>[1-9]0))\s?년대(?:\s?(?P<part>{_PARTS}){_END})?")
_TIME = re.compile(
    rf"(?<![가-힣])(?:(?P<ap>{w.alternation(w.KO_PARTS_OF_DAY)})\s?)?(?<!\d)(?P<h>2[0-4]|[01]?\d)\s?시"
    r"(?=[^가-힣]|$|에|쯤|께|경|부터|까지|반|였|이었|이다|이라|이고)(?:\s?(?P<mi>[0-5]?\d)\s?분|\s?(?P<half>반))?"
)
_NOON = re.compile(r"(?<![가-힣])(?P<nw>정오|자정)")
_PART_OF_DAY = re.compile(
    rf"(?<![가-힣])(?P<p>{w.alternation(w.KO_PARTS_OF_DAY)})(?=[^가-힣]|$|에|부터|까지|께|쯤|중|의)"
)
_REFS = re.compile(rf"(?<![가-힣])(?P<r>{w.alternation(_REFS_TABLE)})")
_SETS = re.compile(rf"(?<![가-힣])(?P<s>{w.alternation(w.KO_SETS)})")


def _part(word: str | None) -> str | None:
    return w.KO_PERIOD_PARTS[word] if word else None


def _date(m: re.Match[str], text: str) -> Candidate | None:
    year = int(m["y"])
    part = m["part"]
    if part in w.KO_SEASONS:
        if m["m"]:
            return None
        return span(m, "DATE", build.season(year, w.KO_SEASONS[part]))
    resolve: Resolver
    if m["d"]:
        return span(m, "DATE", build.day(year, int(m["m"]), int(m["d"])), day_level=True) if not part else None
    resolve = build.month(year, int(m["m"])) if m["m"] else build.year(year)
    return span(m, "DATE", build.with_part(resolve, _part(part)))


def _month(m: re.Match[str], text: str) -> Candidate | None:
    month, day = int(m["m"]), int(m["d"]) if m["d"] else None
    pre = w.normal(m["pre"]) if m["pre"] else None
    resolve: Resolver
    if pre in w.KO_RELATIVE_YEARS:
        resolve = build.month_in_year_of(month, day, w.KO_RELATIVE_YEARS[pre])
    elif pre in w.KO_CHAINED_YEARS:
        resolve = build.chained_month(w.KO_CHAINED_YEARS[pre], month, day)
    elif pre == "이번":
        resolve = build.month_in_year_of(month, day, 0)
    else:
        resolve = build.yearless(month, day, {"지난": "last", "오는": "future"}.get(pre or ""))
    if day is not None and m["part"]:
        return None
    resolve = build.with_part(resolve, _part(m["part"]))
    if pre is None:  # a yearless date: in a range it may take the year of the other end
        return span(m, "DATE", resolve, day_level=day is not None, month=month, day=day)
    return span(m, "DATE", resolve, day_level=day is not None)


def _day(m: re.Match[str], text: str) -> Candidate:
    day = int(m["d"])
    pre = w.normal(m["pre"]) if m["pre"] else None
    if pre in w.KO_RELATIVE_MONTHS:
        resolve = build.day_of_month(day, None, w.KO_RELATIVE_MONTHS[pre])
    else:
        resolve = build.day_of_month(day, {"지난": "past", "오는": "future"}.get(pre or ""))
    return span(m, "DATE", resolve, day_level=True)


def _year_word(m: re.Match[str], text: str) -> Candidate | None:
    word, part = w.normal(m["w"]), m["part"]
    if word == "올" and not part and not m["whole"] and not re.match(r"\s?들어", m.string[m.end() : m.end() + 3]):
        return None  # "올" is "this year" only before a part, a season or "들어"
    if word in w.KO_CHAINED_YEARS and part in w.KO_SEASONS:  # "이듬해 봄": a season of the year after
        return span(m, "DATE", build.chained_season(w.KO_CHAINED_YEARS[word], w.KO_SEASONS[part]))
    if word in w.KO_CHAINED_YEARS:
        return span(m, "DATE", build.with_part(build.chained(w.KO_CHAINED_YEARS[word], "year"), _part(part)))
    years = w.KO_RELATIVE_YEARS[word]
    if part in w.KO_SEASONS:
        return span(m, "DATE", build.season_of_year_from_anchor(w.KO_SEASONS[part], years))
    return span(m, "DATE", build.with_part(build.from_anchor(years, "year"), _part(part)))


def _since(m: re.Match[str], text: str) -> Candidate | None:
    base: Resolver
    word = w.normal(m["w"]) if m["w"] else None
    if m["y"]:
        base = build.month(int(m["y"]), int(m["m"])) if m["m"] else build.year(int(m["y"]))
    elif word in w.KO_RELATIVE_YEARS and word != "올":
        base = build.from_anchor(w.KO_RELATIVE_YEARS[word], "year")
    else:
        return None
    return span(m, "DATE", _until_anchor(base))


def _until_anchor(base: Resolver) -> Resolver:
    """From the start of ``base`` to the publication date (``base`` alone when it does not start before it)."""

    def resolve(ctx: Context) -> Resolved | None:
        found = base(ctx)
        if found is None or found.interval is None or ctx.anchor is None or ctx.anchor <= found.interval.latest:
            return found
        return replace(found, interval=Interval(found.interval.earliest, ctx.anchor, "range"))

    return resolve


def _rel(m: re.Match[str], text: str) -> Candidate | None:
    word = w.normal(m["w"])
    unit, amount = _REL_WORDS[word]
    if word in ("그제",) and re.match(r"서?야", m.string[m.end() : m.end() + 2]):
        return None  # "그제야/그제서야": "only then"
    if m["part"] and unit != "month":
        return None
    if unit == "weekend":
        return span(m, "DATE", build.weekend(amount))
    if unit == "chained-day":
        return span(m, "DATE", build.chained(amount, "day"), day_level=True)
    resolve = build.with_part(build.from_anchor(amount, unit), _part(m["part"]))
    return span(m, "DATE", resolve, day_level=unit == "day")


def _count(m: re.Match[str]) -> tuple[int, str] | None:
    if m["dc"]:
        return w.KO_DAY_COUNTS[m["dc"]], "day"
    if m["wk"]:
        return 1, "week"
    amount = w.korean_number(m["n"])
    return None if amount is None else (amount, w.KO_UNITS[m["u"]])


def _ago(m: re.Match[str], text: str) -> Candidate | None:
    counted = _count(m)
    if counted is None:
        return None
    amount, unit = counted
    if m["dir"] in ("전", "이전", "前"):
        return span(m, "DATE", build.from_anchor(-amount, unit))
    if m["dir"] == "만에":
        return span(m, "DATE", _after_so_long(amount, unit, counted_from(text, m.start())))
    return span(m, "DATE", build.chained(amount, unit))


# "탈북 10년 만에": the noun right before the count (no particle after it) names the event it counts from
_NOUN_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2,}(?<![은는이가을를에의도서고며면만]))\s?$")
_SENTENCE_END = re.compile(r"[.?!\n]")


def counted_from(text: str, start: int) -> str | None:
    """The noun naming the event a span "…만에" starting at ``start`` counts from ("탈북 10년 만에": 탈북), if any."""
    found = _NOUN_BEFORE.search(text, max(0, start - 20), start)  # (its look-behind sees before the window)
    return found[1] if found else None


def _after_so_long(amount: int, unit: str, noun: str | None) -> Resolver:
    """ "석 달 만에" counts from the previous date, "탈북 10년 만에" from the date of the last earlier sentence that
    tells of 탈북; what would come after the publication is undated ("after so long" is told as past)."""
    chained = build.chained(amount, unit)

    def resolve(ctx: Context) -> Resolved | None:
        told = _dated_with(ctx, noun) if noun else None
        res = chained(replace(ctx, previous=told) if told is not None else ctx)
        if res and ctx.anchor is not None and res.interval is not None and res.interval.earliest > ctx.anchor:
            return build.chained(amount, unit)(replace(ctx, previous=None))
        return res

    return resolve


def _dated_with(ctx: Context, noun: str) -> Interval | None:
    """The date told before ``noun`` (as a word's start) in the last sentence before the current one that has both."""
    begin = max((e.end() for e in _SENTENCE_END.finditer(ctx.text, 0, ctx.start)), default=0)
    for found in reversed(list(re.compile(rf"(?<![가-힣]){re.escape(noun)}").finditer(ctx.text, 0, begin))):
        left = max((e.end() for e in _SENTENCE_END.finditer(ctx.text, 0, found.start())), default=0)
        dates = list(_DATE.finditer(ctx.text, left, found.start()))
        cand = _date(dates[-1], ctx.text) if dates else None
        told = cand.resolve(ctx) if cand is not None else None
        if told is not None:
            return told.interval
    return None


def _duration(m: re.Match[str], text: str) -> Candidate | None:
    if m["nd"]:
        return span(m, "DURATION", build.duration(int(m["nd"]), "day"))
    counted = _count(m)
    if counted is None:
        return None
    amount, unit = counted
    if m["n"] and not m["n"].isdigit() and unit == "minute":
        return None
    return span(m, "DURATION", build.duration(amount, unit))


def _vague(m: re.Match[str], text: str) -> Candidate:
    unit = w.KO_UNITS[m["u"]]
    return span(m, "DURATION", build.vague_duration("decade" if m["v"] == "수십" else unit))


def _weekday(m: re.Match[str], text: str) -> Candidate:
    direction = {"지난": "last", "이번": "this", "다음": "next", "오는": "next"}.get(m["w"] or "")
    return span(m, "DATE", build.weekday(w.KO_WEEKDAYS[m["wd"]], direction), day_level=True)


def _decade(m: re.Match[str], text: str) -> Candidate:
    resolve = build.decade(int(m["full"])) if m["full"] else build.decade_near(int(m["short"][0]))
    return span(m, "DATE", build.with_part(resolve, _part(m["part"])))


def _time(m: re.Match[str], text: str) -> Candidate:
    hour, minute = int(m["h"]), int(m["mi"]) if m["mi"] else (30 if m["half"] else 0)
    if m["ap"] in w.KO_PM and hour < 12:
        hour += 12
    elif m["ap"] == "밤" and hour == 12:
        hour = 0
    return time_candidate(m, clock(hour % 24, minute, None))


def _noon(m: re.Match[str], text: str) -> Candidate:
    return time_candidate(m, "T12:00" if m["nw"] == "정오" else "T00:00")


def _part_of_day(m: re.Match[str], text: str) -> Candidate:
    return replace(time_candidate(m, "T" + w.KO_PARTS_OF_DAY[m["p"]]), attach_only=True)


def _ref(m: re.Match[str], text: str) -> Candidate:
    return span(m, "DATE", build.ref(_REFS_TABLE[w.normal(m["r"])]))


def _set(m: re.Match[str], text: str) -> Candidate:
    return span(m, "SET", build.set_value(w.KO_SETS[m["s"]]))


def _rule(pattern: re.Pattern[str], handler: Handler, trig: Trigger) -> Rule:
    return rule(pattern, handler, trig, lower=False)  # Korean has no case: match the text as it is


def rules() -> list[Rule]:
    # margins: how far a match reaches before/after its trigger (see tumen.extract.time.scan)
    return [
        _rule(_DATE, _date, trigger(["년"], before=8, after=24)),
        _rule(_MONTH, _month, trigger(["월"], before=12, after=16)),
        _rule(_DAY, _day, trigger(["일"], before=12, after=8)),
        _rule(
            _YEAR_WORD,
            _year_word,
            trigger([*w.KO_RELATIVE_YEARS, *w.KO_CHAINED_YEARS], before=2, after=14),
        ),
        _rule(_REL, _rel, trigger(_REL_WORDS, before=4, after=16)),
        _rule(_SINCE, _since, trigger(["부터", "이후"], before=14, after=20)),
        _rule(_AGO, _ago, trigger(["전", "前", "후", "뒤", "만에"], before=12, after=6)),
        _rule(_DURATION, _duration, trigger([*w.KO_UNITS, *w.KO_DAY_COUNTS, "일주일"], before=10, after=10)),
        _rule(_VAGUE, _vague, trigger(["수", "몇", "여러"], before=2, after=10)),
        _rule(_WEEKDAY, _weekday, trigger(["요일"], before=8, after=2)),
        _rule(_DECADE, _decade, trigger(["년대"], before=8, after=10)),
        _rule(_TIME, _time, trigger(["시"], before=10, after=10)),
        _rule(_NOON, _noon, trigger(["정오", "자정"], before=2, after=2)),
        _rule(_PART_OF_DAY, _part_of_day, trigger(w.KO_PARTS_OF_DAY, before=2, after=6)),
        _rule(_REFS, _ref, trigger(_REFS_TABLE, before=2, after=8)),
        _rule(_SETS, _set, trigger(w.KO_SETS, before=2, after=4)),
    ]

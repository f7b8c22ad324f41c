"""Ages ("Lee, 48,", "the then 17-year-old", "aged 19", "a teenager", "48세", "열다섯 살") and the birth
interval an age implies.

- Exact ages: "48-year-old", "48 years old", "aged 19", "at the age of 19", "19 years of age", "Lee, 48,",
  "Lee (48)", "이모(48)씨", "48세", "만 48세", "15살", "열다섯 살", "who was 17 at the time".
- Approximate ages carry ``min_age``..``max_age`` (``age`` is the middle): "a teenager" 13–19, "in her early
  30s" 30–33, "mid" 34–36, "late" 37–39, "40대" 40–49, "20대 초반" 20–23, "about 50" 48–52, "nearly 50"
  48–49. Age words are in ``tumen/data/time_words.yaml``.
- ``then`` marks an age stated for an earlier time: "the then 17-year-old", "then aged 17", "17 at the
  time", "15 years old at that time", "당시 17세". Korean "세/살" are read as international ages (the legal usage
  since June 2023).
- ``birth_interval(age, at)`` is exact: someone aged ``age`` on a day ``d`` was born after ``d`` minus
  ``age + 1`` years and no later than ``d`` minus ``age`` years (a 29 February birthday counts from 1 March
  in common years); over an interval ``at`` it is the union over its days.
- ``at_age(birth, min_age, max_age)`` is the reverse: when someone born within ``birth`` had that age.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import timedelta

from tumen.model import Interval

from . import words as w
from .calendar import add_years
from .scan import Literals, Scan, Trigger, trigger
from .types import AgeMention

_I = re.IGNORECASE
MAX_AGE = 120
_APPROX = r"(?:(?P<approx>about|around|approximately|roughly|some|nearly|almost)\s+)?"
_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), "초반": (0, 3), "중반": (4, 6), "후반": (7, 9)}

_YEAR_OLD = re.compile(
    rf"(?P<then>\bthen[\s-]+)?{_APPROX}\b(?P<n>{w.NUMBER})(?:\s+|-)(?P<u>year|month|week)s?(?:\s+|-)old\b", _I
)
_AGED = re.compile(rf"(?P<then>\bthen\s+)?\b(?:aged?|at\s+the\s+age\s+of)\s+{_APPROX}(?P<n>{w.NUMBER})\b(?!\s*%)", _I)
_OF_AGE = re.compile(rf"{_APPROX}\b(?P<n>{w.NUMBER})\s+years?\s+of\s+age\b", _I)
_AT_THE_TIME = re.compile(rf"\b(?:was|were)\s+(?P<n>\d{{1,3}}|{w.NUMBER_WORD})(?=\s*,?\s*at\s+the\s+time\b)", _I)
_NAME_COMMA = re.compile(r"\b(?P<name>[A-Z][\w'’.-]*|[가-힣]{2,4}),\s(?P<n>\d{1,3})(?=\s*[,;)]|\.(?:\s|$)|$)")
# "Ana Berg, now 41,": the age true at publication, set beside the name with a word of the present
_NAME_NOW_COMMA = re.compile(
    rf"\b(?P<name>[A-Z][\w'’.-]*),\s(?P<age>{w.alternation(w.PRESENT_AGE_WORDS)}\s(?P<n>\d{{1,3}}))"
    r"(?=\s*[,;)]|\.(?:\s|$)|$)"
)
# "her daughter, 18," / "his son, now 20,": an age beside a kin noun, as beside a name
_KIN_COMMA = re.compile(
    rf"\b(?P<name>{w.alternation(w.KIN_NOUNS)}),\s(?P<age>(?:{w.alternation(w.PRESENT_AGE_WORDS)}\s)?(?P<n>\d{{1,3}}))"
    r"(?=\s*[,;)]|\.(?:\s|$)|$)",
    _I,
)
_PAREN = re.compile(r"(?P<name>\b[A-Z][\w'’-]+|[가-힣]{1,4})\s?\((?P<n>\d{1,3})(?:세)?\)")
_AGE_WORD = re.compile(rf"\b(?P<w>{w.alternation(w.AGE_WORDS)})\b", _I)
_IN_DECADE = re.compile(
    r"\bin\s+(?:his|her|their|its)\s+(?:(?P<part>early|mid|late)[\s-]+)?"
    rf"(?:(?P<d>[1-9]0)['’]?s|(?P<word>{w.alternation(w.DECADE_WORDS)}))\b",
    _I,
)
_KO_AGE = re.compile(r"(?<![\d.])(?P<intl>만\s*)?(?P<n>\d{1,3})\s*(?:세(?!대|기)|살(?!해|인|림|균|포))")
_KO_NATIVE_AGE = re.compile(rf"(?<![가-힣])(?P<n>{w.KO_NATIVE})\s*살(?!해|인|림|균|포)")
_KO_DECADE = re.compile(
    r"(?<![\d.])(?P<d>[1-9]0)\s*대(?:\s*(?P<part>초반|중반|후반))?"
    r"(?=\s*(?:남성|여성|남자|여자|남|여|청년|가장|주부|탈북|때|시절|의|인|이|였|이었|이던|로|에|부터|까지|\)|,|\.))"
)
_KO_THEN = re.compile(r"당시(?:\s*나이)?\s*$")


def birth_interval(age: int, at: Interval) -> Interval:
    """Someone aged ``age`` at some time within ``at`` was born in this interval:
    after ``at.earliest - (age + 1) years`` and no later than ``at.latest - age years``
    (29 February minus whole years is 28 February in a common year)."""
    earliest = add_years(at.earliest, -(age + 1)) + timedelta(days=1)
    latest = add_years(at.latest, -age)
    return Interval(earliest, latest, "range")


def at_age(birth: Interval, min_age: int, max_age: int) -> Interval | None:
    """When someone born within ``birth`` was ``min_age`` to ``max_age`` years old: from the ``min_age``
    birthday of the earliest birth to the day before the ``max_age + 1`` birthday of the latest (the inverse
    of :func:`birth_interval`); None when the birth is open-ended."""
    try:
        return Interval(
            add_years(birth.earliest, min_age), add_years(birth.latest, max_age + 1) - timedelta(days=1), "range"
        )
    except (ValueError, OverflowError):
        return None


def born_within(mention: AgeMention, at: Interval) -> Interval:
    """The birth interval of an age mention, over its whole range of ages ("a teenager" = 13 to 19)."""
    return Interval(birth_interval(mention.max_age, at).earliest, birth_interval(mention.min_age, at).latest, "range")


def _then(text: str, start: int, end: int, prefix: str | None) -> bool:
    if prefix:
        return True
    before = text[max(0, start - 12) : start]
    if re.search(r"\bthe\s+then\s*$|\bthen\s*$", before, _I) or _KO_THEN.search(before):
        return True
    return re.match(r"\s*,?\s*at\s+(?:the|that)\s+time\b", text[end : end + 20], _I) is not None  # "15 at that time"


def _mention(
    m: re.Match[str], age: int, group: str | int = 0, approx: str | None = None, then: bool = False
) -> AgeMention:
    start, end = m.start(group), m.end(group)
    if approx:
        word = approx.lower()
        low, high = (age - 2, age - 1) if word in ("nearly", "almost") else (age - 2, age + 2)
        return AgeMention(start, end, m.string[start:end], age, True, max(0, low), high, then)
    return AgeMention(start, end, m.string[start:end], age, False, age, age, then)


def _group(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


def _year_old(m: re.Match[str]) -> AgeMention:
    """ "48-year-old", "the then 17-year-old" (the span starts at "then"), "8-month-old" (age 0)."""
    count = w.english_number(m["n"])
    unit = w.normal(m["u"])
    age = count if unit == "year" else (count // 12 if unit == "month" else count // 52)
    return _mention(m, age, approx=m["approx"], then=_then(m.string, m.start(), m.end(), m["then"]))


def _aged(m: re.Match[str]) -> AgeMention:
    """ "aged 19", "then aged 17", "at the age of 19", "19 years of age"."""
    age = w.english_number(m["n"])
    return _mention(m, age, approx=_group(m, "approx"), then=_then(m.string, m.start(), m.end(), _group(m, "then")))


def _at_the_time(m: re.Match[str]) -> AgeMention:
    return _mention(m, w.english_number(m["n"]), "n", then=True)


def _name_comma(m: re.Match[str]) -> AgeMention | None:
    name = w.normal(m["name"]).rstrip(".")
    if name in w.MONTHS or name in w.WEEKDAYS or name in ("no", "vol", "art", "p", "pp"):
        return None
    age = int(m["n"])
    return _mention(m, age, "n", then=_then(m.string, m.start("n"), m.end("n"), None))


def _name_now_comma(m: re.Match[str]) -> AgeMention | None:
    """ "Ana Berg, now 41,": the span starts at the word of the present, right after the comma."""
    if w.normal(m["name"]).rstrip(".") in w.MONTHS:
        return None
    return _mention(m, int(m["n"]), "age")


def _kin_comma(m: re.Match[str]) -> AgeMention:
    """ "her daughter, now 18,": the span starts at the word of the present, if any, right after the comma."""
    return _mention(m, int(m["n"]), "age")


def _age_word(m: re.Match[str]) -> AgeMention:
    low, high = w.AGE_WORDS[w.normal(m["w"])]
    return AgeMention(
        m.start(), m.end(), m[0], (low + high) // 2, True, low, high, _then(m.string, m.start(), m.end(), None)
    )


def _decade_range(m: re.Match[str], base: int) -> AgeMention:
    part = _group(m, "part")
    low, high = (base + _PARTS[part.lower()][0], base + _PARTS[part.lower()][1]) if part else (base, base + 9)
    return AgeMention(
        m.start(), m.end(), m[0], (low + high) // 2, True, low, high, _then(m.string, m.start(), m.end(), None)
    )


def _in_decade(m: re.Match[str]) -> AgeMention:
    base = int(m["d"]) if m["d"] else w.DECADE_WORDS[w.normal(m["word"])]
    return _decade_range(m, base)


def _ko_age(m: re.Match[str]) -> AgeMention:
    return _mention(m, int(m["n"]), then=_then(m.string, m.start(), m.end(), None))


def _ko_native_age(m: re.Match[str]) -> AgeMention | None:
    age = w.korean_number(m["n"])
    return None if age is None else _mention(m, age, then=_then(m.string, m.start(), m.end(), None))


def _ko_decade(m: re.Match[str]) -> AgeMention:
    return _decade_range(m, int(m["d"]))


_Handler = Callable[[re.Match[str]], AgeMention | None]
# margins: how far a match reaches before/after its trigger (see tumen.extract.time.scan)
_RULES: list[tuple[re.Pattern[str], _Handler, Trigger]] = [
    (_YEAR_OLD, _year_old, trigger(["old"], before=44, after=2)),
    (_AGED, _aged, trigger(["age"], before=14, after=36)),
    (_OF_AGE, _aged, trigger(["age"], before=44, after=2)),
    (_AT_THE_TIME, _at_the_time, trigger(["time"], before=32, after=2)),
    (_NAME_COMMA, _name_comma, trigger(digits=(1, 3), preceded_by=[", "], before=40, after=8)),
    (_NAME_NOW_COMMA, _name_now_comma, trigger(w.PRESENT_AGE_WORDS, before=40, after=8)),
    (_KIN_COMMA, _kin_comma, trigger(digits=(1, 3), preceded_by=[", ", *(f"{p} " for p in w.PRESENT_AGE_WORDS)])),
    (_PAREN, _name_comma, trigger(digits=(1, 3), preceded_by=["("], before=40, after=4)),
    (_AGE_WORD, _age_word, trigger(w.AGE_WORDS, before=2, after=16)),
    (_IN_DECADE, _in_decade, trigger(["0s", "0's", "0’s", *w.DECADE_WORDS], before=20, after=10)),
    (_KO_AGE, _ko_age, trigger(["세", "살"], before=10, after=4)),
    (_KO_NATIVE_AGE, _ko_native_age, trigger(["살"], before=8, after=4)),
    (_KO_DECADE, _ko_decade, trigger(["대"], before=6, after=12)),
]


_LITERALS = Literals(trig for _, _, trig in _RULES)


def _candidates(text: str) -> Iterator[AgeMention]:
    scan = Scan(text, _LITERALS)
    for pattern, handler, trig in _RULES:
        for match in scan.finditer(pattern, trig, text):
            try:
                found = handler(match)
            except (KeyError, ValueError):
                continue
            if found is not None and 0 <= found.min_age <= found.max_age <= MAX_AGE:
                yield found


def find_ages(text: str) -> list[AgeMention]:
    """Every stated age in ``text`` (English and Korean), sorted by start, non-overlapping (longest wins)."""
    chosen: list[AgeMention] = []
    taken = bytearray(len(text) + 1)
    for mention in sorted(_candidates(text), key=lambda a: (a.start - a.end, a.start)):
        if any(taken[mention.start : mention.end]):
            continue
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        chosen.append(mention)
    return sorted(chosen, key=lambda a: a.start)

"""Money mentions in English and Korean text → :class:`~tumen.model.Money`, converted to EUR offline.

Pure functions; no spaCy. Currency words and symbols are data (``tumen/data/currencies.yaml``).

Rules (see also the YAML file):

- A mention is an amount *with* a currency: ``$8,000``, ``USD 8,000``, ``8,000 US dollars``, ``€30,000``,
  ``20m won``, ``1.5 million yuan``, ``twenty million won``, ``2천만 원``, ``1억5천만 원``, ``3천 달러``.
  A bare number ("almost 30,000", "in 2019") is never money.
- The span covers the qualifier too: ``around 30,000 euros``, ``약 300만 원``, ``300만 원 이상``. Qualifiers are
  normalised to "about", "almost", "more than", "at least", "up to" or "less than"; any qualifier, and any
  vague amount, makes the Money ``approximate``.
- Vague amounts take a conservative reading: "a few"/"several"/수/몇 = 3, "a couple" = 2, "tens of" = 10×,
  "hundreds of" = 100×, "thousands of" = 1,000× ("a few thousand dollars" = 3,000; "tens of millions of
  won" = 10,000,000); they are approximate with qualifier None.
- Plain "won"/"원" is KRW unless the same sentence names the North Korean currency (markers in the YAML);
  "North Korean won" is always KPW. English "won" after a year-like bare number (1900–2099, "in 2019 won
  the…") or before "the"/a possessive ("won their…") is the verb; a spelled-out amount before "won" needs a
  scale word ("twenty million won", not "no one won").
- Numbers: ``language`` picks the convention. English, Korean and the rest: "," groups thousands and "." is
  the decimal point ("1.5 million", "$8.50"), except that a lone group of exactly three digits after the
  point with no scale word is read as a European thousands separator ("2.000 won" = 2,000, "30.000 €" =
  30,000: no amount is written with three decimals), as are several dot groups ("2.000.000"); with a scale
  word it stays a decimal ("1.125 million"); a space (or no-break space) may group thousands ("1 500 euros").
  "2,5" is not read in these languages. Decimal-comma languages (de, fr, es, …): "." or a space groups
  thousands and "," is the decimal ("30.000 €", "2,5"). All patterns (English and Korean) run for any language.
- "$" is USD, "¥" is JPY (CN¥/元/RMB/yuan are CNY), "pounds" is GBP except in "pounds of".
- A name several countries share ("dinars", "pesos", "shillings", "rupees", "francs", "pounds") is the currency of
  the first of its countries the text names ("KAMPALA - … bail of 200,000 shillings" is UGX); with none named it
  keeps its default (pounds GBP, rupees INR) or, with no default, its name as the unit ("dinar") and no euro value.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Any

from tumen.extract import rates
from tumen.extract.vocab import parse
from tumen.model import EuroValue, Money

__all__ = ["MoneyMention", "find_money", "to_eur"]

DECIMAL_COMMA_LANGUAGES = frozenset("de fr es it pt nl ru pl tr sv da nb no fi cs sk uk ro hu id vi".split())  # noqa: SIM905

_QUALIFIERS_BEFORE = {
    "about": "about", "around": "about", "some": "about", "roughly": "about", "approximately": "about",
    "approx.": "about", "an estimated": "about", "estimated": "about", "circa": "about", "more or less": "about",
    "in the region of": "about", "almost": "almost", "nearly": "almost", "close to": "almost",
    "just under": "almost", "just short of": "almost", "more than": "more than", "over": "more than",
    "just over": "more than", "well over": "more than", "upwards of": "more than", "in excess of": "more than",
    "at least": "at least", "no less than": "at least", "a minimum of": "at least", "up to": "up to",
    "as much as": "up to", "at most": "up to", "no more than": "up to", "a maximum of": "up to",
    "less than": "less than", "under": "less than", "below": "less than",
    "약": "about", "대략": "about", "거의": "almost", "최소": "at least", "적어도": "at least", "최대": "up to",
}  # fmt: skip
_QUALIFIERS_AFTER = {
    "or so": "about", "or more": "at least", "or less": "up to", "가량": "about", "정도": "about", "쯤": "about",
    "남짓": "more than", "이상": "at least", "이하": "up to", "미만": "less than", "넘는": "more than",
    "넘게": "more than", "넘은": "more than",
}  # fmt: skip

_UNIT_LIST = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
              "sixteen seventeen eighteen nineteen")  # fmt: skip
_UNITS = {w: float(i) for i, w in enumerate(_UNIT_LIST.split())}
_TENS = {
    w: 10.0 * (i + 2)
    for i, w in enumerate(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))
}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_ABBREVIATIONS = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9}
_VAGUE = {"few": 3.0, "several": 3.0, "couple": 2.0, "tens": 10.0, "hundreds": 1e2, "thousands": 1e3,
          "millions": 1e6, "billions": 1e9}  # fmt: skip
_KO_SMALL = {"십": 10.0, "백": 100.0, "천": 1000.0}
_KO_BIG = {"만": 1e4, "억": 1e8, "조": 1e12}
_KO_VAGUE = 3.0  # 수백만 = "several million" → 3,000,000
# Words after "won" that make it the verb ("the 1990s team won the cup").
_WON_VERB_NEXT = re.compile(
    r"\s+(?:the|his|her|their|its|our|my|your|re-?election|elections?|seats?|votes?|awards?|prizes?|medals?"
    r"|gold|silver|bronze|support|praise|approval)\b",
    re.IGNORECASE,
)
# Syllables that make "원"/"엔" the start of another word (원칙 principle, 원인 cause, 엔진 engine …).
_KO_NOT_CURRENCY = "칙인래리자형소장주작본고격한유조시점동피룸생통심로반료문서내외숭산선진터지트드"
_OPTIONAL_SPACE = r"\s?"
_SENTENCE_END = re.compile(r"[.!?。！？]\s|\n")


@dataclass(frozen=True)
class MoneyMention:
    """One amount of money in a text; ``text == source[start:end]`` (qualifier included)."""

    start: int
    end: int
    text: str
    money: Money
    qualifier: str | None


@dataclass(frozen=True)
class _Shared:
    """A currency name several countries share (``shared_names``): the code when no country is named (or None:
    the name stays the unit) and the words of its countries, longest first."""

    default: str | None
    countries: dict[str, str]
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Data:
    symbols: dict[str, str]
    codes: dict[str, str]
    names: dict[str, str]  # lower case, single spaces
    korean: dict[str, str]  # spaces removed
    korean_forms: tuple[str, ...]  # as written in the YAML
    no_ecb: frozenset[str]
    won_words: frozenset[str]
    won_default: str
    won_context: str
    won_markers: re.Pattern[str]
    numerals: dict[str, float]  # Korean numerals before a unit: 오 in "오백만 원"
    shared: dict[str, _Shared]  # a currency name several countries share ("dinar") -> its countries


def _key(word: str) -> str:
    return " ".join(word.lower().split())


@cache
def _data() -> _Data:
    raw: dict[str, Any] = parse(resources.files("tumen").joinpath("data/currencies.yaml").read_text(encoding="utf-8"))
    symbols: dict[str, str] = {}
    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    korean: dict[str, str] = {}
    for code, spec in raw["currencies"].items():
        codes[code] = code
        for extra in spec.get("codes") or []:
            codes[extra] = code
        for symbol in spec.get("symbols") or []:
            symbols[symbol] = code
        for name in spec.get("names") or []:
            names[_key(name)] = code
        for name in spec.get("korean") or []:
            korean[name.replace(" ", "")] = code
    shared: dict[str, _Shared] = {}
    for name, spec in (raw.get("shared_names") or {}).items():
        countries = {str(k): str(v) for k, v in spec["countries"].items()}
        countries |= {k.upper(): v for k, v in countries.items()}  # a dateline's "BAGHDAD (Reuters) -"
        for word in spec["words"]:
            names.setdefault(_key(word), name)  # resolved by the text's country (_shared_currency)
            for country, code in spec["countries"].items():
                names.setdefault(_key(f"{country} {word}"), code)  # "50,000 Iraqi dinars"
        around = _alternation(list(countries))
        shared[name] = _Shared(spec.get("default"), countries, re.compile(rf"(?<![\w-])(?:{around})(?![\w-])"))
    rule = raw["won_rule"]
    markers = "|".join(re.escape(m).replace(r"\ ", r"\s*") for m in rule["markers"])
    forms = tuple(n for spec in raw["currencies"].values() for n in spec.get("korean") or [])
    return _Data(symbols, codes, names, korean, forms, frozenset(raw["no_ecb_rate"]),
                 frozenset(_key(w) for w in rule["words"]), rule["default"], rule["context"],
                 re.compile(markers, re.IGNORECASE),
                 {str(k): float(v) for k, v in (raw.get("korean_numerals") or {}).items()}, shared)  # fmt: skip


def _alternation(words: list[str], *, spaced: str = r"\s+") -> str:
    """A regex alternation, longest first, whitespace inside a word matching ``spaced``."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(spaced.join(re.escape(part) for part in w.split()) for w in ordered)


_NUM_POINT = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
)
_NUM_COMMA = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_NUM_END = r"(?!\d|[.,]\d)"
_SCALE = r"(?P<scale>(?i:\s?(?:bn|mn)|[mkb])(?![A-Za-z])|\s+(?i:hundred|thousand|million|billion|trillion)\b)?"
_UNIT_WORDS = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_SCALE_WORDS = "hundred|thousand|million|billion|trillion"
_WORD_NUMBER = (
    rf"(?:(?:half\s+an?|an?)\s+(?:{_SCALE_WORDS})|(?:{_UNIT_WORDS}))\b"
    rf"(?:(?:\s+and\s+a\s+half\s+|\s+and\s+|\s*-\s*|\s+)(?:{_UNIT_WORDS}|{_SCALE_WORDS})\b)*"
)
_VAGUE_NUMBER = (
    r"(?:(?:tens|hundreds)\s+of\s+)?(?:hundreds|thousands|millions|billions)\s+of"
    r"|(?:a\s+few|several|a\s+couple(?:\s+of)?)\s+(?:hundred|thousand|million|billion)(?:\s+(?:thousand|million))?"
)
_KO_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@cache
def _korean_currency() -> str:
    """The Korean currencies' names, each a whole word when one letter long ("원", not "원장")."""
    return "|".join(
        _alternation([w], spaced=_OPTIONAL_SPACE) + (f"(?![{_KO_NOT_CURRENCY}])" if len(w) == 1 else "")
        for w in sorted(_data().korean_forms, key=len, reverse=True)
    )


@cache
def _ko_number() -> str:
    """A Korean amount's number: digits, 수 or 몇, or a Korean numeral (``korean_numerals``) or 십/백/천 before a
    unit at a word's start ("오백만", "천만"), then units and numerals ("1억5천만", "이천오백만"); 천 or 만 alone
    right before the currency ("천 원", "만 원": a thousand, ten thousand won)."""
    numerals = "".join(_data().numerals)
    alone = rf"[천만](?=\s?(?:{_korean_currency()}))"
    first = rf"(?<![가-힣])(?:[{numerals}](?=[십백천만억조])|[십백천](?=[만억조])|{alone})" if numerals else r"(?!)"
    return (
        rf"(?:(?:{_KO_DIGITS}){_NUM_END}|수(?=[십백천만억조])|몇\s?(?=[십백천만억조])|{first})"
        rf"(?:(?:{_KO_DIGITS}){_NUM_END}|[{numerals}](?=[십백천만억조])|[십백천]|[만억조](?:\s(?=\d))?|여)*"
    )


@cache
def _patterns(comma_decimal: bool) -> tuple[re.Pattern[str], ...]:
    data = _data()
    num = _NUM_COMMA if comma_decimal else _NUM_POINT
    symbols = _alternation(list(data.symbols))
    codes = rf"(?<![A-Za-z])(?:{_alternation(list(data.codes))})(?![A-Za-z])"
    names = rf"(?i:{_alternation(list(data.names))})(?![A-Za-z])(?!(?<=pound)\s+of\b|(?<=pounds)\s+of\b)"
    korean = _korean_currency()
    currency_after = rf"(?:\s?(?P<code>{codes})|\s+(?P<name>{names})|\s?(?P<symbol>{symbols}))"
    return (
        re.compile(rf"(?<![A-Za-z0-9])(?:(?P<symbol>{symbols})|(?P<code>{codes}))\s?(?P<num>{num}){_NUM_END}{_SCALE}"),
        re.compile(rf"(?<![A-Za-z0-9.,])(?P<num>{num}){_NUM_END}{_SCALE}{currency_after}"),
        re.compile(rf"(?<![A-Za-z0-9-])(?P<words>(?i:{_VAGUE_NUMBER}|{_WORD_NUMBER}))\s+(?P<name>{names})"),
        re.compile(rf"(?<![\d.,])(?P<knum>{_ko_number()})\s?(?P<korean>{korean})"),
    )


@cache
def _korean_currency_start() -> re.Pattern[str]:
    """The first letters of the Korean currencies' names: a text without any has no Korean amount (its pattern
    begins with a lookbehind, which makes the engine try it at every character)."""
    return re.compile("[" + re.escape("".join(sorted({form[0] for form in _data().korean_forms}))) + "]")


@cache
def _qualifier_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = _alternation(list(_QUALIFIERS_BEFORE))
    after = _alternation(list(_QUALIFIERS_AFTER))
    return (
        re.compile(rf"(?<!\w)(?P<q>(?i:{before}))\s*\Z"),
        re.compile(rf"(?P<sp>\s*)(?:(?:이|가|을|를)\s?)?(?P<q>(?i:{after}))(?![A-Za-z])"),
    )


def _number(text: str, comma_decimal: bool, scaled: bool) -> float:
    """Digits as written; "2.000" without a scale word is 2,000 (no amount has three decimals)."""
    s = re.sub(r"[\s\u00a0\u202f]", "", text)
    if comma_decimal:
        s = s.replace(".", "").replace(",", ".")
    else:
        if s.count(".") > 1 or (not scaled and re.fullmatch(r"\d{1,3}\.\d{3}", s)):
            s = s.replace(".", "")
        s = s.replace(",", "")
    return float(s)


def _scale(text: str | None) -> float:
    if not text:
        return 1.0
    word = text.strip().lower()
    return _SCALES.get(word) or _ABBREVIATIONS[word]


def _words_value(phrase: str) -> tuple[float, bool]:
    """The value of "twenty million", "half a million", "a few thousand" …, and whether it is vague."""
    tokens = re.findall(r"[a-z]+", phrase.lower())
    if any(t in _VAGUE for t in tokens):
        value = 1.0
        for t in tokens:
            value *= _VAGUE.get(t, _SCALES.get(t, 1.0))
        return value, True
    total = current = 0.0
    half = False
    for t in tokens:
        if t in ("a", "an"):
            if current == 0 and not half:
                current = 1.0
        elif t == "half":
            current, half = current + 0.5, True
        elif t in _UNITS or t in _TENS:
            current += _UNITS.get(t, 0.0) + _TENS.get(t, 0.0)
        elif t == "hundred":
            current = (current or 1.0) * 100
        elif t in _SCALES:
            total += (current or 1.0) * _SCALES[t]
            current = 0.0
    return total + current, False


def _korean_value(number: str) -> tuple[float, bool, bool] | None:
    """The value of "1억5천만", "2000만", "300여만", "수백만"; whether vague; whether 여 ("over") was used."""
    total = group = 0.0
    current: float | None = None
    vague = over = False
    numerals = _data().numerals
    for t in re.findall(rf"{_KO_DIGITS}|[십백천만억조수몇여{''.join(numerals)}]", number):
        if t[0].isdigit() or t in ("수", "몇") or t in numerals:
            if current is not None:
                return None
            current = float(t.replace(",", "")) if t[0].isdigit() else numerals.get(t, _KO_VAGUE)
            vague = vague or t in ("수", "몇")
        elif t == "여":
            over = True
        elif t in _KO_SMALL:
            group += (1.0 if current is None else current) * _KO_SMALL[t]
            current = None
        else:
            group += current or 0.0
            total += (group or 1.0) * _KO_BIG[t]
            group, current = 0.0, None
    return total + group + (current or 0.0), vague, over


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    value: float
    currency: str
    vague: bool
    qualifier: str | None


def _candidate(match: re.Match[str], text: str, comma_decimal: bool, sentences: list[int]) -> _Candidate | None:
    data = _data()
    groups = match.groupdict()
    qualifier = None
    vague = False
    word_number = False
    if groups.get("knum") is not None:
        parsed = _korean_value(groups["knum"])
        if parsed is None:
            return None
        value, vague, over = parsed
        qualifier = "more than" if over else None
        token = re.sub(r"\s", "", groups["korean"])
        currency = data.korean[token]
    else:
        if groups.get("words") is not None:
            value, vague = _words_value(groups["words"])
            word_number = True
        else:
            scale = groups.get("scale")
            value = _number(groups["num"], comma_decimal, bool(scale)) * _scale(scale)
        if groups.get("symbol") is not None:
            token, currency = groups["symbol"], data.symbols[groups["symbol"]]
        elif groups.get("code") is not None:
            token, currency = groups["code"], data.codes[groups["code"]]
        else:
            token = _key(groups["name"])
            currency = data.names[token]
            if currency in data.shared:  # "fined 50,000 dinars": the currency of the country the text is about
                currency = _shared_currency(currency, data.shared[currency], text)
            if token in data.won_words and _won_is_verb(match, text, word_number):
                return None
    if _key(token) in data.won_words:
        first = sentences[bisect.bisect_right(sentences, match.start()) - 1]
        stop = bisect.bisect_left(sentences, match.end())
        last = sentences[stop] if stop < len(sentences) else len(text)
        currency = data.won_context if data.won_markers.search(text, first, last) else data.won_default
    return _Candidate(match.start(), match.end(), round(value, 4), currency, vague, qualifier)


def _shared_currency(name: str, shared: _Shared, text: str) -> str:
    """The code of a currency name several countries share: that of the first of its countries the text names
    (its dateline or the places it tells of), else its default, else the name itself (no country is guessed)."""
    first = shared.pattern.search(text)
    if first is not None:
        return shared.countries[" ".join(first.group(0).split())]
    return shared.default or name


def _won_is_verb(match: re.Match[str], text: str, word_number: bool) -> bool:
    if word_number:
        return not re.search(_SCALE_WORDS + "|thousands|millions|billions", match["words"], re.IGNORECASE)
    if _WON_VERB_NEXT.match(text, match.end()):
        return True
    plain = match["num"]
    return not match["scale"] and plain.isdigit() and 1900 <= int(plain) <= 2099


def _sentence_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def find_money(text: str, language: str = "en", at: date | None = None) -> list[MoneyMention]:
    """Every amount of money in ``text``, in order, with exact offsets; ``at`` dates the EUR conversion."""
    comma_decimal = (language or "en").lower().split("-")[0] in DECIMAL_COMMA_LANGUAGES
    sentences = _sentence_starts(text)
    found: list[_Candidate] = []
    patterns = _patterns(comma_decimal)
    if _korean_currency_start().search(text) is None:
        patterns = patterns[:-1]  # the Korean amounts' pattern (last) needs a Korean currency's name in the text
    for pattern in patterns:
        for match in pattern.finditer(text):
            candidate = _candidate(match, text, comma_decimal, sentences)
            if candidate is not None:
                found.append(candidate)
    chosen: list[_Candidate] = []
    for c in sorted(found, key=lambda c: (c.start, -c.end)):
        if not chosen or c.start >= chosen[-1].end:
            chosen.append(c)
    before, after = _qualifier_patterns()
    mentions: list[MoneyMention] = []
    for i, c in enumerate(chosen):
        start, end, qualifier = c.start, c.end, c.qualifier
        floor = chosen[i - 1].end if i else 0
        ceiling = chosen[i + 1].start if i + 1 < len(chosen) else len(text)
        if m := before.search(text, max(floor, start - 30), start):
            start, qualifier = m.start(), _QUALIFIERS_BEFORE[_key(m["q"])]
        if (m := after.match(text, end, ceiling)) and "\n" not in m["sp"]:
            end, qualifier = m.end(), qualifier or _QUALIFIERS_AFTER[_key(m["q"])]
        money = Money(c.value, c.currency, to_eur(c.value, c.currency, at), c.vague or qualifier is not None)
        mentions.append(MoneyMention(start, end, text[start:end], money, qualifier))
    return mentions


def to_eur(value: float, currency: str, at: date | None) -> EuroValue | None:
    """``value`` of ``currency`` in euros at the ECB rate of ``at``, 2 decimals, with the rate date used.

    The result's ``rate_date`` is the day whose rate was used (None for euros). When ``at`` is None the
    latest rate is used, and when ``at`` lies outside the rate table (before its first or after its last
    day for that currency) the nearest day's rate is used; ``rate_note`` says so in both cases, never
    silently. None for currencies without ECB rates (KPW) and for unknown codes; never raises for a currency.
    """
    code = (currency or "").strip().upper()
    if code == "EUR":
        return EuroValue(round(float(value), 2))
    if code in _data().no_ecb:
        return None
    converter = rates.converter(code)
    if converter is None:
        return None
    first, last = converter.bounds[code]
    asked = at.date() if isinstance(at, datetime) else at
    day, note = _rate_day(asked, first, last)
    try:
        euros = float(converter.convert(value, code, "EUR", date=day))
    except Exception:  # RateNotFoundError and the like: an unconvertible amount is not an error
        return None
    return EuroValue(round(euros, 2), day, note)


def _rate_day(asked: date | None, first: date, last: date) -> tuple[date, str | None]:
    """The day whose rate converts an amount of day ``asked``, and why it is another day, if it is."""
    if asked is None:
        return last, f"no date: latest rate ({last.isoformat()}) used"
    if asked < first:
        return first, (
            f"date {asked.isoformat()} before the rate table (first {first.isoformat()}): "
            f"rate of {first.isoformat()} used"
        )
    if asked > last:
        return last, (
            f"date {asked.isoformat()} after the rate table (last {last.isoformat()}): rate of {last.isoformat()} used"
        )
    return asked, None

"""The vocabulary of time expressions (``tumen/data/time_words.yaml``), loaded once, as lookups and regex parts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

from tumen.extract.vocab import load, parse

from .modal_future import ModalFuture
from .types import PastCues


def _load() -> dict[str, Any]:
    raw = resources.files("tumen").joinpath("data/time_words.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = parse(raw)
    return data


_DATA = _load()
EN: dict[str, Any] = _DATA["en"]
KO: dict[str, Any] = _DATA["ko"]


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex alternation of ``words``, longest first, spaces matching any whitespace."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique) + ")"


def _inverse(table: Mapping[Any, list[str]]) -> dict[str, int]:
    return {word: int(key) for key, words in table.items() for word in words}


def normal(word: str) -> str:
    """Lower case with runs of whitespace as one space (the form of the YAML keys)."""
    return " ".join(word.lower().split())


# --- English ----------------------------------------------------------------------------------------------

MONTHS: dict[str, int] = _inverse(EN["months"])
WEEKDAYS: dict[str, int] = _inverse(EN["weekdays"])
NUMBERS: dict[str, int] = {str(k): int(v) for k, v in EN["numbers"].items()}
UNITS: dict[str, str] = dict(EN["units"])
SEASONS: dict[str, str] = dict(EN["seasons"])
PARTS_OF_DAY: dict[str, str] = dict(EN["parts_of_day"])
WEEKDAY_NAMES: frozenset[str] = frozenset(EN["weekday_names"])
WEEKDAY_NAME_HEADS: frozenset[str] = frozenset(EN["weekday_name_heads"])  # "the Sunday Tribune"
MONTH_NAME_HEADS: frozenset[str] = frozenset(EN["month_name_heads"])  # "the April Rebellion"
_CAPITALISED_NEXT = re.compile(r"[ \t]+(?P<w>[A-Z][\w'’-]*)")


def named_by_next(text: str, end: int, heads: frozenset[str]) -> bool:
    """Whether the capitalised word right after ``end`` is one of ``heads``: the word before it is then part of a
    name ("the April Rebellion", "the Sunday Tribune"), not a date."""
    after = _CAPITALISED_NEXT.match(text, end)
    return bool(after and normal(after["w"]) in heads)


LIFE_PERIOD_POSSESSORS: frozenset[str] = frozenset(EN["life_period_possessors"])  # "his last year"
NAMED_DAYS: dict[str, tuple[int, int]] = {normal(k): (int(v[0]), int(v[1])) for k, v in EN["named_days"].items()}
DECADE_WORDS: dict[str, int] = {k: int(v) for k, v in EN["decade_words"].items()}
PERIOD_PARTS: dict[str, str] = dict(EN["period_parts"])
AGE_WORDS: dict[str, tuple[int, int]] = {k: (int(v[0]), int(v[1])) for k, v in EN["ages"].items()}
AMBIGUOUS_MONTHS: frozenset[str] = frozenset(EN["ambiguous_months"])
CAPITALISED_MONTHS: frozenset[str] = frozenset(EN["capitalised_months"])
MONTH_PREPOSITIONS: frozenset[str] = frozenset(EN["month_prepositions"])
NOT_YEAR_BEFORE: frozenset[str] = frozenset(EN["not_year_before"])
NOT_YEAR_AFTER: frozenset[str] = frozenset(EN["not_year_after"])
YEAR_THEN_DATE: frozenset[str] = frozenset(EN["year_then_date"])
DATE_THEN_YEAR: frozenset[str] = frozenset(EN["date_then_year"])
MODIFIERS: dict[str, str] = {normal(k): str(v) for k, v in EN["modifiers"].items()}
DATE_MODIFIERS: frozenset[str] = frozenset(normal(k) for k in EN["date_modifiers"])
DAY_MODIFIERS: dict[str, str] = {normal(k): str(v) for k, v in EN["day_modifiers"].items()}

_ONES = [w for w, n in NUMBERS.items() if 1 <= n <= 9 and w not in ("a", "an")]
_TENS = [w for w, n in NUMBERS.items() if n >= 20]
_TEENS = [w for w, n in NUMBERS.items() if 10 <= n <= 19]
NUMBER_WORD = rf"(?:{alternation(_TENS)}(?:[\s-]{alternation(_ONES)})?|{alternation(_TEENS + _ONES)})"
NUMBER = rf"(?:\d{{1,3}}|{NUMBER_WORD}\b)"
_TENS_ONES = rf"{alternation(_TENS)}(?:[\s-]+{alternation(_ONES)})?"
# A year in words: "nineteen ninety-six", "nineteen oh five", "two thousand", "two thousand and one".
YEAR_WORDS_19 = rf"(?:nineteen[\s-]+(?:{_TENS_ONES}|{alternation(_TEENS)}|oh[\s-]+{alternation(_ONES)})\b)"
YEAR_WORDS_20 = rf"(?:two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{_TENS_ONES}|{alternation(_TEENS + _ONES)}))?\b)"
YEAR_WORDS = rf"(?:{YEAR_WORDS_19}|{YEAR_WORDS_20})"
ORDINAL_WORDS: dict[str, int] = {str(k): int(v) for k, v in EN["ordinals"].items()}  # a count: 16, twelve, twenty-one
COUNT = rf"(?:\d{{1,3}}|{NUMBER_WORD}\b|an?\b)"  # a count or "a"/"an"
VAGUE = alternation(EN["vague_numbers"])
PRESENT_AGE_WORDS: tuple[str, ...] = tuple(EN["present_age_words"])
# "her daughter, 18,": kin nouns of one person (data/kinship.yaml) an age may stand beside as beside a name (not
# those of ``age_kin_exceptions``)
KIN_NOUNS: tuple[str, ...] = tuple(
    str(w)
    for w in load("kinship.yaml")["kin"]
    if not str(w).endswith("s") and str(w) not in {str(x) for x in EN["age_kin_exceptions"]}
)

MONTH_FULL = alternation(w for w in MONTHS if len(w) > 3 or w == "may")
MONTH = rf"(?:{alternation(MONTHS)}\b(?:\.(?=\s*\d))?)"  # "Dec." keeps its dot only before a day or year
WEEKDAY_FULL = alternation(w for w in WEEKDAYS if w.endswith("day"))
WEEKDAY = rf"(?:{alternation(WEEKDAYS)}\b\.?)"
UNIT = rf"(?:{alternation(UNITS)}s?)"
SEASON = alternation(SEASONS)
PART_OF_DAY = alternation(PARTS_OF_DAY)
PERIOD_PART = alternation(PERIOD_PARTS)
ORDINAL = r"(?:st|nd|rd|th)"


def english_number(text: str) -> int:
    """16 → 16, "twelve" → 12, "twenty-one" → 21, "a" → 1."""
    word = normal(text).replace("-", " ")
    if word.isdigit():
        return int(word)
    return sum(NUMBERS[part] for part in word.split())


def year_in_words(text: str) -> int:
    """ "nineteen ninety-six" → 1996, "nineteen oh five" → 1905, "two thousand and one" → 2001."""
    parts = [p for p in normal(text).replace("-", " ").split() if p not in ("and", "oh")]
    if parts[:2] == ["two", "thousand"]:
        return 2000 + sum(NUMBERS[p] for p in parts[2:])
    return 1900 + sum(NUMBERS[p] for p in parts[1:])


def unit_of(word: str) -> str:
    word = normal(word)
    return UNITS.get(word) or UNITS[word[:-1]]


def month_of(word: str) -> int:
    return MONTHS[normal(word).rstrip(".")]


def weekday_of(word: str) -> int:
    return WEEKDAYS[normal(word).rstrip(".")]


def past_cues_en() -> PastCues:
    """The past-verb cues; a given name in -ed ("Ahmed", "Saeed", "Alfred": data/given_names.yaml) is no verb."""
    names = load("given_names.yaml")
    given = {normal(str(n)) for key in ("female", "male") for n in names.get(key) or []}
    return PastCues(
        frozenset(normal(v) for v in EN["past_verbs"]),
        frozenset(normal(v) for v in EN["not_past"]) | {n for n in given if n.endswith("ed")},
        frozenset(normal(v) for v in EN["deadline_words"]),
        frozenset(normal(v) for v in EN["reporting_verbs"]),
        modal_future_en(),
        frozenset(normal(v) for v in EN["finite_past"]),
        frozenset(normal(v) for v in EN["since_breaks"]),
    )


def modal_future_en() -> ModalFuture:
    """The "would" of a reported or conditional future (:mod:`.modal_future`)."""
    words = EN["modal_future"]

    def of(key: str) -> frozenset[str]:
        return frozenset(normal(v) for v in words[key])

    return ModalFuture(
        modals=of("modals"),
        past_after=of("past_after"),
        breaks=of("breaks"),
        participle_after=of("after_be"),
        habitual=of("habitual"),
        subjects=of("subjects"),
        prepositions=of("prepositions"),
    )


def future_cues_en() -> re.Pattern[str]:
    """The English cues of the future; "will" not after a determiner that makes it the noun ("against her will"),
    "due to" not before one that makes it a cause ("due to his injuries")."""
    noun = "".join(
        rf"(?<!{re.escape(word)}\s)" if not word[0].isalpha() else rf"(?<!\b{re.escape(word)}\s)"
        for word in EN["noun_will_after"]
    )
    causal = rf"(?!\s+{alternation(EN['causal_due_to_before'])}\b)"  # "due to his injuries": a cause
    others = [cue for cue in EN["future_cues"] if cue not in ("will", "due to")]
    return re.compile(rf"(?<!\w)(?:{noun}will|due\s+to{causal}|{alternation(others)})\b", re.IGNORECASE)


def refs(language: dict[str, Any]) -> dict[str, str]:
    """Phrase → PAST_REF / PRESENT_REF / FUTURE_REF."""
    table: dict[str, str] = {}
    for key, value in (("past_ref", "PAST_REF"), ("present_ref", "PRESENT_REF"), ("future_ref", "FUTURE_REF")):
        table.update({normal(w): value for w in language[key]})
    return table


# --- Korean -----------------------------------------------------------------------------------------------

KO_NATIVE_UNITS: dict[str, int] = {k: int(v) for k, v in KO["native_units"].items()}
KO_NATIVE_TENS: dict[str, int] = {k: int(v) for k, v in KO["native_tens"].items()}
KO_NATIVE = rf"(?:{alternation(KO_NATIVE_TENS)}(?:\s?{alternation(KO_NATIVE_UNITS)})?|{alternation(KO_NATIVE_UNITS)})"
KO_DAY_COUNTS: dict[str, int] = {k: int(v) for k, v in KO["day_counts"].items()}
KO_UNITS: dict[str, str] = dict(KO["units"])
KO_SEASONS: dict[str, str] = dict(KO["seasons"])
KO_WEEKDAYS: dict[str, int] = {k: int(v) for k, v in KO["weekdays"].items()}
KO_PERIOD_PARTS: dict[str, str] = dict(KO["period_parts"])
KO_PARTS_OF_DAY: dict[str, str] = dict(KO["parts_of_day"])
KO_PM: frozenset[str] = frozenset(KO["pm_words"])
KO_SETS: dict[str, str] = dict(KO["sets"])


def _spaced(table: Mapping[str, Any]) -> dict[str, int]:
    return {normal(k): int(v) for k, v in table.items()}


KO_RELATIVE_YEARS = _spaced(KO["relative_years"])
KO_CHAINED_YEARS = _spaced(KO["chained_years"])
KO_RELATIVE_MONTHS = _spaced(KO["relative_months"])
KO_RELATIVE_WEEKS = _spaced(KO["relative_weeks"])
KO_RELATIVE_DAYS = _spaced(KO["relative_days"])
KO_RELATIVE_WEEKENDS = _spaced(KO["relative_weekends"])
KO_CHAINED_DAYS = _spaced(KO["chained_days"])
KO_NOT_DATE_AFTER = alternation(KO["not_date_after"])


def korean_number(text: str) -> int | None:
    """ "15" → 15, "열다섯" → 15, "열 세" → 13, "스물한" → 21, "세" → 3; None for a word that is no number it
    knows ("수", "몇", "여", "반": a vague count the reader cannot count; "십": a Sino-Korean numeral)."""
    text = "".join(text.split())
    if text.isdigit():
        return int(text)
    for tens, value in sorted(KO_NATIVE_TENS.items(), key=lambda kv: -len(kv[0])):
        if text.startswith(tens):
            rest = text[len(tens) :]
            unit = KO_NATIVE_UNITS.get(rest) if rest else 0
            return None if unit is None else value + unit
    return KO_NATIVE_UNITS.get(text)


def future_cues_ko() -> re.Pattern[str]:
    return re.compile(alternation(KO["future_cues"]))

"""The scoring of benchmarks/hrdsattack.py, as the dataset's own evaluation scores (the rules: that script's
docstring): values normalised for comparison, F1 of the perpetrator mention, of the violation labels and of the
victim names, exact-match accuracy of the other fields, and victim attributes over the gold victims aligned to
predicted ones by name."""

from __future__ import annotations

import calendar
import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from hrdsattack_countries import same_country

FIELDS = (
    "perpetrator_mention_f1",
    "perpetrator_type_acc",
    "violation_f1",
    "country_acc",
    "region_acc",
    "city_acc",
    "year_acc",
    "month_acc",
    "day_acc",
    "victim_name_exact_f1",
    "victim_name_fuzzy_f1",
    "victim_sex_acc",
    "victim_age_acc",
    "victim_type_acc",
)
ACCURACY_FIELDS = {
    "perpetrator_type_acc": "perpetrator_type",
    "country_acc": "country",
    "region_acc": "region",
    "city_acc": "city",
    "year_acc": "year",
    "month_acc": "month",
    "day_acc": "date",
}
ABSENT = frozenset({"", "none", "null", "nan", "unknown", "n/a", "n//a", "na", "not mentioned", "unspecified"})
MONTHS = [m.lower() for m in calendar.month_name[1:]]


def plain(value: Any) -> str:
    """A value in comparable form: case, spacing, dots, quotes and initials folded, a leading "the" dropped."""
    text = unicodedata.normalize("NFKC", str(value)).casefold().replace("’", "'")
    text = " ".join(re.sub(r"[.\"“”]", " ", text).split())
    text = re.sub(r"\b(\w) (?=\w\b)", r"\1", text)  # initials: "E. V." = "E.V." = "ev", "U.S." = "us"
    return text.removeprefix("the ").strip(" ,;:-'")


def normalise(field: str, value: Any) -> str | None:
    """A field's value in comparable form, or None when it is absent."""
    if value is None:
        return None
    if field == "perpetrator_mention":
        return str(bool(value)).lower() if isinstance(value, bool) else plain(value)
    text = plain(value)
    if text in ABSENT:
        return None
    number = _number(str(value))
    if field in ("year", "date"):
        return text if number is None else str(number)
    if field == "month":
        if number is None:
            close = difflib.get_close_matches(text, MONTHS, n=1, cutoff=0.75)
            if close:
                return str(MONTHS.index(close[0]) + 1)
            prefix = [m for m in MONTHS if len(text) >= 3 and m.startswith(text[:3])]
            return str(MONTHS.index(prefix[0]) + 1) if len(prefix) == 1 else text
        return str(number)
    return text


def _number(text: str) -> int | None:
    """ "2019", "2019.0", "07" -> the integer; anything else None."""
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return int(value) if value.is_integer() else None


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def f1(tp: float, fp: float, fn: float) -> float:
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return _ratio(2 * precision * recall, precision + recall)


def mention_f1(golds: Sequence[dict[str, Any]], preds: Sequence[dict[str, Any]]) -> float:
    """F1 of ``perpetrator_mention`` = true over articles."""
    tp = fp = fn = 0
    for gold, pred in zip(golds, preds, strict=True):
        g, p = bool(gold.get("perpetrator_mention")), bool(pred.get("perpetrator_mention"))
        tp += g and p
        fp += p and not g
        fn += g and not p
    return f1(tp, fp, fn)


def violation_f1(golds: Sequence[dict[str, Any]], preds: Sequence[dict[str, Any]]) -> float:
    """Micro F1 over the violation labels of all articles (each article's labels as a set)."""
    tp = fp = fn = 0
    for gold, pred in zip(golds, preds, strict=True):
        g = {plain(v) for v in gold.get("violation_types") or []}
        p = {plain(v) for v in pred.get("violation_types") or []}
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    return f1(tp, fp, fn)


def accuracy(field: str, golds: Sequence[dict[str, Any]], preds: Sequence[dict[str, Any]], corrected: bool) -> float:
    """Exact-match accuracy of one field over all articles. The published scoring counts an absent gold value
    as wrong whatever the prediction; ``corrected`` counts absent-predicted-as-absent as right."""
    right = 0
    for gold, pred in zip(golds, preds, strict=True):
        g, p = normalise(field, gold.get(field)), normalise(field, pred.get(field))
        if field == "country":
            g, p = same_country(g), same_country(p)
        right += (g is not None and g == p) or (corrected and g is None and p is None)
    return _ratio(right, len(golds))


def split_names(names: Iterable[str | None]) -> list[str]:
    """Victim names, each split at commas, semicolons, "&" and "and", normalised; absent ones dropped."""
    found = []
    for name in names:
        if name is None:
            continue
        for part in re.split(r"[,;&]|\band\b", str(name)):
            text = plain(part)
            if text not in ABSENT:
                found.append(text)
    return found


def _fuzzy(a: str, b: str) -> bool:
    return a in b or b in a


def match_names(gold: list[str], pred: list[str], fuzzy: bool) -> int:
    """How many predicted names match a gold name, one-to-one (exact first, then by containment)."""
    left = list(gold)
    unmatched = []
    matched = 0
    for name in pred:
        if name in left:
            left.remove(name)
            matched += 1
        else:
            unmatched.append(name)
    if fuzzy:
        for name in unmatched:
            hit = next((g for g in left if _fuzzy(name, g)), None)
            if hit is not None:
                left.remove(hit)
                matched += 1
    return matched


def name_f1(golds: Sequence[dict[str, Any]], preds: Sequence[dict[str, Any]], fuzzy: bool) -> float:
    tp = n_gold = n_pred = 0
    for gold, pred in zip(golds, preds, strict=True):
        g = split_names(v.get("victim_name") for v in gold.get("victims") or [])
        p = split_names(v.get("victim_name") for v in pred.get("victims") or [])
        tp += match_names(g, p, fuzzy)
        n_gold += len(g)
        n_pred += len(p)
    return f1(tp, n_pred - tp, n_gold - tp)


def align_victims(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Pairs (gold victim, predicted victim) whose names match, one-to-one, exact matches first."""
    pairs = []
    free = [(v, split_names([v.get("victim_name")])) for v in pred]
    free = [(v, names) for v, names in free if names]
    for exact in (True, False):
        for victim in gold:
            names = split_names([victim.get("victim_name")])
            if not names or any(victim is g for g, _ in pairs):
                continue
            for candidate in free:
                other = candidate[1]
                if any(a == b if exact else _fuzzy(a, b) for a in names for b in other):
                    pairs.append((victim, candidate[0]))
                    free.remove(candidate)
                    break
    return pairs


def _victim_value(field: str, victim: dict[str, Any]) -> Any:
    value = victim.get(field)
    if field == "victim_type":
        return frozenset(plain(v) for v in (value if isinstance(value, list) else [value]) if v)
    return None if value is None else plain(value)


def victim_accuracy(golds: Sequence[dict[str, Any]], preds: Sequence[dict[str, Any]]) -> dict[str, float]:
    right: Counter[str] = Counter()
    pairs = 0
    for gold, pred in zip(golds, preds, strict=True):
        for g, p in align_victims(gold.get("victims") or [], pred.get("victims") or []):
            pairs += 1
            for field in ("victim_sex_type", "victim_age_group", "victim_type"):
                right[field] += _victim_value(field, g) == _victim_value(field, p)
    return {
        "victim_sex_acc": _ratio(right["victim_sex_type"], pairs),
        "victim_age_acc": _ratio(right["victim_age_group"], pairs),
        "victim_type_acc": _ratio(right["victim_type"], pairs),
    }


def score(
    golds: Sequence[dict[str, Any]], preds: Sequence[dict[str, Any]], corrected: bool = False
) -> dict[str, float]:
    """Every figure of the benchmark, as fractions in [0, 1]."""
    scores = {"perpetrator_mention_f1": mention_f1(golds, preds), "violation_f1": violation_f1(golds, preds)}
    for name, field in ACCURACY_FIELDS.items():
        scores[name] = accuracy(field, golds, preds, corrected)
    scores["victim_name_exact_f1"] = name_f1(golds, preds, fuzzy=False)
    scores["victim_name_fuzzy_f1"] = name_f1(golds, preds, fuzzy=True)
    scores.update(victim_accuracy(golds, preds))
    return {name: scores[name] for name in FIELDS}


def format_line(prefix: str, scores: dict[str, float]) -> str:
    return f"{prefix}: " + " ".join(f"{name}={100 * scores[name]:.1f}" for name in FIELDS)

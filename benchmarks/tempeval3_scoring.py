"""The Python 3 scorer of benchmarks/tempeval3.py: the official normaliser's alignment (a system and a gold
expression match when one begins at a token inside the other, each taken once, in text order), strict and
relaxed matches, value and type F1, and the errors as TSV."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tempeval3_timeml import TEXT_ELEMENT, Tag, TimeMLText, read_text

_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Counts) -> None:
        for name in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class Scores:
    strict_p: float
    strict_r: float
    strict_f1: float
    relaxed_p: float
    relaxed_r: float
    relaxed_f1: float
    value_f1: float
    type_f1: float

    @classmethod
    def of(cls, c: Counts) -> Scores:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        sp, sr = _ratio(c.strict, c.system), _ratio(c.strict, c.gold)
        rp, rr = _ratio(c.relaxed, c.system), _ratio(c.relaxed, c.gold)
        relaxed_f1 = f1(rp, rr)
        return cls(
            sp * 100,
            sr * 100,
            f1(sp, sr) * 100,
            rp * 100,
            rr * 100,
            relaxed_f1 * 100,
            _ratio(c.value, c.relaxed) * relaxed_f1 * 100,
            _ratio(c.type, c.relaxed) * relaxed_f1 * 100,
        )


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _token_tags(text: str, timexes: list[Tag], events: list[Tag]) -> list[tuple[int, str, Tag | None]]:
    """Per token of ``text``: its IOB tag ("B-TIMEX3", "I-TIMEX3", "EVENT" or "O") and its TIMEX3."""
    out: list[tuple[int, str, Tag | None]] = []
    seen: set[int] = set()
    for token in _TOKEN.finditer(text):
        start, end = token.span()
        label, owner = "O", None
        for timex in timexes:
            if timex.start < end and start < timex.end:
                label, owner = ("I-TIMEX3" if id(timex) in seen else "B-TIMEX3"), timex
                seen.add(id(timex))
                break
        else:
            if any(e.start < end and start < e.end for e in events):
                label = "EVENT"
        out.append((start, label, owner))
    return out


def align(text: str, gold: list[Tag], gold_events: list[Tag], system: list[Tag]) -> list[tuple[Tag, Tag]]:
    """The (gold, system) pairs the TimeML-Normalizer gives the same id (see the module docstring)."""
    tracks = [_token_tags(text, gold, gold_events), _token_tags(text, system, [])]
    current = [0, 0]  # the id of the expression each annotation is inside (0: none)
    last = [0, 0]
    counter = 1
    ids: list[dict[int, Tag]] = [{}, {}]
    for position in range(len(tracks[0])):
        labels = [tracks[k][position][1] for k in (0, 1)]
        for k in (0, 1):
            if labels[k] in ("O", "B-TIMEX3"):
                current[k] = 0
        for k in (0, 1):
            if labels[k] != "B-TIMEX3":
                continue
            current[k] = counter
            other = 1 - k
            if current[other] != 0 and last[k] < current[other]:
                current[k] = current[other]
            last[k] = current[k]
            if current[k] == counter:
                counter += 1
            owner = tracks[k][position][2]
            assert owner is not None
            ids[k][current[k]] = owner
    return [(g, ids[1][key]) for key, g in ids[0].items() if key in ids[1]]


@dataclass
class Comparison:
    counts: Counts
    errors: list[tuple[str, str, str, str, str]]  # kind, gold text, gold value, system text, system value


def _timexes(text: TimeMLText) -> list[Tag]:
    return [t for t in text.tags if t.name == "TIMEX3" and t.attrs.get("tid") != "t0"]


def compare(gold_doc: str, system_doc: str) -> Comparison:
    """Timex counts of one system file against its gold file, as the official scorer counts them."""
    gold_found, system_found = TEXT_ELEMENT.search(gold_doc), TEXT_ELEMENT.search(system_doc)
    if gold_found is None or system_found is None:
        raise ValueError("no <TEXT> element")
    gold_text, system_text = read_text(gold_found.group(1)), read_text(system_found.group(1))
    if gold_text.plain != system_text.plain:
        raise ValueError("the system text differs from the gold text")
    plain = gold_text.plain
    gold, system = _timexes(gold_text), _timexes(system_text)
    events = [t for t in gold_text.tags if t.name == "EVENT"]
    pairs = align(plain, gold, events, system)
    counts = Counts(gold=len(gold), system=len(system), relaxed=len(pairs))
    errors: list[tuple[str, str, str, str, str]] = []
    paired_gold = {id(g) for g, _ in pairs}
    paired_system = {id(s) for _, s in pairs}
    for g, s in pairs:
        g_text, s_text = plain[g.start : g.end], plain[s.start : s.end]
        same_value = g.attrs.get("value", "") == s.attrs.get("value", "")
        counts.strict += g_text == s_text
        counts.value += same_value
        counts.type += g.attrs.get("type", "") == s.attrs.get("type", "")
        if g_text != s_text:
            errors.append(("extent", g_text, g.attrs.get("value", ""), s_text, s.attrs.get("value", "")))
        if not same_value:
            errors.append(("value", g_text, g.attrs.get("value", ""), s_text, s.attrs.get("value", "")))
    errors += [
        ("missed", plain[g.start : g.end], g.attrs.get("value", ""), "", "") for g in gold if id(g) not in paired_gold
    ]
    errors += [
        ("false", "", "", plain[s.start : s.end], s.attrs.get("value", ""))
        for s in system
        if id(s) not in paired_system
    ]
    return Comparison(counts, errors)


def own_counts(pairs: Iterable[tuple[Path, Path]], errors: Path | None = None) -> Counts:
    """Timex counts of the Python 3 scorer over (gold file, system file) pairs; ``errors``: write them as TSV."""
    total = Counts()
    rows: list[str] = []
    for gold_path, system_path in pairs:
        result = compare(gold_path.read_text(encoding="utf-8"), system_path.read_text(encoding="utf-8"))
        total.add(result.counts)
        for row in result.errors:
            cells = [c.replace("\t", " ").replace("\n", " ") for c in row]
            rows.append("\t".join([gold_path.name, *cells]))
    if errors is not None:
        errors.write_text("file\tkind\tgold\tgold_value\tsystem\tsystem_value\n" + "".join(r + "\n" for r in rows))
    return total

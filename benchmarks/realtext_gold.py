"""The gold of a realtext corpus (benchmarks/realtext.py): ``gold.yaml`` read into persons with their name
variants and documents, canonical relations, events with principals and intervals, amounts and the cases'
independent groups; names normalised as the figures compare them."""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

PRINCIPAL_CLASS = {"victim": "victim", "subject": "victim", "payer": "payer", "recipient": "recipient"}


def norm(name: str) -> str:
    text = unicodedata.normalize("NFC", name).casefold()
    text = text.replace("’", "'").replace("‘", "'").replace("“", "").replace("”", "").replace('"', "")
    return re.sub(r"[\s\-‐‑–.]+", "", text)


def variant_forms(form: str) -> list[str]:
    """``"A / B (note)"`` -> ``["A", "B"]``."""
    out = []
    for part in str(form).split(" / "):
        part = re.sub(r"\([^)]*\)", "", part).strip()
        if part:
            out.append(part)
    return out


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


@dataclass
class GoldPerson:
    key: str  # case/id
    case: str
    name: str | None
    gender: str | None
    docs: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # normalised name, valid anywhere in the case
    variants: dict[str, set[str]] = field(default_factory=dict)  # normalised form -> docs (empty: any)


@dataclass
class GoldEvent:
    key: str
    case: str
    type: str
    principals: dict[str, str]  # person key -> role class
    interval: tuple[date, date] | None
    docs: set[str]
    groups: int | None


@dataclass
class Gold:
    persons: dict[str, GoldPerson]
    relations: list[tuple[str, str, str]]  # canonical (type, a, b)
    events: list[GoldEvent]
    amounts: set[tuple[str, float, str]]
    equivalents: set[tuple[str, float, str]]
    stories: dict[str, tuple[set[str], int]]  # case -> (docs, independent groups)
    case_of_doc: dict[str, str]


def _bound(value: Any, upper: bool) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text)
    if not m:
        return None
    year = int(m.group(1))
    if m.group(3):
        return date(year, int(m.group(2)), int(m.group(3)))
    if m.group(2):
        month = int(m.group(2))
        return date(year, month, calendar.monthrange(year, month)[1] if upper else 1)
    return date(year, 12, 31) if upper else date(year, 1, 1)


def gold_interval(time_block: Any) -> tuple[date, date] | None:
    if not isinstance(time_block, dict):
        return None
    interval = time_block.get("interval")
    if not isinstance(interval, list) or len(interval) != 2:
        return None
    lo, hi = _bound(interval[0], False), _bound(interval[1], True)
    if lo is None and hi is None:
        return None
    return (lo or date.min, hi or date.max)


def canonical(rel_type: str, a: str, b: str) -> tuple[str, str, str] | None:
    t = rel_type.strip().lower()
    if t in ("parent_of", "adoptive_parent_of", "stepparent_of"):
        return ("parent_of", a, b)
    if t in ("child_of", "adoptive_child_of"):
        return ("parent_of", b, a)
    if t == "grandparent_of":
        return ("grandparent_of", a, b)
    if t == "grandchild_of":
        return ("grandparent_of", b, a)
    if t in ("spouse_of", "sibling_of", "relative_of", "aunt_of", "uncle_of", "niece_of", "nephew_of"):
        kind = "relative_of" if t not in ("spouse_of", "sibling_of") else t
        x, y = sorted((a, b))
        return (kind, x, y)
    return (t, a, b)


def load_gold(path: Path, doc_ids: set[str]) -> Gold:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    persons: dict[str, GoldPerson] = {}
    relations: list[tuple[str, str, str]] = []
    events: list[GoldEvent] = []
    amounts: set[tuple[str, float, str]] = set()
    equivalents: set[tuple[str, float, str]] = set()
    stories: dict[str, tuple[set[str], int]] = {}
    case_of_doc: dict[str, str] = {}
    for case in data.get("cases") or []:
        cid = str(case.get("case"))
        case_docs = {str(d) for d in _as_list(case.get("docs"))}
        for d in case_docs:
            case_of_doc[d] = cid
        if case.get("independent_group_count") is not None:
            stories[cid] = (case_docs, int(case["independent_group_count"]))
        for p in case.get("persons") or []:
            key = f"{cid}/{p['id']}"
            person = GoldPerson(
                key, cid, p.get("name"), p.get("gender") if p.get("gender") in ("female", "male") else None
            )
            person.docs |= {str(d) for d in _as_list(p.get("docs"))}
            if p.get("name"):
                person.names.add(norm(p["name"]))
            for v in _as_list(p.get("variants")):
                vdocs = {str(d) for d in _as_list(v.get("docs") or v.get("doc"))} if isinstance(v, dict) else set()
                form = v.get("form") if isinstance(v, dict) else v
                person.docs |= vdocs
                for f in variant_forms(form or ""):
                    person.variants.setdefault(norm(f), set()).update(vdocs)
            persons[key] = person
        for r in case.get("relations") or []:
            rel = canonical(str(r.get("type")), f"{cid}/{r.get('a')}", f"{cid}/{r.get('b')}")
            if rel:
                relations.append(rel)
        for e in case.get("events") or []:
            principals: dict[str, str] = {}
            parts = [p for p in _as_list(e.get("participants")) if isinstance(p, dict) and p.get("person")]
            for roles in (("victim", "subject"), ("payer",), ("recipient",)):
                for p in parts:
                    if p.get("role") in roles:
                        principals[f"{cid}/{p['person']}"] = PRINCIPAL_CLASS[p["role"]]
                if principals:
                    break
            groups = e.get("groups")
            events.append(
                GoldEvent(
                    key=f"{cid}/{e.get('id')}",
                    case=cid,
                    type=str(e.get("type")),
                    principals=principals,
                    interval=gold_interval(e.get("time")),
                    docs={str(d) for d in _as_list(e.get("docs"))},
                    groups=len(groups) if isinstance(groups, list) and groups else None,
                )
            )
            for a in _as_list(e.get("amount")):
                if not isinstance(a, dict):
                    continue
                if a.get("value") is not None and a.get("currency"):
                    amounts.add((cid, float(a["value"]), str(a["currency"]).upper()))
                for eq in (a.get("equivalent"),):
                    if isinstance(eq, dict) and eq.get("value") is not None and eq.get("currency"):
                        equivalents.add((cid, float(eq["value"]), str(eq["currency"]).upper()))
    for d in doc_ids - case_of_doc.keys():
        case_of_doc[d] = "?"
    return Gold(persons, relations, events, amounts, equivalents - amounts, stories, case_of_doc)

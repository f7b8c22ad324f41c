"""Real reporting: tumen end to end on a corpus folder of real articles, scored against its gold.

    python benchmarks/realtext.py --corpus ../shared/corpus/nk-dev2 [-v] [--explain] [--workers 1] [--export FILE]

DIR holds ``index.tsv`` (tab-separated: id, case, lang, outlet, date, title, url, file, and
optionally translated_from — the language a translated document was translated from; other
columns are ignored), ``gold.yaml`` (``cases``: persons with name variants and their documents,
relations, typed events with participants, roles, intervals, amounts and independent reporting
groups) and the documents under ``docs/``. The texts are read at run time and never copied.

Only tumen's public interfaces are used: ``Tumen.init`` on a store in a temporary directory,
``Tumen.ingest`` of each file with its metadata from the index (title, outlet, published,
language, url), ``Tumen.process``, and the export exactly as the CLI writes it (``python -m
tumen --db DB export --format json -o FILE``, schema ``tumen/v1``). ``--export FILE`` scores an
existing export instead (its document ids must follow the index order, as ingestion makes them).

Linking the export to the gold
------------------------------
Names are compared normalised: Unicode NFC, case folded, curly quotes straightened, spaces,
hyphens and dots removed (Hangul compares exactly). A gold variant such as ``"A / B (note)"`` gives
the forms A and B without the note. A *unit* is one exported person in one document (the
person's mentions there). It resolves to gold persons of that document's case, first rule that
gives any:

1. a mention quote equal to a gold variant listed for that document, or to a gold person's name;
2. the exported person's name or aliases equal to a gold name or variant of a gold person
   whose documents include this one;
3. a descriptive exported name such as ``"mother of X"`` (tumen's name for an unnamed relative):
   X resolved by these rules, then every gold person of the case whom the gold relations make
   that kin of X (gender must not disagree; an adoptive parent is a parent; niece, nephew, aunt
   and uncle are tumen's ``relative_of``) and whose documents include this one.

A unit may resolve to several gold persons (two unnamed brothers); every figure below accepts
any of them. An exported person resolves to the union of its units.

Figures (each printed with matched / missed / spurious; ``-v`` lists misses and spurious items)
---------------------------------------------------------------------------------------------
persons_f1
    Gold: the persons with a ``name``. Exported: persons whose name is not a description (a
    lower-case word followed by " of "). Recall: gold persons resolved by rule 1 or 2 from some
    exported person; precision: exported persons that resolve to any gold person (named or
    not — a first name the gold lists for an unnamed child is not spurious). A person split in
    several exported persons is not penalised here but in merges_f1.
merges_f1
    Pairwise F1 over (document, gold person) units across documents. Gold links: each pair of
    documents naming (gold ``docs`` or variant documents) the same gold person. Predicted links:
    each pair of units of one exported person in two different documents, both resolved; correct
    when their gold persons coincide. Recall: gold links whose two units sit in one exported
    person. Units that resolve to nothing are left out (persons_f1 counts them).
events_f1
    Gold events vs exported events, one to one (a maximum matching; a gold event told as three
    separate exported facts has one match and two spurious facts). A pair matches on **type +
    principal + time**: the exported type is in the gold type's row of ``TYPE_MAP``; a
    participant of the exported event resolves to a gold principal (the gold participants whose
    role is victim or subject; when there are none, payer then recipient) with a compatible role
    (victim = subject; a perpetrator is never a principal); the two time intervals overlap
    when both exist (an undated side constrains nothing); and the exported event's evidence
    shares a document with the gold event's ``docs`` (a fact from a document that, by the gold,
    does not tell the event is not that event). Among the maximum matchings, the one taken has
    the best total preference (scipy's ``linear_sum_assignment``): a pair whose exported time lies
    within the gold interval before one that only overlaps or is undated, then the most shared
    documents — so two gold events whose candidates tie are not paired the wrong way round by the
    order they were tried in. Every exported event is in the denominator of precision.
event_time_acc
    Of the matched events whose gold event has an interval (at least one bound), the share whose
    exported interval exists and **lies within** the gold interval (a gold year ``2006`` is
    2006-01-01..2006-12-31, a month the whole month, a missing bound is open).
amounts_f1
    Gold: the distinct (value, currency) of each case's event amounts (``amount`` items with a
    ``value``; the ``equivalent`` conversions are not gold items). Exported: the distinct (value,
    currency) of the events' amounts per case of their evidence documents. An exported amount
    equal to a gold equivalent is neither matched nor spurious.
relations_f1
    Gold relations (type, a, b) vs exported relations, with types made canonical: ``child_of``
    is ``parent_of`` reversed, ``grandchild_of`` is ``grandparent_of`` reversed,
    ``adoptive_parent_of`` is ``parent_of``, spouse and sibling are symmetric, and gold
    ``aunt_of``/``uncle_of`` equal tumen's ``relative_of`` in either direction. Matched when
    the exported subject and object resolve to the gold persons. Recall over gold relations;
    precision over exported relations (a relation repeated by split persons counts once per copy).
independence_acc
    Items: every matched gold event with ``groups`` (gold count = number of groups), and every
    case with ``independent_group_count``. The gold's groups are independent *reporting chains*
    (documents sharing one origin — a copy, wire copy, translation, rewrite — are one group; several
    groups may rest on one witness), so for an event tumen's ``reporting_chains`` of the matched
    exported event is compared (an export without it: ``independent_sources``); for a case, the
    connected components of the case's documents under the export's ``dependencies`` (a document
    and what it depends on are one chain). Share of items where tumen's number equals the gold
    count. Unmatched gold events are not scored (they are misses of events_f1).
independence_sources_acc (printed above the last line, not in it)
    The same items, an event scored by tumen's ``independent_sources`` instead: one witness quoted
    by several outlets is one source (the count behind tumen's verdicts). Where a gold event's
    chains rest on one witness this count is lower than the gold's by design; it is printed so the
    witness-based figure is not hidden behind the chain-based one.

A figure whose export fields are missing or malformed is 0.00 with a note, not a crash. F1 is
0.00 when both sides are empty. The LAST line is (one line; two decimals each)::

    realtext: persons_f1=.. merges_f1=.. events_f1=.. event_time_acc=.. amounts_f1=.. \
        relations_f1=.. independence_acc=..
"""

from __future__ import annotations

import argparse
import calendar
import csv
import json
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import yaml

FIGURES = (
    "persons_f1",
    "merges_f1",
    "events_f1",
    "event_time_acc",
    "amounts_f1",
    "relations_f1",
    "independence_acc",
)

# Gold event type -> tumen event types (src/tumen/data/events.yaml) that express it. tumen files
# escapes under border_crossing (its verbs flee/escape), torture and beatings under torture or
# ill_treatment, and a person sold under trafficking (an abduction before round 26).
TYPE_MAP: dict[str, set[str]] = {
    "border_crossing": {"border_crossing"},
    "escape": {"border_crossing", "escape"},
    "arrest": {"arrest"},
    "forced_repatriation": {"forced_repatriation"},
    "detention": {"detention"},
    "torture_beating": {"torture", "ill_treatment", "torture_beating"},
    "sentencing": {"sentencing"},
    "execution": {"execution"},
    "killing": {"killing"},
    "death": {"death"},
    "disappearance": {"disappearance"},
    "release": {"release"},
    "family_separation": {"family_separation"},
    "payment": {"payment"},
    "resettlement": {"resettlement"},
    "sold_trafficked": {"sold_trafficked", "trafficking", "abduction"},
}
PRINCIPAL_CLASS = {"victim": "victim", "subject": "victim", "payer": "payer", "recipient": "recipient"}

# Kin word of a descriptive name -> (relation as seen from the described person, gender or None).
# Relations: parent (the described is a parent of X), child, spouse, sibling, grandparent,
# grandchild, relative.
KIN: dict[str, tuple[str, str | None]] = {
    "mother": ("parent", "female"),
    "father": ("parent", "male"),
    "parent": ("parent", None),
    "parents": ("parent", None),
    "daughter": ("child", "female"),
    "son": ("child", "male"),
    "child": ("child", None),
    "children": ("child", None),
    "wife": ("spouse", "female"),
    "husband": ("spouse", "male"),
    "spouse": ("spouse", None),
    "sister": ("sibling", "female"),
    "brother": ("sibling", "male"),
    "sibling": ("sibling", None),
    "grandmother": ("grandparent", "female"),
    "grandfather": ("grandparent", "male"),
    "grandparent": ("grandparent", None),
    "granddaughter": ("grandchild", "female"),
    "grandson": ("grandchild", "male"),
    "grandchild": ("grandchild", None),
    "niece": ("relative", "female"),
    "nephew": ("relative", "male"),
    "aunt": ("relative", "female"),
    "uncle": ("relative", "male"),
    "cousin": ("relative", None),
    "relative": ("relative", None),
}
DESCRIPTION = re.compile(r"^([a-z][\w-]*(?: [a-z][\w-]*)*?) of (.+)$")


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


# ------------------------------------------------------------------------------------- gold


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


# ------------------------------------------------------------------------------ resolution


class Resolver:
    """Exported persons (per document) to gold persons, by the rules of the module docstring."""

    def __init__(self, gold: Gold, export: dict[str, Any], doc_name: dict[int, str]) -> None:
        self.gold = gold
        self.doc_name = doc_name
        self.persons = {p["id"]: p for p in export.get("persons") or [] if isinstance(p, dict) and "id" in p}
        self.by_case: dict[str, list[GoldPerson]] = defaultdict(list)
        for g in gold.persons.values():
            self.by_case[g.case].append(g)
        self.kin_of: dict[tuple[str, str], set[tuple[str, str | None]]] = defaultdict(set)  # (x, y): x is kin of y
        for t, a, b in gold.relations:
            if t == "parent_of":
                self.kin_of[(a, b)].add(("parent", None))
                self.kin_of[(b, a)].add(("child", None))
            elif t == "grandparent_of":
                self.kin_of[(a, b)].add(("grandparent", None))
                self.kin_of[(b, a)].add(("grandchild", None))
            else:
                kind = {"spouse_of": "spouse", "sibling_of": "sibling"}.get(t, "relative")
                self.kin_of[(a, b)].add((kind, None))
                self.kin_of[(b, a)].add((kind, None))
        self._units: dict[str, dict[str, set[str]]] = {}

    def _by_names(self, names: Iterable[str], doc: str, quote_rule: bool) -> set[str]:
        case = self.gold.case_of_doc.get(doc, "?")
        wanted = {norm(n) for n in names if n}
        found = set()
        for g in self.by_case.get(case, []):
            if wanted & g.names and (quote_rule or not g.docs or doc in g.docs):
                found.add(g.key)
                continue
            for form in wanted & g.variants.keys():
                vdocs = g.variants[form]
                if (quote_rule and (not vdocs or doc in vdocs)) or (not quote_rule and (not g.docs or doc in g.docs)):
                    found.add(g.key)
        return found

    def _describe(self, name: str, doc: str, depth: int = 0) -> set[str]:
        m = DESCRIPTION.match(name.strip())
        if not m or depth > 4:
            return set()
        kin = KIN.get(m.group(1).split()[-1])
        if kin is None:
            return set()
        anchors = self._by_names([m.group(2)], doc, False) | self._describe(m.group(2), doc, depth + 1)
        relation, gender = kin
        case = self.gold.case_of_doc.get(doc, "?")
        found = set()
        for g in self.by_case.get(case, []):
            if gender and g.gender and g.gender != gender:
                continue
            if g.docs and doc not in g.docs:
                continue
            if any((relation, None) in self.kin_of.get((g.key, a), set()) for a in anchors):
                found.add(g.key)
        return found

    def units(self, pid: str) -> dict[str, set[str]]:
        """Document name -> gold person keys, for one exported person."""
        if pid in self._units:
            return self._units[pid]
        person = self.persons.get(pid)
        result: dict[str, set[str]] = {}
        if person is not None:
            quotes: dict[str, set[str]] = defaultdict(set)
            for m in person.get("mentions") or []:
                doc = self.doc_name.get(m.get("document"))
                if doc is not None:
                    quotes[doc].add(str(m.get("quote") or ""))
            names = [str(person.get("name") or "")] + [str(a) for a in person.get("aliases") or []]
            for doc, qs in quotes.items():
                found = self._by_names(qs, doc, True)
                if not found and not is_description(names[0]):
                    found = self._by_names(names, doc, False)
                if not found:
                    found = self._describe(names[0], doc)
                result[doc] = found
        self._units[pid] = result
        return result

    def resolve(self, pid: str) -> set[str]:
        return set().union(*self.units(pid).values()) if self.units(pid) else set()


def is_description(name: str) -> bool:
    return bool(DESCRIPTION.match(name.strip()))


# --------------------------------------------------------------------------------- scoring


@dataclass
class Score:
    name: str
    value: float = 0.0
    lines: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)


def f1(tp_recall: int, n_gold: int, tp_precision: int, n_pred: int) -> float:
    p = tp_precision / n_pred if n_pred else 0.0
    r = tp_recall / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _prf_line(label: str, matched: int, n_gold: int, correct: int, n_pred: int) -> str:
    return (
        f"  {label}: gold {n_gold}, matched {matched}, missed {n_gold - matched}; "
        f"exported {n_pred}, correct {correct}, spurious {n_pred - correct}"
    )


def score_persons(gold: Gold, export: dict[str, Any], res: Resolver) -> Score:
    s = Score("persons_f1")
    named_gold = {k for k, g in gold.persons.items() if g.name}
    exported = [p for p in export["persons"] if not is_description(str(p["name"]))]
    found: set[str] = set()
    correct = 0
    for p in exported:
        by_name = set()
        for doc, keys in res.units(p["id"]).items():
            names = [str(p["name"])] + [str(a) for a in p.get("aliases") or []]
            by_name |= keys & (res._by_names(names, doc, False) | res._by_names(quotes_of(p, doc, res), doc, True))
        keys = res.resolve(p["id"])
        found |= by_name & named_gold
        if keys:
            correct += 1
        else:
            s.details.append(f"    spurious person: {p['name']} ({p['id']})")
    s.details += [f"    missed person: {gold.persons[k].name} ({k})" for k in sorted(named_gold - found)]
    s.value = f1(len(found), len(named_gold), correct, len(exported))
    s.lines.append(_prf_line("named persons", len(found), len(named_gold), correct, len(exported)))
    return s


def quotes_of(person: dict[str, Any], doc: str, res: Resolver) -> list[str]:
    return [
        str(m.get("quote") or "") for m in person.get("mentions") or [] if res.doc_name.get(m.get("document")) == doc
    ]


def score_merges(gold: Gold, export: dict[str, Any], res: Resolver) -> Score:
    s = Score("merges_f1")
    gold_links: set[tuple[str, str, str]] = set()
    for g in gold.persons.values():
        docs = sorted(d for d in g.docs if gold.case_of_doc.get(d) == g.case)
        gold_links |= {(g.key, a, b) for i, a in enumerate(docs) for b in docs[i + 1 :]}
    predicted = correct = 0
    linked: set[tuple[str, str, str]] = set()
    for p in export["persons"]:
        units = sorted((d, keys) for d, keys in res.units(p["id"]).items() if keys)
        for i, (da, ka) in enumerate(units):
            for db, kb in units[i + 1 :]:
                predicted += 1
                same = ka & kb
                if same:
                    correct += 1
                    lo, hi = sorted((da, db))
                    linked |= {(k, lo, hi) for k in same}
                else:
                    s.details.append(f"    wrong link: {p['name']} ({p['id']}) {da}={sorted(ka)} ~ {db}={sorted(kb)}")
    matched = len(gold_links & linked)
    for k, a, b in sorted(gold_links - linked):
        s.details.append(f"    missed link: {k} {a} ~ {b}")
    s.value = f1(matched, len(gold_links), correct, predicted)
    s.lines.append(_prf_line("cross-document links", matched, len(gold_links), correct, predicted))
    return s


def explain_merges(gold: Gold, export: dict[str, Any], res: Resolver) -> list[str]:
    """Where each gold person told by several documents landed (``--explain``; changes no figure).

    Per gold person, per document: the exported persons whose unit there resolves to it, with their
    record keys (``DOC:pN``, tumen's ids; ``tumen review`` and the resolver speak of these). A
    document with no exported person is a miss of extraction (no record to merge); a gold person
    spread over several exported persons is a miss of resolution; an exported person holding two
    gold persons is a wrong merge. Last, per document, the exported persons that resolve to nobody."""
    number = {name: doc_id for doc_id, name in res.doc_name.items()}
    holders: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for person in export.get("persons") or []:
        for doc, keys in res.units(person["id"]).items():
            for key in keys:
                holders[(key, doc)].append(person)

    def shown(person: dict[str, Any], doc: str) -> str:
        local = [r for r in person.get("records") or [] if str(r).split(":")[0] == str(number.get(doc))]
        return f"{person['id']} {person.get('name')!r} {local}"

    lines: list[str] = []
    for g in sorted(gold.persons.values(), key=lambda g: g.key):
        docs = sorted(d for d in g.docs if gold.case_of_doc.get(d) == g.case)
        if len(docs) < 2:
            continue
        exported = {p["id"] for d in docs for p in holders.get((g.key, d), [])}
        missing = [d for d in docs if not holders.get((g.key, d))]
        verdict = "one person" if len(exported) == 1 and not missing else f"{len(exported)} exported person(s)"
        if missing:
            verdict += f", no record in {len(missing)} of {len(docs)} documents (extraction)"
        lines.append(f"    {g.key} ({g.name or 'unnamed'}): {verdict}")
        for d in docs:
            found = holders.get((g.key, d), [])
            lines.append(f"      {d} [{number.get(d)}]: " + ("; ".join(shown(p, d) for p in found) or "-"))
    for person in export.get("persons") or []:
        for doc, keys in sorted(res.units(person["id"]).items()):
            if not keys:
                quotes = sorted(set(quotes_of(person, doc, res)))[:4]
                lines.append(f"    resolves to nobody: {doc} [{number.get(doc)}] {shown(person, doc)} {quotes}")
    return lines


def _event_interval(event: dict[str, Any]) -> tuple[date, date] | None:
    t = event.get("time")
    if not isinstance(t, dict):
        return None
    try:
        return (date.fromisoformat(t["earliest"]), date.fromisoformat(t["latest"]))
    except (KeyError, TypeError, ValueError):
        return None


PAIR = 10**6  # a pair's weight: above any sum of preferences (each < 300), so the matching is a maximum one


def _match(preferences: dict[int, dict[int, int]], n_right: int) -> dict[int, int]:
    """Maximum bipartite matching (left -> right) with the greatest total preference (each below PAIR)."""
    from scipy.optimize import linear_sum_assignment

    if not preferences or n_right == 0:
        return {}
    lefts = sorted(preferences)
    weights = np.zeros((len(lefts), n_right))
    for row, left in enumerate(lefts):
        for right, preference in preferences[left].items():
            weights[row, right] = PAIR + preference
    rows, columns = linear_sum_assignment(weights, maximize=True)
    return {lefts[r]: int(c) for r, c in zip(rows, columns, strict=True) if weights[r, c] > 0}


@dataclass
class EventMatch:
    pairs: dict[int, int]  # gold index -> export index
    events: list[dict[str, Any]]


def match_events(gold: Gold, export: dict[str, Any], res: Resolver) -> EventMatch:
    events = [e for e in export["events"] if isinstance(e, dict)]
    resolved = []
    for e in events:
        parts = []
        for p in e.get("participants") or []:
            role = PRINCIPAL_CLASS.get(str(p.get("role")))
            if role and p.get("entity") in res.persons:
                parts.append((role, res.resolve(p["entity"])))
        docs = {res.doc_name.get(x.get("document")) for x in e.get("evidence") or []}
        resolved.append((str(e.get("type")), parts, _event_interval(e), docs))
    candidates: dict[int, dict[int, int]] = {}
    for gi, g in enumerate(gold.events):
        types = TYPE_MAP.get(g.type, {g.type})
        scored: dict[int, int] = {}
        for ei, (etype, parts, interval, docs) in enumerate(resolved):
            if etype not in types or not docs & g.docs:
                continue
            if not any(cls == g.principals.get(k) for cls, keys in parts for k in keys):
                continue
            quality = 0
            if interval and g.interval:
                if interval[1] < g.interval[0] or interval[0] > g.interval[1]:
                    continue
                quality = 2 if g.interval[0] <= interval[0] and interval[1] <= g.interval[1] else 1
            scored[ei] = 100 * quality + min(len(docs & g.docs), 99)
        candidates[gi] = scored
    return EventMatch(_match(candidates, len(events)), events)


def score_events(gold: Gold, match: EventMatch) -> Score:
    s = Score("events_f1")
    n = len(match.pairs)
    s.value = f1(n, len(gold.events), n, len(match.events))
    s.lines.append(_prf_line("events (one to one)", n, len(gold.events), n, len(match.events)))
    for gi, g in enumerate(gold.events):
        if gi in match.pairs:
            e = match.events[match.pairs[gi]]
            s.details.append(f"    matched event: {g.key} {g.type} = {e.get('id')} {e.get('type')}")
        else:
            s.details.append(f"    missed event: {g.key} {g.type}")
    used = set(match.pairs.values())
    for ei, e in enumerate(match.events):
        if ei not in used:
            docs = sorted({x.get("document") for x in e.get("evidence") or []})
            s.details.append(f"    spurious event: {e.get('id')} {e.get('type')} documents {docs}")
    return s


def score_event_time(gold: Gold, match: EventMatch) -> Score:
    s = Score("event_time_acc")
    total = right = 0
    for gi, ei in sorted(match.pairs.items()):
        g = gold.events[gi]
        if g.interval is None:
            continue
        total += 1
        interval = _event_interval(match.events[ei])
        if interval and g.interval[0] <= interval[0] and interval[1] <= g.interval[1]:
            right += 1
        else:
            got = f"{interval[0]}..{interval[1]}" if interval else "undated"
            s.details.append(f"    time off: {g.key} gold {g.interval[0]}..{g.interval[1]}, exported {got}")
    s.value = right / total if total else 0.0
    s.lines.append(f"  matched events with a gold interval {total}, exported time within it {right}")
    return s


def score_amounts(gold: Gold, export: dict[str, Any], res: Resolver) -> Score:
    s = Score("amounts_f1")
    exported: set[tuple[str, float, str]] = set()
    for e in export["events"]:
        a = e.get("amount")
        if not isinstance(a, dict) or a.get("value") is None:
            continue
        for x in e.get("evidence") or []:
            case = res.gold.case_of_doc.get(res.doc_name.get(x.get("document"), "?"), "?")
            exported.add((case, float(a["value"]), str(a.get("currency") or "").upper()))
    neutral = exported & gold.equivalents
    scored = exported - neutral
    matched = len(gold.amounts & scored)
    s.value = f1(matched, len(gold.amounts), matched, len(scored))
    s.lines.append(_prf_line("amounts", matched, len(gold.amounts), matched, len(scored)))
    if neutral:
        s.lines.append(f"  exported amounts equal to a gold equivalent (not scored): {len(neutral)}")
    s.details += [f"    missed amount: {c} {v:g} {cur}" for c, v, cur in sorted(gold.amounts - scored)]
    s.details += [f"    spurious amount: {c} {v:g} {cur}" for c, v, cur in sorted(scored - gold.amounts)]
    return s


def score_relations(gold: Gold, export: dict[str, Any], res: Resolver) -> Score:
    s = Score("relations_f1")
    gold_set = set(gold.relations)
    found: set[tuple[str, str, str]] = set()
    correct = 0
    relations = [r for r in export["relations"] if isinstance(r, dict)]
    for r in relations:
        subjects, objects = res.resolve(str(r.get("subject"))), res.resolve(str(r.get("object")))
        hits = set()
        for a in subjects:
            for b in objects:
                rel = canonical(str(r.get("type")), a, b)
                if rel in gold_set:
                    hits.add(rel)
        found |= hits
        if hits:
            correct += 1
        else:
            s.details.append(f"    spurious relation: {r.get('type')} {r.get('subject')} {r.get('object')}")
    s.details += [f"    missed relation: {t} {a} {b}" for t, a, b in sorted(gold_set - found)]
    s.value = f1(len(found), len(gold_set), correct, len(relations))
    s.lines.append(_prf_line("relations", len(found), len(gold_set), correct, len(relations)))
    return s


def score_independence(
    gold: Gold, export: dict[str, Any], match: EventMatch, res: Resolver, by_witness: bool = False
) -> Score:
    """The gold's groups against tumen's reporting chains, or (``by_witness``) its independent sources."""
    s = Score("independence_sources_acc" if by_witness else "independence_acc")
    right = total = 0
    for gi, ei in sorted(match.pairs.items()):
        g = gold.events[gi]
        if g.groups is None:
            continue
        total += 1
        event = match.events[ei]
        got = event.get("independent_sources")
        if not by_witness and event.get("reporting_chains") is not None:
            got = event.get("reporting_chains")
        if got == g.groups:
            right += 1
        else:
            counted = "independent sources" if by_witness else "reporting chains"
            s.details.append(f"    event {g.key}: gold {g.groups} independent groups, tumen {got} {counted}")
    events_scored = total
    id_of = {name: i for i, name in res.doc_name.items()}
    deps = [d for d in export.get("dependencies") or [] if isinstance(d, dict)]
    for case, (docs, count) in sorted(gold.stories.items()):
        parent = {d: d for d in docs if d in id_of}
        if not parent:
            continue

        def find(x: str, parent: dict[str, str] = parent) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for d in deps:
            a, b = res.doc_name.get(d.get("document", -1)), res.doc_name.get(d.get("depends_on", -1))
            if a is not None and b is not None and a in parent and b in parent:
                parent[find(a)] = find(b)
        got = len({find(x) for x in parent})
        total += 1
        if got == count:
            right += 1
        else:
            s.details.append(f"    case {case}: gold {count} independent groups, tumen {got}")
    s.value = right / total if total else 0.0
    s.lines.append(
        f"  items {total} (matched events with groups {events_scored}, cases {total - events_scored}), equal {right}"
    )
    return s


def guarded(name: str, compute: Callable[[], Score]) -> Score:
    try:
        return compute()
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return Score(name, 0.0, [f"  export unusable for this figure: {type(exc).__name__}: {exc}"])


def score(gold: Gold, export: dict[str, Any], doc_name: dict[int, str]) -> list[Score]:
    res = Resolver(gold, export, doc_name)
    scores = [
        guarded("persons_f1", lambda: score_persons(gold, export, res)),
        guarded("merges_f1", lambda: score_merges(gold, export, res)),
    ]
    try:
        match: EventMatch | None = match_events(gold, export, res)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        match, note = None, f"  export unusable for events: {type(exc).__name__}: {exc}"
    if match is not None:
        found = match
        scores.append(guarded("events_f1", lambda: score_events(gold, found)))
        scores.append(guarded("event_time_acc", lambda: score_event_time(gold, found)))
    else:
        scores += [Score("events_f1", 0.0, [note]), Score("event_time_acc", 0.0, [note])]
    scores.append(guarded("amounts_f1", lambda: score_amounts(gold, export, res)))
    scores.append(guarded("relations_f1", lambda: score_relations(gold, export, res)))
    if match is not None:
        found = match
        scores.append(guarded("independence_acc", lambda: score_independence(gold, export, found, res)))
        witness = guarded("independence_sources_acc", lambda: score_independence(gold, export, found, res, True))
    else:
        scores.append(Score("independence_acc", 0.0, [note]))
        witness = Score("independence_sources_acc", 0.0, [note])
    scores.append(witness)  # printed after the chain-based figure, outside the last line
    return scores


# ------------------------------------------------------------------------------------- run


def read_index(corpus: Path) -> list[dict[str, str]]:
    with (corpus / "index.tsv").open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t") if row.get("id")]


def build_export(
    corpus: Path, rows: list[dict[str, str]], workers: int, log: Callable[[str], None]
) -> tuple[dict[str, Any], dict[int, str]]:
    from tumen import Tumen

    with tempfile.TemporaryDirectory(prefix="tumen-realtext-") as tmp:
        db = Path(tmp) / "realtext.db"
        doc_name: dict[int, str] = {}
        started = time.perf_counter()
        with Tumen.init(str(db)) as tumen:
            for row in rows:
                meta = {
                    "title": row.get("title") or None,
                    "outlet": row.get("outlet") or None,
                    "published": row.get("date") or None,
                    "language": row.get("lang") or row.get("language") or None,
                    "url": row.get("url") or None,
                    # a corpus may mark translations (column translated_from: the original's language)
                    "translated_from": row.get("translated_from") or None,
                }
                report = tumen.ingest([str(corpus / row["file"])], meta=meta)
                for result in report.results:
                    if result.document_id is not None:
                        doc_name[result.document_id] = row["id"]
                    else:
                        log(f"not ingested: {row['id']}: {result.status} {result.reason or ''}")
            ingested = time.perf_counter()
            tumen.process(workers=workers)
        processed = time.perf_counter()
        out = Path(tmp) / "export.json"
        run = subprocess.run(
            [sys.executable, "-m", "tumen", "--db", str(db), "export", "--format", "json", "-o", str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode != 0:
            raise SystemExit(f"tumen export failed: {run.stderr.strip()[-2000:]}")
        export = json.loads(out.read_text(encoding="utf-8"))
        log(
            f"ingest {ingested - started:.1f} s, process {processed - ingested:.1f} s, "
            f"export {time.perf_counter() - processed:.1f} s"
        )
    return export, doc_name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, required=True, help="folder with index.tsv, gold.yaml and docs/")
    parser.add_argument("--workers", type=int, default=1, help="processes for tumen process (default 1)")
    parser.add_argument("--export", type=Path, help="score this tumen/v1 export instead of building one")
    parser.add_argument("--save-export", type=Path, help="also write the export here")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and spurious items")
    parser.add_argument(
        "--explain", action="store_true", help="show where each gold person's documents landed (merges)"
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    rows = read_index(args.corpus)
    if not rows:
        print(f"no documents in {args.corpus / 'index.tsv'}", file=sys.stderr)
        return 2
    gold = load_gold(args.corpus / "gold.yaml", {r["id"] for r in rows})
    if args.export:
        export = json.loads(args.export.read_text(encoding="utf-8"))
        doc_name = {i + 1: row["id"] for i, row in enumerate(rows)}
    else:
        export, doc_name = build_export(args.corpus, rows, args.workers, print)
    if args.save_export:
        args.save_export.write_text(json.dumps(export, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if not isinstance(export, dict):
        export = {}
    print(
        f"{len(rows)} documents, {len(gold.persons)} gold persons, {len(gold.events)} gold events; exported "
        f"{len(export.get('persons') or [])} persons, {len(export.get('events') or [])} events, "
        f"{len(export.get('relations') or [])} relations"
    )
    scores = score(gold, export, doc_name)
    for s in scores:
        print(f"{s.name} {s.value:.2f}")
        for line in s.lines:
            print(line)
        if args.verbose:
            for line in s.details:
                print(line)
    if args.explain:
        print("merges explained: gold person -> exported persons per document")
        for line in explain_merges(gold, export, Resolver(gold, export, doc_name)):
            print(line)
    print(f"total {time.perf_counter() - started:.1f} s")
    values = {s.name: s.value for s in scores}
    print("realtext: " + " ".join(f"{name}={values.get(name, 0.0):.2f}" for name in FIGURES))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Linking an export to the gold (benchmarks/realtext.py): exported persons resolved per document to gold
persons by the three rules of realtext.py's docstring, and exported events matched one to one to gold events
(type + principal + time, the best total preference among the maximum matchings)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from realtext_gold import PRINCIPAL_CLASS, Gold, GoldPerson, norm

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
    """A name that only describes: "son of Kim Ok-sun", or lower-case words alone ("soldier", "second source")."""
    name = name.strip()
    return bool(DESCRIPTION.match(name)) or name.islower()


def quotes_of(person: dict[str, Any], doc: str, res: Resolver) -> list[str]:
    return [
        str(m.get("quote") or "") for m in person.get("mentions") or [] if res.doc_name.get(m.get("document")) == doc
    ]


def event_interval(event: dict[str, Any]) -> tuple[date, date] | None:
    t = event.get("time")
    if not isinstance(t, dict):
        return None
    try:
        return (date.fromisoformat(t["earliest"]), date.fromisoformat(t["latest"]))
    except (KeyError, TypeError, ValueError):
        return None


PAIR = 10**6  # a pair's weight: above any sum of preferences (each < 300), so the matching is a maximum one


def best_matching(preferences: dict[int, dict[int, int]], n_right: int) -> dict[int, int]:
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
        resolved.append((str(e.get("type")), parts, event_interval(e), docs))
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
    return EventMatch(best_matching(candidates, len(events)), events)

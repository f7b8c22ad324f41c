"""The figures of benchmarks/realtext.py (how each is computed: realtext.py's docstring), each with its
matched / missed / spurious lines and, for ``-v``, the items missed and spurious; ``--explain`'s merges."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from realtext_gold import Gold, canonical
from realtext_matching import EventMatch, Resolver, event_interval, is_description, match_events, quotes_of


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
        interval = event_interval(match.events[ei])
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

"""Regrouping the facts a change touches, and only those (step 4 of :mod:`tumen.pipeline.update`).

The **fact region** is what is regrouped from scratch: the statements of the changed documents and of the
re-resolved records, closed under their facts and under what decides their grouping — the same group at
overlapping times, the same organisation, the same distinctive tally, statements told of no one at the same
place and time, an anonymous person's other statements — plus the statements without a principal near a
named statement of the region (same type and place, overlapping time), whose choice of fact may change.

A statement without a principal joins the one named fact it can only be, judged on that fact's own
statements (:mod:`tumen.corroborate.grouping`). The named facts it may join outside the region are
**context**: read, never regrouped, and rewritten only when a statement joins or leaves them. Nothing
propagates further, so the work stays proportional to the change, not to the base.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tumen.cases import codec
from tumen.corroborate.dating import date_by_age
from tumen.corroborate.facts import PRINCIPAL_ROLES, Fact, Support
from tumen.corroborate.grouping import attachable, candidate, regroup, support_order, tally, when_told
from tumen.corroborate.supports import is_record, resolved
from tumen.corroborate.verdicts import judge
from tumen.pipeline.ids import assign
from tumen.resolve.persons import Person
from tumen.store.casebase import CaseTables

Rows = dict[str, tuple[str | None, dict[str, Any]]]
Probe = tuple[str, str, Any, Any]  # (type, place, lo, hi)


@dataclass
class FactRegion:
    rows: Rows = field(default_factory=dict)  # statement id -> (fact id, data): regrouped
    context: dict[str, Rows] = field(default_factory=dict)  # named fact id -> its statements: read, maybe amended


def principal(data: dict[str, Any]) -> str | None:
    for role in PRINCIPAL_ROLES:
        for entity, r in data["participants"]:
            if r == role:
                return str(entity)
    return None


def named_probes(rows: Iterable[dict[str, Any]]) -> set[Probe]:
    """Where statements without a principal could join these statements' facts: (type, place, window) of each
    dated statement at a place told of someone (a statement of an anonymous person included: more is safe)."""
    probes = set()
    for data in rows:
        p = principal(data)
        if p is None or p.startswith("G") or not (data["time"] and data["place"]):
            continue
        window = when_told(codec.to_support(data))
        if window is not None:
            probes.add((data["type"], data["place"], window.earliest, window.latest))
    return probes


def fact_region(
    tables: CaseTables,
    wanted: set[str],
    anonymous: set[str],
    probes: set[Probe] = frozenset(),  # type: ignore[assignment]
) -> FactRegion:
    """The statements to regroup, starting from ``wanted``, and the named facts around them (see module doc);
    ``probes`` are places and times of named statements that are gone (their documents changed)."""
    region = FactRegion()
    rows = region.rows
    expanded: set[str] = set()  # facts whose every statement is in the region
    checked: set[str] = set()  # facts of statements without a principal, looked at once
    frontier = set(wanted)
    while frontier:
        found = tables.statement_rows(frontier)
        for statement_id, fact_id, data in found:
            rows[statement_id] = (fact_id, data)
        datas = [data for _s, _f, data in found]
        more: set[str] = set()
        whole = {f for _s, f, d in found if f and not attachable(principal(d), anonymous)} - expanded
        maybe = {f for _s, f, d in found if f and attachable(principal(d), anonymous)} - expanded - checked
        checked |= maybe
        for fact_id, members in _members(tables, maybe).items():
            if any(candidate(principal(d), anonymous) for _f, d in members.values()):
                region.context[fact_id] = members  # a named fact it had joined: read, not regrouped
            else:
                whole.add(fact_id)
        expanded |= whole
        more |= tables.statements_of_facts(whole)
        more |= _deciders(tables, datas, anonymous)
        probes = set(probes) | named_probes(d for d in datas if candidate(principal(d), anonymous))
        more |= tables.attachable_statements_at(probes, anonymous)
        probes = set()
        frontier = more - set(rows)
    for fact_id in expanded:
        region.context.pop(fact_id, None)
    _candidates(tables, region, anonymous)
    return region


def _members(tables: CaseTables, fact_ids: set[str]) -> dict[str, Rows]:
    members: dict[str, Rows] = {f: {} for f in fact_ids}
    for statement_id, fact_id, data in tables.statement_rows(tables.statements_of_facts(fact_ids)):
        if fact_id in members:
            members[fact_id][statement_id] = (fact_id, data)
    return members


def _deciders(tables: CaseTables, datas: list[dict[str, Any]], anonymous: set[str]) -> set[str]:
    """Statements that decide how these are grouped among themselves: the same group at overlapping times,
    the same organisation, the same distinctive tally, no one at the same place and time, the same anonymous
    person."""
    told = [(d, when_told(codec.to_support(d))) for d in datas]
    more = tables.statements_of_principals(
        {(d["type"], p, w.earliest, w.latest) for d, w in told if w and (p := principal(d)) and p[:1] == "G"}
    )
    more |= tables.statements_of_principals(  # an organisation's statements need no window
        {(d["type"], p, None, None) for d, _w in told if (p := principal(d)) and p[:1] == "O"}
    )
    more |= tables.collective_tallies(
        {(d["type"], c) for d, _w in told if (c := tally(codec.to_support(d))) and _collective(principal(d))}
    )
    more |= tables.unattributed_statements_at(
        {(d["type"], d["place"], w.earliest, w.latest) for d, w in told if w and d["time"] and d["place"]}
    )
    anonymous_principals = {p for d in datas if (p := principal(d)) and p in anonymous}
    if anonymous_principals:
        persons = set(tables.person_of(anonymous_principals).values())
        more |= tables.statements_naming(tables.members(persons) | anonymous_principals)
    return more


def _collective(p: str | None) -> bool:
    return p is None or p.startswith("G")


def _candidates(tables: CaseTables, region: FactRegion, anonymous: set[str]) -> None:
    """The named facts outside the region that the region's statements without a principal may join."""
    probes = set()
    for _f, data in region.rows.values():
        if attachable(principal(data), anonymous) and data["time"] and data["place"]:
            window = when_told(codec.to_support(data))
            if window is not None:
                probes.add((data["type"], data["place"], window.earliest, window.latest))
    near = tables.statements_at(probes) - set(region.rows)
    facts = {f for _s, f, p in tables.statement_facts(near) if f and candidate(p, anonymous)}
    facts -= set(region.context)
    region.context.update(_members(tables, facts))


def refact(
    tables: CaseTables,
    wanted: set[str],
    old_facts: set[str],
    probes: set[Probe],
    persons: dict[str, Person],
    person_of_record: dict[str, str],
    anonymous: set[str],
) -> tuple[list[Fact], set[str]]:
    """Regroup the region of ``wanted``, store its facts and the amended context facts; the facts written and
    the ids of facts removed (``old_facts``, the facts of statements that are gone, among them)."""
    region = fact_region(tables, wanted, anonymous, probes)
    rows, context = region.rows, region.context
    every = {sid: data for sid, (_f, data) in rows.items()}
    for members in context.values():
        every.update({sid: data for sid, (_f, data) in members.items() if sid not in rows})
    records = {e for data in every.values() for e, _r in data["participants"] if is_record(e)}
    records |= {w for data in every.values() if (w := data["witness"]) and is_record(w)}
    mapping = tables.person_of(records - set(person_of_record))
    mapping.update({k: v for k, v in person_of_record.items() if k in records})
    others = tables.person_rows(set(mapping.values()) - set(persons))
    known = {pid: codec.to_person(data) for pid, data in others.items()} | persons
    names = {pid: p.name for pid, p in known.items()}
    # Each statement becomes its support and its stored data goes at once: the update holds one or the other,
    # not both (what an update holds grows with its region; see docs/performance.md).
    _forget_data(region)
    supports = {}
    for sid in sorted(every, key=statement_order):
        supports[sid] = resolved(codec.to_support(every.pop(sid)), mapping, names)
    nobody = frozenset(pid for pid, p in known.items() if p.anonymous)
    context_ids = sorted(context)
    own = [
        [supports[sid] for sid, (_f, data) in sorted(context[c].items(), key=lambda i: statement_order(i[0]))]
        for c in context_ids
    ]
    own = [[s for s in bucket if not s.earlier and candidate(_resolved_principal(s), nobody)] for bucket in own]
    core = [supports[sid] for sid in sorted(rows, key=statement_order)]
    grouped = regroup(core, nobody, own)
    statement_of = {id(s): sid for sid, s in supports.items()}
    dependencies = _by_document(tables.dependencies_among({s.document for s in supports.values()}))
    facts = [judge(f, _of_fact(f, dependencies)) for f in grouped.facts]
    amended, assignment = _amend(context, context_ids, grouped.attached, supports, rows, nobody)
    facts += [judge(f, _of_fact(f, dependencies)) for f in amended]
    clusters = [sorted((statement_of[id(s)] for s in f.supports), key=statement_order) for f in facts]
    # Ids as a run from scratch gives them: the amended context facts' statements hold their fact's id.
    old_id_of = {sid: fact_id for sid, (fact_id, _d) in rows.items()}
    old_id_of.update({sid: f.id for f in amended for sid, _row in context[f.id].items() if sid not in rows})
    old_ids = {f for sid, f in old_id_of.items() if f and (f not in context or f in {a.id for a in amended})}
    old_id_of = {sid: (f if f in old_ids else None) for sid, f in old_id_of.items()}
    assigned = assign(
        clusters, old_id_of, tables.fact_origins(old_ids), statement_order, "F", tables.retired, tables.fact_origins
    )
    for fact, fact_id in zip(facts, assigned.ids, strict=True):
        fact.id = fact_id
        principal_person = known.get(fact.principal or "")
        date_by_age(fact, principal_person.birth if principal_person else None)
    gone = old_ids | old_facts
    tables.delete_facts(gone)
    tables.revive(assigned.ids)
    tables.redirect(assigned.retired)
    _write(tables, facts, dict(zip(assigned.ids, assigned.origins, strict=True)))
    assignment.update(dict.fromkeys([s for s in rows if s not in assignment], None))
    for fact_id, cluster in zip(assigned.ids, clusters, strict=True):
        assignment.update(dict.fromkeys(cluster, fact_id))
    tables.assign_facts(assignment)
    return facts, gone


def _forget_data(region: FactRegion) -> None:
    """Drop the statements' stored data (kept: their ids and fact ids) once their supports are built."""
    for statement_id, (fact_id, _data) in region.rows.items():
        region.rows[statement_id] = (fact_id, {})
    for members in region.context.values():
        for statement_id, (fact_id, _data) in members.items():
            members[statement_id] = (fact_id, {})


def _resolved_principal(support: Support) -> str | None:
    for role in PRINCIPAL_ROLES:
        for entity, r in support.participants:
            if r == role:
                return entity
    return None


def _amend(
    context: dict[str, Rows],
    context_ids: list[str],
    attached: dict[int, list[Support]],
    supports: dict[str, Support],
    rows: Rows,
    nobody: frozenset[str],
) -> tuple[list[Fact], dict[str, str | None]]:
    """Context facts whose statements without a principal changed, with what stays and what joins now (under
    their old ids, until ids are assigned); the statements that joined an unchanged context fact again."""
    statement_of = {id(s): sid for sid, s in supports.items()}
    amended: list[Fact] = []
    assignment: dict[str, str | None] = {}
    for n, fact_id in enumerate(context_ids):
        before = set(context[fact_id])
        joined = {statement_of[id(s)] for s in attached.get(n, [])}
        after = {sid for sid in before if sid not in rows} | joined
        if after == before:
            assignment.update(dict.fromkeys(joined, fact_id))
            continue
        members = sorted((supports[sid] for sid in after), key=support_order)
        own = [s for s in members if not s.earlier and candidate(_resolved_principal(s), nobody)]
        first = own[0] if own else members[0]
        amended.append(Fact(fact_id, first.type, _resolved_principal(first), supports=members))
    return amended, assignment


def _write(tables: CaseTables, facts: list[Fact], origins: dict[str, str]) -> None:
    fact_rows, entity_rows = [], []
    for fact in facts:
        time = fact.time
        fact_rows.append(
            {
                "id": fact.id,
                "type": fact.type,
                "verdict": fact.verdict.value,
                "earliest": time.earliest if time else None,
                "latest": time.latest if time else None,
                "origin": origins[fact.id],
                "data": codec.fact(fact),
            }
        )
        involved = {(e, r) for e, r in fact.participants()}
        involved |= {(s.witness, "witness") for s in fact.supports if s.witness}
        entity_rows += [{"fact_id": fact.id, "entity": e, "role": r} for e, r in sorted(involved) if len(e) <= 16]
    tables.put_facts(fact_rows, entity_rows)


def statement_order(statement_id: str) -> tuple[int, int, int]:
    """ "12:e3:4" -> (12, 4, 3): a document's statements in the order they were found."""
    document, event, number = statement_id.split(":")
    return int(document), int(number), int(event.lstrip("e") or 0)


def _by_document(dependencies: list[tuple[int, int, str]]) -> dict[int, list[tuple[int, int, str]]]:
    found: dict[int, list[tuple[int, int, str]]] = {}
    for dependency in dependencies:
        found.setdefault(dependency[0], []).append(dependency)
    return found


def _of_fact(fact: Fact, dependencies: dict[int, list[tuple[int, int, str]]]) -> list[tuple[int, int, str]]:
    """What the fact's own documents depend on, in order: all a verdict reads (a fact of a few reports is
    judged on their few dependencies, not on those of every document of the region)."""
    return sorted(d for document in {s.document for s in fact.supports} for d in dependencies.get(document, ()))

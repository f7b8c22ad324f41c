"""The fact region of an update (step 4 of :mod:`tumen.pipeline.update`, regrouped by :mod:`tumen.pipeline.refact`).

The **fact region** is what is regrouped from scratch: the statements of the changed documents and of the
re-resolved records, closed under their facts and under what decides their grouping — the same group at
overlapping times, the same organisation, the same distinctive tally, statements told of no one at the same
place and time, an anonymous person's other statements — plus the statements without a principal near a
named statement of the region (same type and place, overlapping time), whose choice of fact may change.

The named facts a statement without a principal may join outside the region are its **context**, read as an
**outline** — of each statement only what attachment compares (document, type, time, place, principal,
order): a busy place has many such facts, and their quotes and sources are read again only for the few that
change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tumen.cases import codec
from tumen.corroborate.facts import PRINCIPAL_ROLES, Support
from tumen.corroborate.grouping import attachable, candidate, one_day, tally, when_told
from tumen.pipeline.anonymity import AnonymousRecords
from tumen.resolve.places import related
from tumen.store.casebase import CaseTables

Rows = dict[str, tuple[str | None, Support]]  # statement id -> (fact id, statement as stored, of records)
Outlines = dict[str, Support]  # statement id -> what attachment compares of it (see outline)
Probe = tuple[str, str, Any, Any]  # (type, place, lo, hi)


@dataclass
class FactRegion:
    rows: Rows = field(default_factory=dict)  # regrouped
    context: dict[str, Outlines] = field(default_factory=dict)  # named fact id -> its statements' outlines
    nearby: list[str] = field(default_factory=list)  # named facts near, not yet outlined (see refact.choose_candidates)


def principal(statement: Support) -> str | None:
    for role in PRINCIPAL_ROLES:
        for entity, r in statement.participants:
            if r == role:
                return entity
    return None


def _probe(statement: Support) -> Probe | None:
    """(type, place, window) of a dated statement at a place."""
    if statement.time is None or not statement.place:
        return None
    window = when_told(statement)
    return (statement.type, statement.place, window.earliest, window.latest) if window else None


def probes_near(statement: Support) -> set[Probe]:
    """Where a statement may be attached or attached to: its (type, place, window) and those of the places it
    lies within or that lie inside it (grouping._attach: Panmunjom in the DMZ)."""
    probe = _probe(statement)
    return {(probe[0], place, *probe[2:]) for place in related(probe[1])} if probe else set()


def named_probes(statements: Iterable[Support]) -> set[Probe]:
    """Where statements without a principal could join these statements' facts: (type, place, window) of each
    dated statement at a place told of someone (a statement of an anonymous person included: more is safe)."""
    probes: set[Probe] = set()
    for statement in statements:
        p = principal(statement)
        if p is not None and not p.startswith("G"):
            probes |= probes_near(statement)
    return probes


def fact_region(
    tables: CaseTables,
    wanted: set[str],
    anonymous: AnonymousRecords,
    probes: set[Probe] = frozenset(),  # type: ignore[assignment]
    changed: set[int] = frozenset(),  # type: ignore[assignment]
) -> FactRegion:
    """The statements to regroup, starting from ``wanted``, and the named facts around them (see module doc);
    ``probes`` are places and times of named statements that are gone (their documents, ``changed``, changed).

    A statement without a principal that could join two named facts stays a fact of its own whatever is added
    near it, until one of the two changes: it is passed over (settled: the store does not even return it near a
    place and time) unless one of its two recorded candidate statements is regrouped or of a changed document.
    At a busy place that is most of them, and the more the base holds, the more."""
    region = FactRegion()
    rows = region.rows
    context_ids: set[str] = set()
    expanded: set[str] = set()  # facts whose every statement is in the region
    checked: set[str] = set()  # facts of statements without a principal, looked at once
    asked: set[str] = set()  # statements whose settled neighbours were looked up
    frontier = set(wanted)
    while frontier:
        found = [(sid, f, codec.to_support(data)) for sid, f, data in tables.each_statement_row(frontier)]
        anonymous.learn(principal(statement) for _s, _f, statement in found)
        for statement_id, fact_id, statement in found:
            rows[statement_id] = (fact_id, statement)
        datas = [statement for _s, _f, statement in found]
        more: set[str] = set()
        whole = {f for _s, f, d in found if f and not attachable(principal(d), anonymous)} - expanded
        maybe = {f for _s, f, d in found if f and attachable(principal(d), anonymous)} - expanded - checked
        checked |= maybe
        named = _named_facts(tables, maybe, anonymous)
        context_ids |= named  # a named fact it had joined: outlined, not regrouped
        whole |= maybe - named
        expanded |= whole
        more |= tables.statements_of_facts(whole)
        more |= _deciders(tables, datas, anonymous)
        probes = set(probes) | named_probes(d for d in datas if candidate(principal(d), anonymous))
        more |= tables.attachable_statements_at(probes, anonymous.now, anonymous.region)  # not settled
        probes = set()
        frontier = more - set(rows)
        if not frontier:  # the closure is reached: a statement passed over whose candidate changes comes in
            frontier = tables.settled_on(set(rows) - asked, changed if not asked else ()) - set(rows)
            asked |= set(rows)
    context_ids -= expanded
    region.nearby = sorted(_candidates(tables, region, anonymous) - expanded - context_ids)
    region.context = outline_facts(tables, context_ids)
    return region


def _named_facts(tables: CaseTables, fact_ids: set[str], anonymous: AnonymousRecords) -> set[str]:
    """Those of these facts that have a statement of a named principal."""
    found = tables.statement_facts(tables.statements_of_facts(fact_ids))
    anonymous.learn(p for _s, _f, p in found)
    return {f for _s, f, p in found if f in fact_ids and candidate(p, anonymous)}


def outline(statement: Support, shared: dict[Any, Any]) -> Support:
    """What attachment compares of a context fact's statement (grouping._attach, _same_occasion,
    support_order): document, type, time, place, order and principal. Its quote, sources, amount and
    attributes are read again only if its fact changes. Values met before are ``shared``."""
    first = principal(statement)
    role = next((r for e, r in statement.participants if e == first and r in PRINCIPAL_ROLES), None)
    return Support(
        event=statement.event,
        type=shared.setdefault(statement.type, statement.type),
        document=statement.document,
        outlet=None,
        witness=None,
        witness_label=None,
        hearsay=False,
        start=statement.start,
        end=statement.end,
        quote="",
        time=shared.setdefault(statement.time, statement.time),
        place=shared.setdefault(statement.place, statement.place),
        place_kind=shared.setdefault(statement.place_kind, statement.place_kind),
        participants=((first, role),) if first and role else (),
        earlier=statement.earlier,
    )


def outline_facts(tables: CaseTables, fact_ids: set[str]) -> dict[str, Outlines]:
    members: dict[str, Outlines] = {f: {} for f in fact_ids}
    shared: dict[Any, Any] = {}
    for statement_id, fact_id, data in tables.each_statement_row(tables.statements_of_facts(fact_ids)):
        if fact_id in members:
            members[fact_id][statement_id] = outline(codec.to_support(data), shared)
    return members


def _deciders(tables: CaseTables, datas: list[Support], anonymous: AnonymousRecords) -> set[str]:
    """Statements that decide how these are grouped among themselves: the same group at overlapping times,
    the same organisation, the same distinctive tally, no one at the same place and time, the same anonymous
    person."""
    told = [(d, when_told(d)) for d in datas]
    more = tables.statements_of_principals(
        {(d.type, p, w.earliest, w.latest) for d, w in told if w and (p := principal(d)) and p[:1] == "G"}
    )
    more |= tables.statements_of_principals(  # an organisation's statements need no window
        {(d.type, p, None, None) for d, _w in told if (p := principal(d)) and p[:1] == "O"}
    )
    more |= tables.collective_tallies({(d.type, c) for d, _w in told if (c := tally(d)) and _collective(principal(d))})
    more |= tables.unattributed_statements_at(  # across documents only on one day (grouping._where)
        {probe for d in datas if one_day(d.time) and (probe := _probe(d))},
        {(*probe, d.document) for d in datas if not one_day(d.time) and (probe := _probe(d))},
    )
    anonymous_principals = {p for d in datas if (p := principal(d)) and p in anonymous}
    if anonymous_principals:
        persons = set(tables.person_of(anonymous_principals).values())
        more |= tables.statements_naming(tables.members(persons) | anonymous_principals)
    return more


def _collective(p: str | None) -> bool:
    return p is None or p.startswith("G")


def _candidates(tables: CaseTables, region: FactRegion, anonymous: AnonymousRecords) -> set[str]:
    """The named facts outside the region that the region's statements without a principal may join."""
    probes = {
        probe for _f, s in region.rows.values() if attachable(principal(s), anonymous) for probe in probes_near(s)
    }
    return named_near(tables, probes, set(region.rows), anonymous)


def named_near(tables: CaseTables, probes: set[Probe], besides: set[str], anonymous: AnonymousRecords) -> set[str]:
    """The named facts with a statement at one of these places and times, other than the statements ``besides``."""
    found = tables.statement_facts(tables.statements_at(probes) - besides)
    anonymous.learn(p for _s, _f, p in found)
    return {f for _s, f, p in found if f and candidate(p, anonymous)}

"""Regrouping the facts a change touches, and only those (step 4 of :mod:`tumen.pipeline.update`).

The **fact region** is what is regrouped from scratch: the statements of the changed documents and of the
re-resolved records, closed under their facts and under what decides their grouping — the same group at
overlapping times, the same organisation, the same distinctive tally, statements told of no one at the same
place and time, an anonymous person's other statements — plus the statements without a principal near a
named statement of the region (same type and place, overlapping time), whose choice of fact may change.

A statement without a principal joins the one named fact it can only be, judged on that fact's own
statements (:mod:`tumen.corroborate.grouping`). The named facts it may join outside the region are
**context**: never regrouped, and rewritten only when a statement joins or leaves them. Nothing
propagates further, so the work stays proportional to the change, not to the base. A context fact is
read as an **outline** — of each statement only what attachment compares (document, type, time, place,
principal, order): a busy place has many such facts, and their quotes and sources are read again only for
the few that change. The facts near are outlined a few hundred at a time and only those a statement joins or
counts as one of its two candidates are kept (:func:`choose_candidates`), so what an update holds does not grow
with how busy the place is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tumen.cases import codec
from tumen.corroborate import grouping
from tumen.corroborate.dating import date_by_age
from tumen.corroborate.facts import PRINCIPAL_ROLES, Fact, Support
from tumen.corroborate.grouping import attachable, candidate, one_day, regroup, support_order, tally, when_told
from tumen.corroborate.supports import is_record, resolved
from tumen.corroborate.verdicts import judge
from tumen.pipeline.anonymity import AnonymousRecords
from tumen.pipeline.ids import assign
from tumen.resolve.persons import Person
from tumen.resolve.places import related
from tumen.store.casebase import CaseTables

Rows = dict[str, tuple[str | None, Support]]  # statement id -> (fact id, statement as stored, of records)
Outlines = dict[str, Support]  # statement id -> what attachment compares of it (see outline)
Probe = tuple[str, str, Any, Any]  # (type, place, lo, hi)


@dataclass
class FactRegion:
    rows: Rows = field(default_factory=dict)  # regrouped
    context: dict[str, Outlines] = field(default_factory=dict)  # named fact id -> its statements' outlines
    nearby: list[str] = field(default_factory=list)  # named facts near, not yet outlined (see choose_candidates)


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


def _near(statement: Support) -> set[Probe]:
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
            probes |= _near(statement)
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
    region.context = _outlines(tables, context_ids)
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


def _outlines(tables: CaseTables, fact_ids: set[str]) -> dict[str, Outlines]:
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
    probes = {probe for _f, s in region.rows.values() if attachable(principal(s), anonymous) for probe in _near(s)}
    return _named_near(tables, probes, set(region.rows), anonymous)


def _named_near(tables: CaseTables, probes: set[Probe], besides: set[str], anonymous: AnonymousRecords) -> set[str]:
    """The named facts with a statement at one of these places and times, other than the statements ``besides``."""
    found = tables.statement_facts(tables.statements_at(probes) - besides)
    anonymous.learn(p for _s, _f, p in found)
    return {f for _s, f, p in found if f and candidate(p, anonymous)}


def refact(
    tables: CaseTables,
    wanted: set[str],
    old_facts: set[str],
    probes: set[Probe],
    persons: dict[str, Person],
    person_of_record: dict[str, str],
    anonymous: AnonymousRecords,
    changed: set[int] = frozenset(),  # type: ignore[assignment]
) -> tuple[list[Fact], set[str]]:
    """Regroup the region of ``wanted``, store its facts and the amended context facts; the facts written and
    the ids of facts removed (``old_facts``, the facts of statements that are gone, among them); ``changed``
    are the documents whose statements changed."""
    region = fact_region(tables, wanted, anonymous, probes, changed)
    rows, context = region.rows, region.context
    mapping: dict[str, str] = {}
    known = dict(persons)
    _resolve_records(tables, [(s.participants, s.witness) for _f, s in rows.values()], person_of_record, mapping, known)
    names = {pid: p.name for pid, p in known.items()}
    supports: dict[str, Support] = {}
    for sid, (fact_id, statement) in rows.items():  # each held once: resolved in place of as stored
        rows[sid] = (fact_id, supports.setdefault(sid, resolved(statement, mapping, names)))
    resolving = _Resolving(tables, rows, person_of_record, mapping, names, supports)
    nobody = frozenset(pid for pid, p in known.items() if p.anonymous) | resolving.outlines(context)
    core = [supports[sid] for sid in sorted(rows, key=statement_order)]
    nobody = choose_candidates(region, core, nobody, resolving, anonymous)
    context_ids = sorted(context)
    grouped = regroup(core, nobody, _own(context, context_ids, supports, nobody))
    statement_of = {id(s): sid for sid, s in supports.items()}
    counted = _counted(grouped.candidates, statement_of, rows)
    memberships = list(_memberships(context, context_ids, grouped.attached, statement_of, rows))
    changing = {sid for _f, before, _j, after in memberships if after != before for sid in before if sid not in rows}
    _read_whole(tables, changing, supports, person_of_record, mapping, known)
    for sid in [sid for sid in supports if sid not in rows and sid not in changing]:
        del supports[sid]  # the outlines of context facts that stay as they are
    statement_of = {id(s): sid for sid, s in supports.items()}
    dependencies = _by_document(tables.dependencies_among({s.document for s in supports.values()}))
    facts = [judge(f, _of_fact(f, dependencies)) for f in grouped.facts]
    amended, assignment = _amend(memberships, supports, nobody)
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
    tables.assign_facts(assignment, counted)
    return facts, gone


@dataclass
class _Resolving:
    """Outlines of context facts with their principals' persons in place of their records."""

    tables: CaseTables
    rows: Rows
    person_of_record: dict[str, str]
    mapping: dict[str, str]
    names: dict[str, str]
    supports: dict[str, Support]

    def outlines(self, context: dict[str, Outlines]) -> frozenset[str]:
        """Resolve these facts' outlines in place (each statement held once, in ``supports``); the anonymous
        persons among their principals (of them only the person and whether they are no one in particular)."""
        outlines = {sid: s for members in context.values() for sid, s in members.items() if sid not in self.rows}
        outlined = {e for s in outlines.values() for e, _r in s.participants if is_record(e)}
        _map_records(self.tables, outlined, self.person_of_record, self.mapping)
        persons = {self.mapping[r] for r in outlined if r in self.mapping} - set(self.names)
        for members in context.values():
            for sid in members:
                if sid in outlines:
                    members[sid] = self.supports.setdefault(sid, resolved(outlines[sid], self.mapping, self.names))
                else:
                    members[sid] = self.supports[sid]
        return self.tables.anonymous_persons(persons)


def _own(
    context: dict[str, Outlines], context_ids: list[str], supports: dict[str, Support], nobody: frozenset[str]
) -> list[list[Support]]:
    """Each context fact's own statements, those a statement without a principal is compared with."""
    own = [[supports[sid] for sid in sorted(context[c], key=statement_order)] for c in context_ids]
    return [[s for s in bucket if not s.earlier and candidate(principal(s), nobody)] for bucket in own]


CANDIDATES_AT_ONCE = 512  # named facts near the region outlined at a time


def choose_candidates(
    region: FactRegion, core: list[Support], nobody: frozenset[str], resolving: _Resolving, anonymous: AnonymousRecords
) -> frozenset[str]:
    """Add to the region's context the named facts near it that a statement without a principal joins or
    counts as one of its two candidates, outlining the facts near it a few hundred at a time: at a busy place
    they are thousands, and the others change nothing (a statement with two candidates stays a fact of its own
    whichever they are). After each round only the facts near the statements still open are weighed — those
    with fewer than two candidates so far that could have one (dated, at a place) — and once none is open the
    rest are not read. The anonymous persons, with those met among the facts' principals."""
    found: dict[frozenset[int], set[int]] = {}  # a statement group without a principal -> its candidates
    waiting = list(region.nearby)
    while waiting:
        chunk = _outlines(resolving.tables, set(waiting[:CANDIDATES_AT_ONCE]))
        waiting = waiting[CANDIDATES_AT_ONCE:]
        nobody |= resolving.outlines(chunk)
        ids = sorted(region.context) + sorted(chunk)
        either = {**region.context, **chunk}
        own = _own(either, ids, resolving.supports, nobody)
        first = {id(min(bucket, key=support_order)): fact for bucket, fact in zip(own, ids, strict=True) if bucket}
        kept: set[str] = set()
        still_open: list[list[Support]] = []
        for bucket, candidates in regroup(core, nobody, own).candidates:
            so_far = found.setdefault(frozenset(map(id, bucket)), set())
            for statement in candidates:
                if len(so_far) < 2 and id(statement) not in so_far:
                    so_far.add(id(statement))
                    if first.get(id(statement)) in chunk:
                        kept.add(first[id(statement)])
            if len(so_far) < 2 and grouping.may_attach(bucket):
                still_open.append(bucket)
        region.context.update({f: members for f, members in chunk.items() if f in kept})
        for fact_id in set(chunk) - kept:
            for sid in chunk[fact_id]:
                if sid not in resolving.rows:
                    resolving.supports.pop(sid, None)
        if waiting:
            probes = {probe for bucket in still_open for s in bucket for probe in _near(s)}
            near = _named_near(resolving.tables, probes, set(resolving.rows), anonymous) if probes else set()
            waiting = [f for f in waiting if f in near]
    return nobody


def _resolve_records(
    tables: CaseTables,
    named: Iterable[tuple[Iterable[Any], str | None]],
    person_of_record: dict[str, str],
    mapping: dict[str, str],
    known: dict[str, Person],
) -> None:
    """Add to ``mapping`` the person of every record that statements name (their participants and witness),
    and to ``known`` those persons."""
    records: set[str] = set()
    for participants, witness in named:
        records |= {e for e, _r in participants if is_record(e)}
        if witness and is_record(witness):
            records.add(witness)
    _map_records(tables, records, person_of_record, mapping)
    others = tables.person_rows({mapping[r] for r in records if r in mapping} - set(known))
    known.update({pid: codec.to_person(data) for pid, data in others.items()})


def _map_records(
    tables: CaseTables, records: set[str], person_of_record: dict[str, str], mapping: dict[str, str]
) -> None:
    """Add to ``mapping`` the person of each of these records (those of the update first)."""
    records = records - set(mapping)
    mapping.update(tables.person_of(records - set(person_of_record)))
    mapping.update({k: v for k, v in person_of_record.items() if k in records})


def _counted(
    candidates: list[tuple[list[Support], list[Support]]], statement_of: dict[int, str], rows: Rows
) -> dict[str, tuple[int | None, str | None, str | None]]:
    """What to store of the region's statements: of those without a principal how many named facts each could
    join (up to two) and, when two, a statement of each (see fact_region); -1 of the others (told of someone:
    never looked up as open, :data:`tumen.store.case_schema.OPEN_STATEMENT`)."""
    counted: dict[str, tuple[int | None, str | None, str | None]] = dict.fromkeys(rows, (-1, None, None))
    for bucket, found in candidates:
        a, b = sorted(statement_of[id(s)] for s in found) if len(found) == 2 else (None, None)
        counted.update(dict.fromkeys((statement_of[id(s)] for s in bucket), (len(found), a, b)))
    return counted


def _memberships(
    context: dict[str, Outlines],
    context_ids: list[str],
    attached: dict[int, list[Support]],
    statement_of: dict[int, str],
    rows: Rows,
) -> Iterator[tuple[str, set[str], set[str], set[str]]]:
    """Each context fact with its statements before the update, those that join it now and those after."""
    for n, fact_id in enumerate(context_ids):
        before = set(context[fact_id])
        joined = {statement_of[id(s)] for s in attached.get(n, [])}
        yield fact_id, before, joined, {sid for sid in before if sid not in rows} | joined


def _read_whole(
    tables: CaseTables,
    ids: set[str],
    supports: dict[str, Support],
    person_of_record: dict[str, str],
    mapping: dict[str, str],
    known: dict[str, Person],
) -> None:
    """Replace the outlines of these statements with their whole supports (their fact is rewritten)."""
    if not ids:
        return
    datas = {sid: data for sid, _f, data in tables.statement_rows(ids)}
    _resolve_records(
        tables, [(d["participants"], d["witness"]) for d in datas.values()], person_of_record, mapping, known
    )
    names = {pid: p.name for pid, p in known.items()}
    for sid, data in datas.items():
        supports[sid] = resolved(codec.to_support(data), mapping, names)


def _amend(
    memberships: list[tuple[str, set[str], set[str], set[str]]], supports: dict[str, Support], nobody: frozenset[str]
) -> tuple[list[Fact], dict[str, str | None]]:
    """Context facts whose statements without a principal changed, with what stays and what joins now (under
    their old ids, until ids are assigned); the statements that joined an unchanged context fact again."""
    amended: list[Fact] = []
    assignment: dict[str, str | None] = {}
    for fact_id, before, joined, after in memberships:
        if after == before:
            assignment.update(dict.fromkeys(joined, fact_id))
            continue
        members = sorted((supports[sid] for sid in after), key=support_order)
        own = [s for s in members if not s.earlier and candidate(principal(s), nobody)]
        first = own[0] if own else members[0]
        amended.append(Fact(fact_id, first.type, principal(first), supports=members))
    return amended, assignment


def _write(tables: CaseTables, facts: list[Fact], origins: dict[str, str]) -> None:
    """Store the facts, a few hundred at a time (a fact's stored data holds all its statements)."""
    for start in range(0, len(facts), 256):
        _write_some(tables, facts[start : start + 256], origins)


def _write_some(tables: CaseTables, facts: list[Fact], origins: dict[str, str]) -> None:
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

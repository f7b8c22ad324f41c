"""Regrouping the facts a change touches, and only those (step 4 of :mod:`tumen.pipeline.update`).

What is regrouped from scratch is the **fact region** (:mod:`tumen.pipeline.fact_region`): the statements of
the changed documents and of the re-resolved records, closed under their facts and under what decides their
grouping, plus the statements without a principal near a named statement of the region.

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
from dataclasses import dataclass
from typing import Any

from tumen.cases import codec
from tumen.corroborate import grouping
from tumen.corroborate.dating import date_by_age
from tumen.corroborate.facts import Fact, Support
from tumen.corroborate.grouping import candidate, regroup, support_order
from tumen.corroborate.supports import is_record, resolved
from tumen.corroborate.verdicts import judge
from tumen.pipeline.anonymity import AnonymousRecords
from tumen.pipeline.fact_region import (
    FactRegion,
    Outlines,
    Probe,
    Rows,
    fact_region,
    named_near,
    outline_facts,
    principal,
    probes_near,
)
from tumen.pipeline.ids import assign
from tumen.resolve.persons import Person
from tumen.store.casebase import CaseTables


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
        chunk = outline_facts(resolving.tables, set(waiting[:CANDIDATES_AT_ONCE]))
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
            probes = {probe for bucket in still_open for s in bucket for probe in probes_near(s)}
            near = named_near(resolving.tables, probes, set(resolving.rows), anonymous) if probes else set()
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

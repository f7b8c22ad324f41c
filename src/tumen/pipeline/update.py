"""Bringing the stored case base up to date with what changed, redoing only what it touches.

What changed: documents whose extraction is new or different, and records an analyst judged.
1. Their old rows go and their new rows come (:mod:`tumen.pipeline.absorb`).
2. **Resolution region**: the records the change touches, closed under everything resolution
   looks at together — shared blocking keys, relatives and their anchors, judged pairs, fellow
   members of a person. Resolving the region alone gives what resolving the whole base would.
3. Persons of the region get stable ids (:mod:`tumen.pipeline.ids`).
4. **Fact region**: statements of the changed documents or naming the region's records, closed
   under the facts they belong to and what decides their grouping; statements without a principal
   near them choose their fact again (:mod:`tumen.pipeline.refact`). Facts are regrouped, judged
   and stored.
5. The status of every person whose facts changed, relations of the region, organisations and
   places of the changed documents, and the review queue are rewritten.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tumen.cases import codec
from tumen.cases.status import status_of
from tumen.corroborate.facts import Fact
from tumen.corroborate.relations import group_relations
from tumen.corroborate.supports import is_record
from tumen.extract.names import parse
from tumen.extract.types import Entity, Extraction
from tumen.pipeline.absorb import absorb, entity_from
from tumen.pipeline.anonymity import AnonymousRecords
from tumen.pipeline.fact_region import Probe, named_probes
from tumen.pipeline.ids import Assigned, assign
from tumen.pipeline.refact import refact
from tumen.protect import rules as protection_rules
from tumen.resolve.judgements import Decision, Judgement
from tumen.resolve.keys import forget_readings, normal_name
from tumen.resolve.matching import Record
from tumen.resolve.persons import Person, person_of, record_of, relative_label
from tumen.resolve.resolver import Resolution, key_order, name_keys, resolve
from tumen.store import protection
from tumen.store.casebase import CaseTables


@dataclass
class Updated:
    documents: int = 0
    records: int = 0
    persons: int = 0
    facts: int = 0
    retired: dict[str, str] = field(default_factory=dict)


def update(tables: CaseTables, documents: Iterable[int] = (), judged: Iterable[str] = ()) -> Updated:
    """Bring the case base up to date with ``documents`` (re-read from their extractions) and
    the records whose judgements changed."""
    docs = sorted(set(documents))
    report = Updated(documents=len(docs))
    old_records = tables.records_of_documents(docs)
    seed = set(tables.records_with_keys(tables.block_keys(old_records)))
    seed |= tables.members({p for p in old_records.values() if p})
    seed |= tables.anchors(old_records)
    old_facts, probes = _joined_before(tables, docs)
    stale_relations = {(d["type"], d["subject"], d["object"]) for d in tables.relation_statements((), docs)}
    named_before = tables.named_mentions_of_documents(docs)
    tables.forget(docs)
    infos = tables.infos(docs)
    for doc_id in docs:
        found = tables.extraction(doc_id)
        if found is None or doc_id not in infos:
            continue
        version, data = found
        seed |= set(absorb(tables, doc_id, Extraction.from_json(data), infos[doc_id], tables.text(doc_id)))
        tables.mark(doc_id, version)
    seed |= set(judged)
    judged_persons = set(tables.person_of(judged).values())
    seed |= tables.members(judged_persons)
    region = _resolution_region(tables, seed)
    report.records = len(region)
    gone = {p for p in old_records.values() if p}
    persons, person_of_record, old_persons, assigned = _resolve_region(tables, region, gone)
    report.persons, report.retired = len(persons), assigned.retired
    changed_persons = old_persons | set(persons)
    report.facts, concerned = _refact(tables, docs, region, persons, person_of_record, old_facts, probes)
    _named(tables, named_before, docs)  # first: whether a person is at risk may depend on their last place's name
    _statuses(tables, persons, dict(zip(assigned.ids, assigned.origins, strict=True)), concerned)
    _relations(tables, region, docs, person_of_record, changed_persons, stale_relations)
    forget_readings()  # a memo of name readings serves one update (tumen.resolve.keys)
    return report


def _joined_before(tables: CaseTables, docs: list[int]) -> tuple[set[str], set[Probe]]:
    """The facts the documents' statements belonged to, and where statements may have been joined to them."""
    old_statements = tables.statement_rows(tables.statements_of_documents(docs))
    old_facts = {fact for _id, fact, _data in old_statements if fact}
    return old_facts, named_probes(codec.to_support(data) for _id, _fact, data in old_statements)


# -- resolution -------------------------------------------------------------------------------
def _resolution_region(tables: CaseTables, seed: set[str]) -> set[str]:
    region: set[str] = set()
    frontier = set(tables.records(seed))  # only records that exist
    while frontier:
        region |= frontier
        found = tables.records_with_keys(tables.block_keys(frontier))
        found |= tables.anchors(frontier)
        for left, right, _j, _by in tables.judgements(frontier):
            found |= {left, right}
        found |= tables.members(set(tables.person_of(frontier).values()))
        frontier = set(tables.records(found - region))
    return region


def _entities(rows: dict[str, tuple[str | None, dict[str, Any]]]) -> dict[str, Entity]:
    return {key: entity_from(data["entity"]) for key, (_p, data) in rows.items()}


def _records(rows: dict[str, tuple[str | None, dict[str, Any]]], local: dict[str, Entity]) -> list[Record]:
    records = []
    for key in sorted(rows, key=key_order):
        data = rows[key][1]
        published = date.fromisoformat(data["published"]) if data["published"] else None
        records.append(record_of(int(key.split(":")[0]), local[key], frozenset(data["context"]), published))
    return records


def _resolve_region(
    tables: CaseTables, region: set[str], gone: set[str]
) -> tuple[dict[str, Person], dict[str, str], set[str], Assigned]:
    rows = tables.records(region)
    local = _entities(rows)
    records = _records(rows, local)
    decisions = [Decision(a, b, Judgement(j), by) for a, b, j, by in tables.judgements(region)]
    resolution = resolve(records, decisions)
    clusters = sorted(
        (sorted(keys, key=key_order) for keys in resolution.members.values()), key=lambda k: key_order(k[0])
    )
    old_id_of = {key: person for key, (person, _data) in rows.items()}
    old_persons = {p for p in old_id_of.values() if p} | gone
    assigned = assign(clusters, old_id_of, tables.origins(old_persons), key_order, "P", tables.retired, tables.origins)
    person_of_record = {key: pid for pid, keys in zip(assigned.ids, clusters, strict=True) for key in keys}
    published = {int(k.split(":")[0]): r.published for k, r in zip(sorted(rows, key=key_order), records, strict=True)}
    persons = {pid: person_of(pid, keys, local, published) for pid, keys in zip(assigned.ids, clusters, strict=True)}
    names = {key: persons[pid].name for key, pid in person_of_record.items()}
    for person in persons.values():
        label = relative_label(person, local, names)
        if label:
            person.name = label
    tables.set_persons_of({k: v for k, v in person_of_record.items() if old_id_of.get(k) != v})
    tables.delete_persons(old_persons)
    tables.revive(assigned.ids)
    tables.redirect(assigned.retired)
    _review(tables, region, resolution)
    for person in persons.values():
        person.records = sorted(person.records, key=key_order)
    return persons, person_of_record, old_persons, assigned


def _review(tables: CaseTables, region: set[str], resolution: Resolution) -> None:
    rows = {}
    for pair in resolution.review:
        left, right = sorted((pair.left, pair.right))
        rows[(left, right)] = {
            "left_record": left,
            "right_record": right,
            "score": pair.score.total,
            "data": {"reasons": list(pair.score.reasons), "against": pair.score.against},
        }
    tables.replace_review(region, list(rows.values()))


def _write_persons(tables: CaseTables, persons: Iterable[Person], origins: dict[str, str]) -> None:
    rows, names = [], []
    for person in persons:
        rows.append(
            {
                "id": person.id,
                "name": person.name,
                "status": person.status,
                "at_risk": person.at_risk,
                "anonymous": person.anonymous,
                "mentions": len(person.mentions),
                "origin": origins[person.id],
                "data": codec.person(person),
            }
        )
        normals = {normal_name(n) for n in [person.name, *person.aliases] if n}
        normals |= {k for n in [person.name, *person.aliases] if n for k in name_keys(parse(n)) if k.startswith("F|")}
        names += [{"person_id": person.id, "normal": n[:255]} for n in sorted(normals) if n]
    tables.put_persons(rows, names)


# -- facts ------------------------------------------------------------------------------------
def _refact(
    tables: CaseTables,
    docs: list[int],
    region: set[str],
    persons: dict[str, Person],
    person_of_record: dict[str, str],
    old_facts: set[str],
    probes: set[Probe],
) -> tuple[int, set[str]]:
    """The facts of the region regrouped, judged and stored: how many, and the persons they befell (the regrouped
    facts themselves are let go here, before the statuses read each person's facts: one update holds one set)."""
    anonymous = AnonymousRecords(tables, region, {k for k, pid in person_of_record.items() if persons[pid].anonymous})
    wanted = tables.statements_of_documents(docs) | tables.statements_naming(region)
    wanted |= tables.statements_of_facts(old_facts)
    facts, _gone = refact(tables, wanted, old_facts, probes, persons, person_of_record, anonymous, set(docs))
    return len(facts), _befell(facts)


def _befell(facts: Iterable[Fact]) -> set[str]:
    """The persons facts befell (as victim or subject)."""
    return {e for f in facts for e, r in f.participants() if r in ("victim", "subject") and e.startswith("P")}


# -- statuses, relations, organisations and places --------------------------------------------
def _statuses(
    tables: CaseTables,
    persons: dict[str, Person],
    origins: dict[str, str],
    befell: set[str],
    also: Iterable[str] = (),
) -> None:
    """Each person whose facts changed (and those ``also`` named) gets their status again from all their facts,
    and whether they are at risk (:mod:`tumen.protect.rules`: the rules of data/protection.yaml, unless an
    analyst's flag decides otherwise); the region's persons are written here, once their facts are stored."""
    concerned = befell | set(also)
    stored = tables.person_rows(concerned - set(persons))
    everyone = {pid: codec.to_person(data) for pid, data in stored.items()} | persons
    origins = {**tables.origins(stored), **origins}
    theirs: dict[str, list[Fact]] = {}
    for data in tables.facts_of(everyone, ("victim", "subject")).values():
        fact = codec.to_fact(data)
        for entity, role in fact.participants():
            if role in ("victim", "subject") and entity in everyone:
                theirs.setdefault(entity, []).append(fact)
    flags = protection_rules.flags_from(protection.in_force(tables.conn))
    last = protection_rules.last_place_ids(f for found in theirs.values() for f in found)
    place_names = tables.entity_names(set(last.values()))
    for person in everyone.values():
        status_of(person, sorted(theirs.get(person.id, []), key=lambda f: f.id))
        place = last.get(person.id)
        place_name = place_names.get(place, place) if place else None
        person.at_risk = protection_rules.decide(person, place_name, flags.get(person.id)).at_risk
    tables.delete_persons(stored)
    _write_persons(tables, everyone.values(), origins)


def refresh_protection(tables: CaseTables, person_ids: Iterable[str]) -> None:
    """After an analyst's protect/unprotect: these persons' stored status and at-risk flag, decided again."""
    _statuses(tables, {}, {}, set(), also=person_ids)


def _relations(
    tables: CaseTables,
    region: set[str],
    docs: list[int],
    person_of_record: dict[str, str],
    changed: set[str],
    stale: set[tuple[str, str, str]],
) -> None:
    """Relations of the region's persons, and every relation of the organisations they name, regrouped."""
    statements = [codec.to_relation_statement(d) for d in tables.relation_statements(region, docs)]
    named = {e for s in statements for e in (s.subject, s.object) if not is_record(e)}
    named |= {e for _t, s, o in stale for e in (s, o) if not is_record(e)}
    statements += [codec.to_relation_statement(d) for d in tables.relation_statements(named, ())]
    unique = {s.id: s for s in statements}
    records = {e for s in unique.values() for e in (s.subject, s.object) if is_record(e)}
    mapping = tables.person_of(records - set(person_of_record))
    mapping.update({k: v for k, v in person_of_record.items() if k in records})
    relations = group_relations(unique.values(), mapping)
    tables.delete_relations(changed | named)
    rows = {r.id: {"id": r.id, "subject": r.subject, "object": r.object, "data": codec.relation(r)} for r in relations}
    tables.put_relations(list(rows.values()))


def _named(tables: CaseTables, before: dict[str, dict[int, dict[str, Any]]], docs: list[int]) -> None:
    """The organisations, places and groups these documents name: each keeps the name of its first
    document and every other spelling as an alias. One whose spellings in these documents are all still there
    (new documents, or documents re-read alike) takes in their new spellings; one that may have lost a spelling
    or its first document's name (a document re-read differently or withdrawn) is read again whole. Re-reading
    every document after an upgrade so costs what the documents hold, not what the base holds."""
    after = tables.named_mentions_of_documents(docs)
    stored = tables.named_rows(set(after))
    firsts = tables.first_named_documents(set(after))
    whole = {e for e, was in before.items() if e not in after or not _spellings(was) <= _spellings(after[e])}
    whole |= {e for e in after if e not in stored or not _same_first(stored[e], after[e].get(firsts.get(e, -1)))}
    rows, gone = [], []
    for entity in sorted(set(after) - whole):
        row = stored[entity]
        rows.append({**row, "aliases": sorted((set(row["aliases"]) | _spellings(after[entity])) - {row["name"]})})
    for entity in sorted(whole):
        found = tables.named_mention_rows(entity)
        if not found:
            gone.append(entity)
            continue
        first = found[0][1]
        aliases = sorted({a for _doc, d in found for a in d["aliases"]} - {first["name"]})
        rows.append(
            {
                "id": entity,
                "kind": first["kind"],
                "name": first["name"],
                "place_kind": first["place_kind"],
                "aliases": aliases,
            }
        )
    tables.delete_named(gone)
    tables.put_named(rows)


def _spellings(mentions: dict[int, dict[str, Any]]) -> set[str]:
    return {a for data in mentions.values() for a in data["aliases"]}


def _same_first(row: dict[str, Any], first: dict[str, Any] | None) -> bool:
    """Whether the entity's stored name still holds: its first document is not among those re-read, or names it
    as before."""
    return first is None or all(first[k] == row[k] for k in ("kind", "name", "place_kind"))

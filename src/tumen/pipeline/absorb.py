"""One document's extraction turned into case-base rows: person records with their blocking keys,
statements, relation statements, organisations and places, its signature, and the documents it
copies or relays (and that relay it)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from tumen.cases import codec
from tumen.corroborate import copies
from tumen.corroborate.facts import tally, when_told
from tumen.corroborate.relations import document_relations
from tumen.corroborate.supports import document_statements, principal_of
from tumen.extract.types import Entity, Extraction, _jsonable
from tumen.model import DocumentInfo
from tumen.resolve import places as place_ids
from tumen.resolve.persons import document_context, record_of
from tumen.resolve.resolver import block_keys
from tumen.store.casebase import CaseTables


def entity_json(entity: Entity) -> dict[str, Any]:
    data: dict[str, Any] = _jsonable(asdict(entity))
    return data


def entity_from(data: dict[str, Any]) -> Entity:
    empty: dict[str, Any] = {"entities": [data], "events": [], "relations": [], "times": [], "amounts": []}
    return Extraction.from_json(empty).entities[0]


def absorb(tables: CaseTables, doc_id: int, extraction: Extraction, info: DocumentInfo, text: str) -> list[str]:
    """Write one document's rows; returns its record keys."""
    published = info.meta.published
    context = document_context(extraction)
    records: list[dict[str, Any]] = []
    keys: list[dict[str, Any]] = []
    for entity in extraction.of_kind("person"):
        record = record_of(doc_id, entity, context, published)
        records.append(
            {
                "key": record.key,
                "document_id": doc_id,
                "person_id": None,
                "anchor": record.anchor[1] if record.anchor else None,
                "data": {
                    "entity": entity_json(entity),
                    "context": sorted(context),
                    "published": published.isoformat() if published else None,
                },
            }
        )
        surname = bool(record.name and record.name.surname)
        keys += [{"key": k, "record": record.key, "surname": surname} for k in dict.fromkeys(block_keys(record))]
    tables.add_records(records, keys)
    _statements(tables, doc_id, extraction, info)
    _named(tables, doc_id, extraction)
    relation_rows = [
        {
            "id": r.id,
            "document_id": doc_id,
            "subject": r.subject,
            "object": r.object,
            "data": codec.relation_statement(r),
        }
        for r in document_relations(doc_id, extraction, info)
    ]
    tables.add_relation_statements(relation_rows)
    _copies(tables, doc_id, info, text)
    return [str(r["key"]) for r in records]


def _statements(tables: CaseTables, doc_id: int, extraction: Extraction, info: DocumentInfo) -> None:
    rows, entities = [], []
    for number, statement in enumerate(document_statements(doc_id, extraction, info)):
        statement_id = f"{statement.event}:{number}"
        principal = principal_of(statement)
        window = when_told(statement)
        rows.append(
            {
                "id": statement_id,
                "document_id": doc_id,
                "type": statement.type,
                "principal": principal,
                "place": statement.place,
                "fact_id": None,
                "lo": window.earliest if window else None,
                "hi": window.latest if window else None,
                "tally": tally(statement),
                "dated": statement.time is not None,
                "data": codec.support(statement),
            }
        )
        named = {e for e, _role in statement.participants}
        if statement.witness:
            named.add(statement.witness)
        entities += [{"statement": statement_id, "entity": e} for e in sorted(named) if e]
    tables.add_statements(rows, entities)


def _named(tables: CaseTables, doc_id: int, extraction: Extraction) -> None:
    rows: dict[str, dict[str, Any]] = {}
    for entity in extraction.entities:
        if entity.kind == "person":
            continue
        name = place_ids.canonical(entity.name or entity.id)
        entity_id = place_ids.entity_id(entity.kind, name)
        row = rows.setdefault(
            entity_id,
            {
                "entity": entity_id,
                "document_id": doc_id,
                "data": {
                    "kind": entity.kind,
                    "name": name,
                    "place_kind": entity.place_kind,
                    "aliases": [],
                    "mentions": [],
                },
            },
        )
        data = row["data"]
        for alias in [entity.name, *entity.aliases]:
            if alias and alias not in data["aliases"]:
                data["aliases"].append(alias)
        data["mentions"] += [[m.start, m.end, m.text, f"{doc_id}:{entity.id}"] for m in entity.mentions]
    tables.add_named_mentions(list(rows.values()))


def _earlier(source: date | None, relaying: date | None) -> bool:
    return source is None or relaying is None or source <= relaying


def _copies(tables: CaseTables, doc_id: int, info: DocumentInfo, text: str) -> None:
    """Near-copies by signature; relays both ways (this one crediting an outlet, others crediting its outlet)."""
    signature = copies.signature(text)
    bands = copies.band_keys(signature)
    found: list[tuple[int, int, str]] = []
    for other, theirs in tables.sharing_bands(bands, doc_id).items():
        similar = copies.similarity(signature, theirs)
        if copies.is_copy(similar):
            found.append((min(other, doc_id), max(other, doc_id), copies.copy_reason(similar)))
    tables.add_signature(doc_id, signature, bands)
    outlet, published = info.meta.outlet, info.meta.published
    cited = [o for o in tables.outlets() if o != outlet and copies.cites(text, o)]
    tables.add_citations(doc_id, cited)
    for cited_outlet in cited:
        for source, source_published in tables.outlet_documents(cited_outlet, doc_id):
            if _earlier(source_published, published):
                found.append((doc_id, source, copies.RELAY_REASON))
    if outlet:
        if not tables.outlet_documents(outlet, doc_id):  # a new outlet: who credited it before it came?
            for other, other_outlet, _pub, other_text in tables.texts_mentioning(outlet, doc_id):
                if other_outlet != outlet and copies.cites(other_text, outlet):
                    tables.add_citations(other, [outlet])
        for other in tables.citing(outlet):
            if other != doc_id and _earlier(published, tables.published(other)):
                found.append((other, doc_id, copies.RELAY_REASON))
    tables.add_dependencies(found)

"""One document's extraction turned into case-base rows: person records with their blocking keys,
statements, relation statements, organisations and places, its signature, and the documents it
copies or relays (and that relay it)."""

from __future__ import annotations

from datetime import date
from typing import Any

from tumen.cases import codec
from tumen.corroborate import copies, credits
from tumen.corroborate.grouping import tally, when_told
from tumen.corroborate.relations import document_relations
from tumen.corroborate.supports import document_statements, principal_of
from tumen.extract.types import Entity, Extraction, _jsonable
from tumen.model import DocumentInfo
from tumen.resolve import places as place_ids
from tumen.resolve.persons import document_context, record_of
from tumen.resolve.resolver import block_keys
from tumen.store.casebase import CaseTables
from tumen.store.relay_tables import Dated, widened


def entity_json(entity: Entity) -> dict[str, Any]:
    data: dict[str, Any] = _jsonable(entity)
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


def _copies(tables: CaseTables, doc_id: int, info: DocumentInfo, text: str) -> None:
    """Near-copies by signature; relays both ways (this one crediting an outlet, later ones crediting its
    outlet); and reports that relay one outlet's report together (:mod:`tumen.corroborate.credits`)."""
    signature = copies.signature(text)
    bands = copies.band_keys(signature)
    found: list[tuple[int, int, str]] = []
    for other, theirs in tables.sharing_bands(bands, doc_id).items():
        similar = copies.similarity(signature, theirs)
        if copies.is_copy(similar):
            found.append((min(other, doc_id), max(other, doc_id), copies.copy_reason(similar)))
    quoted = copies.quote_keys(text)
    for other in tables.sharing_bands(quoted, doc_id) if quoted else ():
        words = copies.shared_quotation(text, tables.text(other))
        if words >= copies.QUOTED_RUN:
            found.append((*_later_first(tables, doc_id, info, other), copies.quotation_reason(words)))
    tables.add_signature(doc_id, signature, [*bands, *quoted])
    outlet = info.meta.outlet
    own = credits.outlet_key(outlet) if outlet else None
    mine = credits.span_of(info.meta)
    spans = _Spans(tables, {doc_id: mine})
    by_key: dict[str, list[str]] = {}
    for stored in tables.outlets():
        by_key.setdefault(credits.outlet_key(stored), []).append(stored)
    tables.saw_outlet(outlet)
    cited = credits.credited(text, [name for names in by_key.values() for name in names])
    cited = (cited | (credits.origins(outlet) if outlet else set())) - {own}
    tables.add_citations(doc_id, sorted(cited))
    for key in sorted(cited):
        for source in spans.read(tables.outlet_documents(by_key.get(key, []), doc_id, _sources_of(mine))):
            if credits.relayed(spans.of(source), mine):
                found.append((doc_id, source, copies.RELAY_REASON))
        together = spans.read(tables.citing(key, _together_with(mine), undated=False))
        found += _relaying_together(spans, doc_id, together, key)
    if own is not None:
        if not tables.outlet_has_others(by_key.get(own, []), doc_id):  # a new outlet: who credited it before?
            _credit_back(tables, doc_id, outlet or "", own)
            citing = spans.read(tables.citing(own))
            for other in citing:
                found += _relaying_together(spans, other, [c for c in citing if c > other], own)
        for other in spans.read(tables.citing(own, _relays_of(mine))):
            if other != doc_id and credits.relayed(mine, spans.of(other)):
                found.append((other, doc_id, copies.RELAY_REASON))
    tables.add_dependencies(found)


# Publication windows of the reports that can relate to one published over ``span``, as windows of *their*
# first day (a report dated by year starts up to a year before its last day); no span: every report.
_LONGEST_SPAN = 366


def _sources_of(span: tuple[date, date] | None) -> tuple[date, date] | None:
    """Reports it may relay: published no later, at most RELAY_DAYS before (:func:`credits.relayed`)."""
    return widened(span, credits.RELAY_DAYS + _LONGEST_SPAN, 0) if span else None


def _relays_of(span: tuple[date, date] | None) -> tuple[date, date] | None:
    """Reports that may relay it: published no earlier, at most RELAY_DAYS after."""
    return widened(span, _LONGEST_SPAN, credits.RELAY_DAYS) if span else None


def _together_with(span: tuple[date, date] | None) -> tuple[date, date] | None:
    """Reports within SAME_REPORT_DAYS of it (:func:`credits.close_in_time`; undated ones never are)."""
    return widened(span, credits.SAME_REPORT_DAYS + _LONGEST_SPAN, credits.SAME_REPORT_DAYS) if span else None


def _later_first(tables: CaseTables, doc_id: int, info: DocumentInfo, other: int) -> tuple[int, int]:
    """(the later report, the earlier one) by publication date, else by id: the later took it over."""
    mine, theirs = credits.span_of(info.meta), None
    if (other_info := tables.infos([other]).get(other)) is not None:
        theirs = credits.span_of(other_info.meta)
    if mine is not None and theirs is not None and (mine[0] > theirs[1] or theirs[0] > mine[1]):
        return (doc_id, other) if mine[0] > theirs[1] else (other, doc_id)
    return max(doc_id, other), min(doc_id, other)


class _Spans:
    """Publication spans of documents, read once each."""

    def __init__(self, tables: CaseTables, known: dict[int, tuple[date, date] | None]) -> None:
        self.tables, self.known = tables, known

    def of(self, doc_id: int) -> tuple[date, date] | None:
        if doc_id not in self.known:
            info = self.tables.infos([doc_id]).get(doc_id)
            self.known[doc_id] = credits.span_of(info.meta) if info else None
        return self.known[doc_id]

    def read(self, dated: list[Dated]) -> list[int]:
        """Keep the spans of documents read with their dates; their ids."""
        for doc_id, published, precision in dated:
            self.known.setdefault(doc_id, credits.published_span(published, precision))
        return [doc_id for doc_id, _published, _precision in dated]


def _relaying_together(spans: _Spans, doc_id: int, citing: list[int], key: str) -> list[tuple[int, int, str]]:
    """Two reports crediting one outlet within days of each other relay the same report of it: one source."""
    return [
        (max(doc_id, other), min(doc_id, other), copies.relayed_together_reason(key))
        for other in citing
        if other != doc_id and credits.close_in_time(spans.of(doc_id), spans.of(other))
    ]


def _credit_back(tables: CaseTables, doc_id: int, outlet: str, own: str) -> None:
    """Documents stored before this outlet's first one that credit it under a name no vocabulary knows."""
    names = credits.outlet_names(outlet)
    for name in names:
        for other, other_outlet, _published, other_text in tables.texts_mentioning(name, doc_id):
            if name not in other_text or (other_outlet is not None and credits.outlet_key(other_outlet) == own):
                continue  # the search ignores case; a name is matched as written
            if own in credits.credited(other_text, [outlet], known=False):
                tables.add_citations(other, [own])

"""The case base as JSON, schema ``tumen/v1`` (``data/schema/tumen-v1.schema.json``).

The shape only grows: fields are added, never renamed or removed. Dates are ISO
``YYYY-MM-DD``; ``start``/``end`` are character offsets into the document's stored text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from importlib import resources
from typing import Any, TextIO

from tumen.cases.casebase import CaseBase, Mention, Named
from tumen.cases.casefile import CaseFile
from tumen.corroborate.facts import Conflict, Fact, Support
from tumen.corroborate.relations import CaseRelation
from tumen.extract.routes import ROUTE
from tumen.extract.version import versions
from tumen.model import DocumentInfo, Interval, Money
from tumen.resolve import places
from tumen.resolve.persons import Person

SCHEMA_ID = "tumen/v1"


@cache
def schema() -> dict[str, Any]:
    text = resources.files("tumen").joinpath("data", "schema", "tumen-v1.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def validate(document: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``document`` breaks the export contract."""
    import jsonschema

    jsonschema.validate(document, schema())


def _interval(interval: Interval | None) -> dict[str, str] | None:
    if interval is None:
        return None
    return {
        "earliest": interval.earliest.isoformat(),
        "latest": interval.latest.isoformat(),
        "precision": interval.precision,
    }


def _money(money: Money | None) -> dict[str, Any] | None:
    if money is None:
        return None
    return {
        "value": money.value,
        "currency": money.currency,
        "value_eur": money.value_eur,
        "approximate": money.approximate,
        "rate_date": money.rate_date.isoformat() if money.rate_date else None,
        "rate_note": money.rate_note,
    }


def _mention(mention: Mention, witness: str | None = None) -> dict[str, Any]:
    return {
        "document": mention.document,
        "start": mention.start,
        "end": mention.end,
        "quote": mention.quote,
        "witness": witness,
    }


def _evidence(support: Support) -> dict[str, Any]:
    return {
        "document": support.document,
        "start": support.start,
        "end": support.end,
        "quote": support.quote,
        "witness": support.witness,
        "hearsay": support.hearsay,
        "outlet": support.outlet,
        "witness_inferred": support.witness_inferred,
        "earlier_account": support.earlier,
    }


def _conflict(conflict: Conflict) -> dict[str, Any]:
    return {
        "kind": conflict.kind,
        "detail": conflict.detail,
        "left": _evidence(conflict.left),
        "right": _evidence(conflict.right),
    }


def _time(fact: Fact) -> dict[str, Any] | None:
    """The fact's interval with how it was found (``basis``) and the span of text that gave it."""
    interval: dict[str, Any] | None = _interval(fact.time)
    found = fact.time_basis()
    if interval is None or found is None:
        return interval
    basis, support, span = found
    evidence = None
    if support is not None and span is not None:
        evidence = {"document": support.document, "start": span[0], "end": span[1], "quote": span[2]}
    return {**interval, "basis": basis, "evidence": evidence}


def _event(fact: Fact) -> dict[str, Any]:
    attributes = {k: v for k, v in fact.attributes().items() if not k.startswith("__")}
    stops = fact.attributes().get(ROUTE) or []  # a journey's places by name, in order
    route = [{"place": places.entity_id("place", n), "name": places.canonical(n)} for n in stops]
    return {
        "id": fact.id,
        "type": fact.type,
        "time": _time(fact),
        "time_from_age": fact.time is not None and fact.time is fact.derived_time,
        "place": fact.place,
        "route": route,
        "participants": [{"entity": entity, "role": role} for entity, role in fact.participants()],
        "amount": _money(fact.amount),
        "attributes": attributes,
        "modality": str(attributes.get("modality") or "asserted"),
        "evidence": [_evidence(s) for s in fact.supports],
        "verdict": fact.verdict.value,
        "independent_sources": fact.independent_sources,
        "sources": [[_evidence(s) for s in group] for group in fact.groups],
        "reporting_chains": fact.reporting_chains,
        "chains": [[_evidence(s) for s in chain] for chain in fact.chains or fact.groups],
        "conflicts": [_conflict(c) for c in fact.conflicts],
        "explanation": fact.explanation,
    }


def document_item(d: DocumentInfo) -> dict[str, Any]:
    return {
        "id": d.id,
        "sha256": d.sha256,
        "title": d.meta.title,
        "outlet": d.meta.outlet,
        "published": d.meta.published.isoformat() if d.meta.published else None,
        "published_precision": d.meta.published_precision or ("day" if d.meta.published else None),
        "language": d.meta.language,
        "url": d.meta.url,
    }


def case_file_item(file: CaseFile) -> dict[str, Any]:
    """One case file as JSON (``tumen person --json``, ``/api/persons/{id}``): the person, relations and events
    as export items, the names of everyone it mentions, and what analysts corrected beside what was extracted."""
    return {
        "person": person_item(file.person),
        "relations": [relation_item(r) for r in file.relations],
        "events": [event_item(f) for f in file.facts],
        "names": file.names,
        "corrections": {"person": file.corrections, "events": file.event_corrections},
    }


def person_item(p: Person) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "aliases": p.aliases,
        "gender": p.gender,
        "birth": _interval(p.birth),
        "birth_conflicts": [{"record": key, "birth": _interval(i)} for key, i in p.birth_conflict],
        "status": p.status,
        "status_date": p.status_date.isoformat() if p.status_date else None,
        "last_report": p.last_report.isoformat() if p.last_report else None,
        "at_risk": p.at_risk,
        "titles": p.titles,
        "records": p.records,
        "mentions": [_mention(m) for m in p.mentions],
    }


def organization_item(n: Named) -> dict[str, Any]:
    return {"id": n.id, "name": n.name, "aliases": n.aliases, "mentions": [_mention(m) for m in n.mentions]}


def place_item(n: Named) -> dict[str, Any]:
    return {
        "id": n.id,
        "name": n.name,
        "kind": n.place_kind or "other",
        "aliases": n.aliases,
        "mentions": [_mention(m) for m in n.mentions],
    }


def relation_item(r: CaseRelation) -> dict[str, Any]:
    return {
        "id": r.id,
        "type": r.type,
        "subject": r.subject,
        "object": r.object,
        "evidence": [_evidence(s) for s in r.evidence],
    }


def event_item(fact: Fact) -> dict[str, Any]:
    return _event(fact)


def dependency_item(dependency: tuple[int, int, str]) -> dict[str, Any]:
    document, depends_on, why = dependency
    return {"document": document, "depends_on": depends_on, "why": why}


def aggregate_items(extractions: Iterable[tuple[int, dict[str, Any]]]) -> Iterator[dict[str, Any]]:
    """Generic and statistical statements of each document ("more than 30,000 have fled in recent
    decades"): context, not events of persons (docs/extraction.md, "Specific and generic statements")."""
    for document, data in extractions:
        for aggregate in data.get("aggregates") or []:
            evidence = aggregate["evidence"]
            yield {
                "what": aggregate["what"],
                "type": aggregate.get("type"),
                "count": aggregate.get("count"),
                "qualifier": aggregate.get("qualifier"),
                "period": aggregate.get("period"),
                "evidence": {
                    "document": document,
                    "start": evidence["start"],
                    "end": evidence["end"],
                    "quote": evidence["quote"],
                    "witness": None,  # the document's own id of its speaker; resolved persons are in the events
                    "hearsay": bool(evidence.get("hearsay")),
                },
            }


SECTIONS = ("documents", "persons", "organizations", "places", "relations", "events", "dependencies", "aggregates")
ITEM_KIND = {
    "documents": "document",
    "persons": "person",
    "organizations": "organization",
    "places": "place",
    "relations": "relation",
    "events": "event",
    "dependencies": "dependency",
    "aggregates": "aggregate",
}


def to_json(case: CaseBase) -> dict[str, Any]:
    named = sorted(case.named.values(), key=lambda n: n.id)
    return {
        "schema": SCHEMA_ID,
        "versions": versions(),
        "documents": [document_item(d) for d in case.documents],
        "persons": [person_item(p) for p in sorted(case.persons.values(), key=lambda p: p.id)],
        "organizations": [organization_item(n) for n in named if n.kind in ("organization", "group")],
        "places": [place_item(n) for n in named if n.kind == "place"],
        "relations": [relation_item(r) for r in case.relations],
        "events": [_event(f) for f in case.facts],
        "dependencies": [dependency_item(d) for d in case.dependent],
    }


def _item_validator(kind: str) -> Any:
    import jsonschema

    whole = schema()
    return jsonschema.Draft202012Validator({"$defs": whole["$defs"], "$ref": f"#/$defs/{kind}"})


class InvalidItem(Exception):
    """An item of the export breaks its schema definition (nothing more is written)."""

    def __init__(self, section: str, index: int, item_id: Any, error: Any) -> None:
        super().__init__(f"{section}/{index}: {error.message}")
        self.section, self.index, self.item_id, self.error = section, index, item_id, error


def write(out: TextIO, sections: Mapping[str, Iterable[dict[str, Any]]]) -> dict[str, int]:
    """Write the export item by item (memory does not grow with the case base), validating each
    item against its definition in the schema first; returns how many items each section had."""
    out.write(
        "{\n" + f'  "schema": {json.dumps(SCHEMA_ID)},\n  "versions": {json.dumps(versions(), ensure_ascii=False)}'
    )
    counts: dict[str, int] = {}
    for name in SECTIONS:
        validator = _item_validator(ITEM_KIND[name])
        out.write(f',\n  "{name}": [')
        count = 0
        for item in sections.get(name, ()):
            error = next(iter(validator.iter_errors(item)), None)
            if error is not None:
                raise InvalidItem(name, count, item.get("id"), error)
            text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n    ")
            out.write(("," if count else "") + "\n    " + text)
            count += 1
        out.write("\n  ]" if count else "]")
        counts[name] = count
    out.write("\n}\n")
    return counts

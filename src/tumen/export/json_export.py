"""The case base as JSON, schema ``tumen/v1`` (``data/schema/tumen-v1.schema.json``).

The shape only grows: fields are added, never renamed or removed. Dates are ISO
``YYYY-MM-DD``; ``start``/``end`` are character offsets into the document's stored text.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from tumen.cases.casebase import CaseBase, Mention
from tumen.corroborate.facts import Conflict, Fact, Support
from tumen.extract.version import versions
from tumen.model import Interval, Money

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


def _event(fact: Fact) -> dict[str, Any]:
    attributes = {k: v for k, v in fact.attributes().items() if not k.startswith("__")}
    return {
        "id": fact.id,
        "type": fact.type,
        "time": _interval(fact.time),
        "time_from_age": fact.time is not None and fact.time is fact.derived_time,
        "place": fact.place,
        "participants": [{"entity": entity, "role": role} for entity, role in fact.participants()],
        "amount": _money(fact.amount),
        "attributes": attributes,
        "evidence": [_evidence(s) for s in fact.supports],
        "verdict": fact.verdict.value,
        "independent_sources": fact.independent_sources,
        "sources": [[_evidence(s) for s in group] for group in fact.groups],
        "conflicts": [_conflict(c) for c in fact.conflicts],
        "explanation": fact.explanation,
    }


def to_json(case: CaseBase) -> dict[str, Any]:
    documents = [
        {
            "id": d.id,
            "sha256": d.sha256,
            "title": d.meta.title,
            "outlet": d.meta.outlet,
            "published": d.meta.published.isoformat() if d.meta.published else None,
            "published_precision": d.meta.published_precision or ("day" if d.meta.published else None),
            "language": d.meta.language,
            "url": d.meta.url,
        }
        for d in case.documents
    ]
    persons = [
        {
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
        for p in sorted(case.persons.values(), key=lambda p: p.id)
    ]
    named = sorted(case.named.values(), key=lambda n: n.id)
    organizations = [
        {"id": n.id, "name": n.name, "aliases": n.aliases, "mentions": [_mention(m) for m in n.mentions]}
        for n in named
        if n.kind in ("organization", "group")
    ]
    places = [
        {
            "id": n.id,
            "name": n.name,
            "kind": n.place_kind or "other",
            "aliases": n.aliases,
            "mentions": [_mention(m) for m in n.mentions],
        }
        for n in named
        if n.kind == "place"
    ]
    relations = [
        {
            "id": r.id,
            "type": r.type,
            "subject": r.subject,
            "object": r.object,
            "evidence": [_evidence(s) for s in r.evidence],
        }
        for r in case.relations
    ]
    return {
        "schema": SCHEMA_ID,
        "versions": versions(),
        "documents": documents,
        "persons": persons,
        "organizations": organizations,
        "places": places,
        "relations": relations,
        "events": [_event(f) for f in case.facts],
        "dependencies": [{"document": a, "depends_on": b, "why": why} for a, b, why in case.dependent],
    }

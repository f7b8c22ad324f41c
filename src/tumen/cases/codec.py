"""Persons, facts, statements and relations as plain JSON values, to store and read back unchanged."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from tumen.corroborate.facts import Conflict, Fact, Support, Verdict
from tumen.corroborate.relations import CaseRelation, RelationStatement
from tumen.model import Interval, Money
from tumen.resolve.persons import Mention, Person


def interval(value: Interval | None) -> dict[str, str] | None:
    return value.as_dict() if value is not None else None


def to_interval(data: dict[str, Any] | None) -> Interval | None:
    if not data:
        return None
    return Interval(date.fromisoformat(data["earliest"]), date.fromisoformat(data["latest"]), data["precision"])


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _to_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def money(value: Money | None) -> dict[str, Any] | None:
    if value is None:
        return None
    data: dict[str, Any] = {}
    for f in dataclasses.fields(value):
        item = getattr(value, f.name)
        data[f.name] = (
            item.isoformat() if isinstance(item, date) else (float(item) if isinstance(item, float) else item)
        )
    return data


def to_money(data: dict[str, Any] | None) -> Money | None:
    if not data:
        return None
    return Money(
        value=data["value"],
        currency=data["currency"],
        value_eur=data.get("value_eur"),
        approximate=data.get("approximate", False),
        rate_date=_to_day(data.get("rate_date")),
        rate_note=data.get("rate_note"),
    )


def support(value: Support) -> dict[str, Any]:
    return {
        "event": value.event,
        "type": value.type,
        "document": value.document,
        "outlet": value.outlet,
        "witness": value.witness,
        "witness_label": value.witness_label,
        "hearsay": value.hearsay,
        "start": value.start,
        "end": value.end,
        "quote": value.quote,
        "time": interval(value.time),
        "place": value.place,
        "place_kind": value.place_kind,
        "place_name": value.place_name,
        "amount": money(value.amount),
        "participants": [list(p) for p in value.participants],
        "attributes": [[k, v] for k, v in value.attributes],
        "witness_inferred": value.witness_inferred,
        "published": interval(value.published),
        "earlier": value.earlier,
    }


def to_support(data: dict[str, Any]) -> Support:
    return Support(
        event=data["event"],
        type=data["type"],
        document=data["document"],
        outlet=data["outlet"],
        witness=data["witness"],
        witness_label=data["witness_label"],
        hearsay=data["hearsay"],
        start=data["start"],
        end=data["end"],
        quote=data["quote"],
        time=to_interval(data["time"]),
        place=data["place"],
        place_kind=data["place_kind"],
        place_name=data["place_name"],
        amount=to_money(data["amount"]),
        participants=tuple((e, r) for e, r in data["participants"]),
        attributes=tuple((k, v) for k, v in data["attributes"]),
        witness_inferred=data["witness_inferred"],
        published=to_interval(data["published"]),
        earlier=data["earlier"],
    )


def fact(value: Fact) -> dict[str, Any]:
    index = {id(s): i for i, s in enumerate(value.supports)}
    return {
        "id": value.id,
        "type": value.type,
        "principal": value.principal,
        "supports": [support(s) for s in value.supports],
        "groups": [[index[id(s)] for s in group] for group in value.groups],
        "chains": [[index[id(s)] for s in chain] for chain in value.chains],
        "conflicts": [
            {"kind": c.kind, "left": index[id(c.left)], "right": index[id(c.right)], "detail": c.detail}
            for c in value.conflicts
        ],
        "verdict": value.verdict.value,
        "explanation": value.explanation,
        "derived_time": interval(value.derived_time),
    }


def to_fact(data: dict[str, Any]) -> Fact:
    supports = [to_support(s) for s in data["supports"]]
    return Fact(
        id=data["id"],
        type=data["type"],
        principal=data["principal"],
        supports=supports,
        groups=[[supports[i] for i in group] for group in data["groups"]],
        chains=[[supports[i] for i in chain] for chain in data.get("chains") or []],  # none before chains
        conflicts=[
            Conflict(c["kind"], supports[c["left"]], supports[c["right"]], c["detail"]) for c in data["conflicts"]
        ],
        verdict=Verdict(data["verdict"]),
        explanation=data["explanation"],
        derived_time=to_interval(data["derived_time"]),
    )


def person(value: Person) -> dict[str, Any]:
    return {
        "id": value.id,
        "name": value.name,
        "aliases": value.aliases,
        "gender": value.gender,
        "birth": interval(value.birth),
        "birth_conflict": [[key, interval(i)] for key, i in value.birth_conflict],
        "mentions": [[m.document, m.start, m.end, m.quote, m.record] for m in value.mentions],
        "records": value.records,
        "status": value.status,
        "status_date": _day(value.status_date),
        "last_report": _day(value.last_report),
        "at_risk": value.at_risk,
        "titles": value.titles,
        "anonymous": value.anonymous,
    }


def to_person(data: dict[str, Any]) -> Person:
    conflicts = [(key, i) for key, raw in data["birth_conflict"] if (i := to_interval(raw)) is not None]
    return Person(
        id=data["id"],
        name=data["name"],
        aliases=list(data["aliases"]),
        gender=data["gender"],
        birth=to_interval(data["birth"]),
        birth_conflict=conflicts,
        mentions=[Mention(d, s, e, q, r) for d, s, e, q, r in data["mentions"]],
        records=list(data["records"]),
        status=data["status"],
        status_date=_to_day(data["status_date"]),
        last_report=_to_day(data["last_report"]),
        at_risk=data["at_risk"],
        titles=list(data["titles"]),
        anonymous=data.get("anonymous", False),
    )


def relation_statement(value: RelationStatement) -> dict[str, Any]:
    return {
        "id": value.id,
        "type": value.type,
        "subject": value.subject,
        "object": value.object,
        "evidence": support(value.evidence),
    }


def to_relation_statement(data: dict[str, Any]) -> RelationStatement:
    return RelationStatement(data["id"], data["type"], data["subject"], data["object"], to_support(data["evidence"]))


def relation(value: CaseRelation) -> dict[str, Any]:
    return {
        "id": value.id,
        "type": value.type,
        "subject": value.subject,
        "object": value.object,
        "evidence": [support(s) for s in value.evidence],
    }


def to_relation(data: dict[str, Any]) -> CaseRelation:
    return CaseRelation(
        data["id"], data["type"], data["subject"], data["object"], [to_support(s) for s in data["evidence"]]
    )

"""Checking an :class:`Extraction` against the written-down expectations (tests/expectations/*.yaml).

Each expectation becomes one named check that passes or fails, so a test can require all
checks of one kind and report the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from tumen.extract.names import parse
from tumen.extract.types import Entity, Event, Extraction

EXPECTATIONS = Path(__file__).parent / "expectations"
KIN_RELATION = {
    "son": "child_of",
    "daughter": "child_of",
    "child": "child_of",
    "mother": "parent_of",
    "father": "parent_of",
    "wife": "spouse_of",
    "husband": "spouse_of",
    "brother": "sibling_of",
    "sister": "sibling_of",
}


@dataclass(frozen=True)
class Check:
    document: str
    kind: str  # person | organization | place | amount | time | event | not_event
    what: str
    passed: bool


def load(name: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = yaml.safe_load((EXPECTATIONS / name).read_text(encoding="utf-8"))
    return data


def _fold(text: str) -> str:
    return re.sub(r"[\s\-‐'’.]", "", text.lower()).removeprefix("the")


def _names(entity: Entity) -> list[str]:
    return [n for n in [entity.name, *entity.aliases] if n]


def _name_matches(entity: Entity, wanted: str) -> bool:
    if any(_fold(n) == _fold(wanted) for n in _names(entity)):
        return True
    if entity.kind == "person" and entity.name and len(wanted.split()) > 1:
        have, want = parse(entity.name), parse(wanted)
        return bool(have.given_key and want.given_key and have.compatible(want))
    return False


def find_person(extraction: Extraction, spec: Any) -> Entity | None:
    """The person an expectation means: a name (any spelling listed) or {kin: {relation, of}}."""
    if isinstance(spec, str):
        spec = {"names": [spec]}
    if not isinstance(spec, dict):
        return None
    names = spec.get("names") or ([spec["name"]] if "name" in spec else [])
    for entity in extraction.of_kind("person"):
        if any(_name_matches(entity, n) for n in names):
            return entity
    kin = spec.get("kin")
    if kin and not names:
        anchor = find_person(extraction, kin["of"])
        relation = KIN_RELATION.get(kin["relation"])
        for entity in extraction.of_kind("person"):
            if anchor and entity.anchor == (relation, anchor.id):
                return entity
    return None


def _participant(extraction: Extraction, spec: Any) -> Entity | bool | None:
    """The entity for a role, or True when the spec cannot be checked (descriptions, groups)."""
    if isinstance(spec, dict) and ("description" in spec or "group" in spec):
        return True
    found = find_person(extraction, spec)
    if found is None and isinstance(spec, str):
        for entity in extraction.entities:
            if entity.kind != "person" and _name_matches(entity, spec):
                return entity
    return found


def _time_ok(event: Event, spec: dict[str, Any]) -> bool:
    if "year" not in spec and "earliest" not in spec:
        return True
    if event.time is None:
        return False
    if "year" in spec:
        earliest, latest = date(int(spec["year"]), 1, 1), date(int(spec["year"]), 12, 31)
    else:
        earliest, latest = spec["earliest"], spec["latest"]
    return event.time.earliest <= latest and earliest <= event.time.latest


def event_matches(extraction: Extraction, event: Event, spec: dict[str, Any]) -> bool:
    types = {spec["type"], *(spec.get("alt_types") or [])}
    if event.type not in types:
        return False
    for role in ("victim", "subject", "perpetrator", "payer", "recipient"):
        if role not in spec:
            continue
        wanted = _participant(extraction, spec[role])
        if wanted is True:
            continue
        if wanted is None or not any(p.entity == wanted.id for p in event.participants):  # type: ignore[union-attr]
            return False
    if spec.get("place"):
        place = next((e for e in extraction.entities if e.id == event.place), None)
        if place is None or not _name_matches(place, spec["place"]):
            return False
    if not _time_ok(event, spec):
        return False
    if "witness" in spec:
        witness = event.evidence[0].witness
        if spec["witness"] is None:
            if witness is not None:
                return False
        else:
            # a person or an organisation by name; a description is not checked (as for participants)
            found = _participant(extraction, spec["witness"])
            if found is None or (isinstance(found, Entity) and witness != found.id):
                return False
    if "hearsay" in spec and bool(event.attributes.get("hearsay")) != bool(spec["hearsay"]):
        return False
    if spec.get("amount"):
        amount = event.amount
        if amount is None or amount.currency != spec["amount"]["currency"]:
            return False
        if abs(amount.value - float(spec["amount"]["value"])) > 0.01 * float(spec["amount"]["value"]):
            return False
    return True


DONE = ("asserted", "attempted", "failed")


def checks(extraction: Extraction, spec: dict[str, Any]) -> list[Check]:
    doc = spec["file"]
    found: list[Check] = []
    for person in spec.get("persons") or []:
        entity = find_person(extraction, person)
        label = "/".join(person.get("names") or []) or str(person.get("kin") or person.get("description"))
        if "description" in person and "names" not in person and "kin" not in person:
            continue
        found.append(Check(doc, "person", label, entity is not None))
        if entity is not None and person.get("gender"):
            found.append(Check(doc, "gender", f"{label}: {person['gender']}", entity.gender == person["gender"]))
        if entity is not None and person.get("birth_years"):
            years = person["birth_years"]
            birth = entity.birth
            ok = birth is not None and birth.earliest.year >= min(years) and birth.latest.year <= max(years)
            found.append(Check(doc, "birth", f"{label}: born {years}", ok))
    for name in spec.get("organizations") or []:
        ok = any(_name_matches(e, name) for e in extraction.entities if e.kind in ("organization", "group"))
        found.append(Check(doc, "organization", name, ok))
    for name in spec.get("places") or []:
        ok = any(_name_matches(e, name) for e in extraction.of_kind("place"))
        found.append(Check(doc, "place", name, ok))
    for amount in spec.get("amounts") or []:
        ok = any(
            a.money.currency == amount["currency"] and abs(a.money.value - float(amount["value"])) < 0.5
            for a in extraction.amounts
        )
        found.append(Check(doc, "amount", f"{amount['value']} {amount['currency']}", ok))
    for time in spec.get("times") or []:
        ok = any(
            t.interval is not None and t.interval.earliest == time["earliest"] and t.interval.latest == time["latest"]
            for t in extraction.times
        )
        found.append(Check(doc, "time", f"{time['earliest']}..{time['latest']} ({time.get('about', '')})", ok))
    done = [e for e in extraction.events if e.modality in DONE]  # a demand, a plan, a negation: not done
    for event in spec.get("events") or []:
        ok = any(event_matches(extraction, e, event) for e in done)
        roles = {k: v for k, v in event.items() if k in ("victim", "subject", "payer", "perpetrator", "recipient")}
        found.append(Check(doc, "event", f"{event['type']} {roles}", ok))
    for forbidden in spec.get("not_events") or []:
        keys = {k: v for k, v in forbidden.items() if k not in ("why", "note")}
        violated = any(event_matches(extraction, e, keys) for e in done)
        found.append(Check(doc, "not_event", f"no {forbidden['type']}: {forbidden.get('why', '')}", not violated))
    return found

"""The case base as FollowTheMoney entities, one JSON object a line, for OCCRP Aleph and its tools.

Built from the same stream of items as the JSON export (``Tumen.export_items``), one item at a
time, with the ``followthemoney`` library; every entity is validated (its schema, and the required
properties that ``schema.validate`` does not check) before it is written.

=============================  ==================================================================
tumen                          FollowTheMoney
=============================  ==================================================================
document ``N``                 ``Document`` ``tumen-DN`` (title, publisher, sourceUrl, publishedAt,
                               language, bodyText)
person ``P…``                  ``Person`` ``tumen-P…`` (name — the analyst's preferred name first —,
                               alias, gender, birthDate when known to a year or better, title,
                               status, notes)
organisation/group ``O…/G…``   ``Organization`` ``tumen-O…``
place ``L…``                   ``Address`` ``tumen-L…`` (full: the name)
event ``F…``                   ``Event`` ``tumen-F…`` (name, summary, date or startDate/endDate,
                               location, addressEntity, involved, description: the verdict)
a source of an event           ``Documentation`` linking the ``Document`` to the ``Event``
                               (summary: the quote; role: evidence; description: witness, hearsay)
relation ``R…`` person-person  ``Family`` (person, relative, relationship)
relation to an organisation    ``Membership`` (member, organization, role)
a place taking part in an      ``UnknownLink`` (subject: the ``Address``, object: the ``Event``,
event (a state as perpetrator) role)
=============================  ==================================================================

Ids are the tumen ids with the prefix ``tumen-``, so a re-export of the same store gives the same
entities and Aleph updates them in place.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from tumen.export.csv_export import Corrections, corrections_index, evidence_ids

PREFIX = "tumen-"
PERSON, ORGANIZATION, PLACE = "P", ("O", "G"), "L"
_PREFIX_LENGTH = {"month": 7, "year": 4}  # a date known to a month or a year, as FollowTheMoney writes it


class InvalidEntity(Exception):
    """An entity breaks its FollowTheMoney schema (nothing more is written)."""


def entity_id(tumen_id: str | int) -> str:
    """The FollowTheMoney id of a tumen person, organisation, place, event or relation id."""
    return f"{PREFIX}{tumen_id}"


def document_id(document: int) -> str:
    return f"{PREFIX}D{document}"


def _date_prefix(interval: Mapping[str, Any] | None) -> str | None:
    """An interval as a FollowTheMoney date of its precision (``2016``, ``2016-06``, ``2016-06-10``),
    or None when it is wider than a year."""
    if not interval:
        return None
    earliest, latest = str(interval["earliest"]), str(interval["latest"])
    if earliest == latest:
        return earliest
    if earliest[:7] == latest[:7] and interval.get("precision") == "month":
        return earliest[:7]
    if earliest[:4] == latest[:4]:
        return earliest[:4]
    return None


def _make(schema: str, ident: str, properties: Mapping[str, Any]) -> Any:
    from followthemoney import model

    proxy = model.make_entity(schema)
    proxy.id = ident
    for prop, values in properties.items():
        for value in values if isinstance(values, list | tuple) else [values]:
            if value is not None and value != "":
                proxy.add(prop, value)
    return proxy


def check(proxy: Any) -> dict[str, Any]:
    """The entity as a dict once it is valid: its schema's rules and every required property."""
    data: dict[str, Any] = proxy.to_dict()
    problem = proxy.schema.validate(data)
    missing = [p for p in proxy.schema.required if not proxy.has(p)]
    if problem or missing:
        reason = problem or f"missing required {', '.join(missing)}"
        raise InvalidEntity(f"{proxy.schema.name} {proxy.id}: {reason}")
    return data


def _document(item: Mapping[str, Any], text: str | None) -> Any:
    return _make(
        "Document",
        document_id(item["id"]),
        {
            "title": item.get("title"),
            "fileName": f"tumen-document-{item['id']}",
            "publisher": item.get("outlet"),
            "sourceUrl": item.get("url"),
            "publishedAt": item.get("published") if item.get("published_precision") in (None, "day") else None,
            "date": (item.get("published") or "")[: _PREFIX_LENGTH.get(str(item.get("published_precision")), 10)]
            or None,
            "language": item.get("language"),
            "bodyText": text,
        },
    )


def _person(item: Mapping[str, Any], own: Mapping[str, str]) -> Any:
    names = [own["preferred_name"]] if own.get("preferred_name") else []
    names += [item["name"], *item.get("aliases", [])]
    birth = item.get("birth")
    notes = [own["analyst_notes"]] if own.get("analyst_notes") else []
    if birth and _date_prefix(birth) is None:
        notes.append(f"born between {birth['earliest']} and {birth['latest']}")
    return _make(
        "Person",
        entity_id(item["id"]),
        {
            "name": names[0],
            "alias": [n for n in dict.fromkeys(names[1:]) if n != names[0]],
            "gender": item.get("gender"),
            "birthDate": _date_prefix(birth),
            "title": item.get("titles", []),
            "status": own.get("status_override") or item.get("status"),
            "notes": notes,
        },
    )


def _named(schema: str, item: Mapping[str, Any]) -> Any:
    props: dict[str, Any] = {"name": item["name"], "alias": item.get("aliases", [])}
    if schema == "Address":
        props = {"full": item["name"], "name": item["name"]}
    return _make(schema, entity_id(item["id"]), props)


def _event(item: Mapping[str, Any], own: Mapping[str, str]) -> Iterator[Any]:
    time = item.get("time")
    when = _date_prefix(time)
    involved = [p["entity"] for p in item.get("participants", []) if p["entity"][:1] in (PERSON, *ORGANIZATION)]
    verdict = own.get("analyst_verdict") or item["verdict"]
    description = f"verdict: {verdict}; independent sources: {item.get('independent_sources')}"
    if own.get("analyst_verdict"):
        description += f" (analyst; tumen found {item['verdict']})"
    yield _make(
        "Event",
        entity_id(item["id"]),
        {
            "name": item["type"].replace("_", " ") + (f" ({when})" if when else ""),
            "summary": item.get("explanation"),
            "description": description,
            "date": when,
            "startDate": time["earliest"] if time and not when else None,
            "endDate": time["latest"] if time and not when else None,
            "location": [stop["name"] for stop in item.get("route", [])],
            "addressEntity": entity_id(item["place"]) if item.get("place") else None,
            "involved": [entity_id(e) for e in dict.fromkeys(involved)],
            "notes": own.get("analyst_notes"),
            "recordId": item["id"],
        },
    )
    for p in item.get("participants", []):
        if p["entity"][:1] == PLACE:
            yield _make(
                "UnknownLink",
                entity_id(f"{item['id']}-{p['entity']}-{p['role']}"),
                {"subject": entity_id(p["entity"]), "object": entity_id(item["id"]), "role": p["role"]},
            )
    yield from _documentation(item["id"], item.get("evidence", []))


def _documentation(subject: str, evidence: Iterable[Mapping[str, Any]]) -> Iterator[Any]:
    """One ``Documentation`` per source: which document says it, where, and who in it speaks."""
    evidence = list(evidence)
    for ident, ev in zip(evidence_ids(subject, evidence), evidence, strict=True):
        said = f"characters {ev['start']}-{ev['end']}"
        if ev.get("witness"):
            said += f"; witness {ev['witness']}" + (" (inferred)" if ev.get("witness_inferred") else "")
        if ev.get("hearsay"):
            said += "; hearsay"
        yield _make(
            "Documentation",
            entity_id(ident.replace("/", "-").replace(":", "-").replace("#", "-")),
            {
                "document": document_id(ev["document"]),
                "entity": entity_id(subject),
                "role": "evidence",
                "summary": ev.get("quote"),
                "description": said,
                "publisher": ev.get("outlet"),
            },
        )


def _relation(item: Mapping[str, Any]) -> Iterator[Any]:
    subject, obj = item["subject"], item["object"]
    if subject[:1] == PERSON and obj[:1] == PERSON:
        props = {"person": entity_id(subject), "relative": entity_id(obj), "relationship": item["type"]}
        yield _make("Family", entity_id(item["id"]), props)
    elif obj[:1] in ORGANIZATION and subject[:1] in (PERSON, *ORGANIZATION):
        props = {"member": entity_id(subject), "organization": entity_id(obj), "role": item["type"]}
        yield _make("Membership", entity_id(item["id"]), props)
    else:
        props = {"subject": entity_id(subject), "object": entity_id(obj), "role": item["type"]}
        yield _make("UnknownLink", entity_id(item["id"]), props)
    yield from _documentation(item["id"], item.get("evidence", []))


def entities(items: Mapping[str, Iterable[Mapping[str, Any]]]) -> Iterator[Any]:
    """Every entity, in an order where each link points to an entity already given."""
    corrections: Corrections = corrections_index(items.get("corrections", ()))
    texts = iter(items.get("texts", ()))
    pending = next(texts, None)
    for document in items.get("documents", ()):
        while pending is not None and pending["document"] < document["id"]:
            pending = next(texts, None)
        text = pending["text"] if pending is not None and pending["document"] == document["id"] else None
        yield _document(document, text)
    for person in items.get("persons", ()):
        yield _person(person, corrections.get(("person", person["id"]), {}))
    for organization in items.get("organizations", ()):
        yield _named("Organization", organization)
    for place in items.get("places", ()):
        yield _named("Address", place)
    for relation in items.get("relations", ()):
        yield from _relation(relation)
    for event in items.get("events", ()):
        yield from _event(event, corrections.get(("event", event["id"]), {}))


def write(out: TextIO, items: Mapping[str, Iterable[Mapping[str, Any]]]) -> dict[str, int]:
    """Write every entity as one JSON line, each validated first; returns the count per schema."""
    counts: dict[str, int] = {}
    for proxy in entities(items):
        data = check(proxy)
        out.write(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n")
        counts[data["schema"]] = counts.get(data["schema"], 0) + 1
    return counts

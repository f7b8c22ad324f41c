"""Statements of one document, and the same statements with their people resolved.

:func:`document_statements` turns one document's events into :class:`Support` statements whose
persons are still the document's own records (``"DOC:LOCAL_ID"``); organisations, places and
groups already carry their corpus-wide ids (they follow from their names alone). When the
records are resolved, :func:`resolved` replaces each record by its person and names the
witness. Pure: extraction and metadata in, statements out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from tumen.corroborate.facts import PRINCIPAL_ROLES, Support
from tumen.extract.types import NOT_FACTUAL, Event, Extraction
from tumen.model import DocumentInfo, Interval
from tumen.resolve import places as place_ids

EARLIER = "earlier_account"


def is_record(entity: str | None) -> bool:
    """Record keys ("12:p3") name a person of one document; corpus-wide ids have no colon."""
    return entity is not None and ":" in entity


def publication(document: DocumentInfo) -> Interval | None:
    day = document.meta.published
    if day is None:
        return None
    precision = document.meta.published_precision or "day"
    if precision == "year":
        return Interval(day, date(day.year, 12, 31), "year")
    if precision == "month":
        following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return Interval(day, following - timedelta(days=1), "month")
    return Interval(day, day, "day")


def principal_witnesses(extraction: Extraction) -> set[str]:
    """Persons quoted in two or more sentences: an article's interviewees."""
    counts: Counter[tuple[str, int]] = Counter()
    for event in extraction.events:
        for evidence in event.evidence:
            if evidence.witness:
                counts[(evidence.witness, evidence.start)] += 1
    per_witness = Counter(w for w, _ in counts)
    quoted = {w for w, n in per_witness.items() if n >= 2 and w.startswith("p")}
    if not quoted and len(per_witness) == 1:  # a short report quoting one person once
        quoted = {w for w in per_witness if w.startswith("p")}
    return quoted


class _Ids:
    """One document's local ids -> record keys (persons) or corpus-wide ids (everything else)."""

    def __init__(self, doc_id: int, extraction: Extraction) -> None:
        self.doc_id = doc_id
        self.global_of: dict[str, str] = {}
        self.names: dict[str, tuple[str, str | None]] = {}  # corpus-wide id -> (name, place kind)
        for entity in extraction.entities:
            if entity.kind == "person":
                self.global_of[entity.id] = f"{doc_id}:{entity.id}"
                continue
            name = place_ids.canonical(entity.name or entity.id)
            entity_id = place_ids.entity_id(entity.kind, name)
            self.global_of[entity.id] = entity_id
            self.names.setdefault(entity_id, (name, entity.place_kind))

    def __call__(self, local: str) -> str:
        return self.global_of.get(local, local)


def document_statements(doc_id: int, extraction: Extraction, document: DocumentInfo) -> list[Support]:
    """Every statement of every event of one document, persons as record keys."""
    ids = _Ids(doc_id, extraction)
    interviewees = principal_witnesses(extraction)
    published = publication(document)
    relatives = {e.id: e.anchor[1] for e in extraction.of_kind("person") if e.anchor}
    statements: list[Support] = []
    for event in extraction.events:
        if event.modality in NOT_FACTUAL:  # "did not defect", "if you pay, …": no statement of a fact
            continue
        statements += _event_statements(doc_id, event, ids, interviewees, relatives, document, published)
    return statements


def _event_statements(
    doc_id: int,
    event: Event,
    ids: _Ids,
    interviewees: set[str],
    relatives: dict[str, str],
    document: DocumentInfo,
    published: Interval | None,
) -> list[Support]:
    participants = tuple((ids(p.entity), p.role) for p in event.participants)
    place = ids(event.place) if event.place else None
    place_name, place_kind = ids.names.get(place, (None, None)) if place else (None, None)
    kept = {k: v for k, v in event.attributes.items() if k != EARLIER}
    if event.modality != "asserted":  # an attempt, a demanded price, a plan (grouping.py: which join)
        kept["modality"] = event.modality
    if event.time is not None and event.time_basis is not None:  # export time.basis (extraction.md, Story time)
        kept["__time_basis"] = event.time_basis
        if event.time_evidence is not None:
            span = event.time_evidence
            kept["__time_evidence"] = f"{span.start}:{span.end}:{span.text}"
    attributes: tuple[tuple[str, Any], ...] = tuple(sorted(kept.items()))
    found: list[Support] = []
    for evidence in event.evidence:
        witness_local = evidence.witness
        inferred = False
        if witness_local is None:
            own = [p.entity for p in event.participants if p.entity in interviewees]
            own += [relatives[p.entity] for p in event.participants if relatives.get(p.entity) in interviewees]
            if own:  # the interviewee's own (or their family's) story, told in the article's narration
                witness_local, inferred = own[0], True
        witness = ids(witness_local) if witness_local else None
        support = Support(
            event=f"{doc_id}:{event.id}",
            type=event.type,
            document=doc_id,
            outlet=document.meta.outlet,
            witness=witness,
            witness_label=None
            if is_record(witness)
            else (ids.names.get(witness, (None, None))[0] if witness else None),
            hearsay=evidence.hearsay or bool(event.attributes.get("hearsay")),
            start=evidence.start,
            end=evidence.end,
            quote=evidence.quote,
            time=event.time,
            place=place,
            place_kind=place_kind,
            place_name=place_name,
            amount=event.amount,
            participants=participants,
            attributes=attributes,
            witness_inferred=inferred,
            published=published,
        )
        found.append(support)
        earlier = event.attributes.get(EARLIER)
        if isinstance(earlier, dict) and earlier:
            found.append(_earlier_account(support, earlier, ids))
    return found


def _earlier_account(support: Support, earlier: dict[str, Any], ids: _Ids) -> Support:
    """What the sentence says was told before ("at Camp 18, not Camp 14"), as a statement of its own."""
    place, place_kind, place_name = support.place, support.place_kind, support.place_name
    if earlier.get("place"):
        local = str(earlier["place"])
        resolved = ids(local)
        if resolved != local:
            place = resolved
            place_name, known_kind = ids.names.get(resolved, (local, None))
            place_kind = known_kind or support.place_kind
        else:  # unresolved: the document's own id, not one shared ("l2")
            place, place_name = f"{ids.doc_id}:{local}", local
    attributes = dict(support.attributes)
    attributes.update((k, v) for k, v in earlier.items() if k != "place")
    return replace(
        support,
        earlier=True,
        place=place,
        place_kind=place_kind,
        place_name=place_name,
        attributes=tuple(sorted(attributes.items())),
    )


def resolved(statement: Support, person_of: Mapping[str, str], name_of: Mapping[str, str]) -> Support:
    """The statement with each record replaced by its person, and its witness named."""
    participants = tuple((person_of.get(e, e) if is_record(e) else e, role) for e, role in statement.participants)
    witness = statement.witness
    label = statement.witness_label
    if is_record(witness):
        assert witness is not None
        witness = person_of.get(witness, witness)
        label = name_of.get(witness)
    return replace(statement, participants=participants, witness=witness, witness_label=label)


def principal_of(statement: Support) -> str | None:
    """The statement's principal participant as stored (a record key, a corpus-wide id or None)."""
    for role in PRINCIPAL_ROLES:
        for entity, r in statement.participants:
            if r == role:
                return entity
    return None

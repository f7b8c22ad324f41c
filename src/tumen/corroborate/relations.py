"""Relations between persons and organisations across documents ("her son", "a member of").

Each document states relations between its own records; once records are resolved, the
statements of one (type, subject, object) are one relation with all their evidence.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tumen.corroborate.facts import Support
from tumen.corroborate.supports import is_record
from tumen.extract.types import Extraction
from tumen.model import DocumentInfo
from tumen.resolve import places as place_ids


@dataclass(frozen=True)
class RelationStatement:
    """One document's statement of a relation; subject and object are record keys or corpus-wide ids."""

    id: str  # "DOC:rN"
    type: str
    subject: str
    object: str
    evidence: Support


@dataclass(frozen=True)
class CaseRelation:
    id: str
    type: str
    subject: str
    object: str
    evidence: list[Support]


def document_relations(doc_id: int, extraction: Extraction, document: DocumentInfo) -> list[RelationStatement]:
    global_of: dict[str, str] = {}
    for entity in extraction.entities:
        if entity.kind == "person":
            global_of[entity.id] = f"{doc_id}:{entity.id}"
        else:
            global_of[entity.id] = place_ids.entity_id(entity.kind, place_ids.canonical(entity.name or entity.id))
    found = []
    for number, relation in enumerate(extraction.relations, start=1):
        subject, obj = global_of.get(relation.subject), global_of.get(relation.object)
        if not subject or not obj:
            continue
        evidence = relation.evidence
        support = Support(
            event=f"{doc_id}:rel",
            type=relation.type,
            document=doc_id,
            outlet=document.meta.outlet,
            witness=None,
            witness_label=None,
            hearsay=False,
            start=evidence.start,
            end=evidence.end,
            quote=evidence.quote,
        )
        found.append(RelationStatement(f"{doc_id}:r{number}", relation.type, subject, obj, support))
    return found


def relation_id(kind: str, subject: str, obj: str) -> str:
    return "R" + hashlib.sha1(f"{kind}|{subject}|{obj}".encode()).hexdigest()[:8]


def group_relations(statements: Iterable[RelationStatement], person_of: Mapping[str, str]) -> list[CaseRelation]:
    """Statements of the same (type, subject, object) once records are resolved, one relation each."""
    grouped: dict[tuple[str, str, str], list[tuple[str, Support]]] = defaultdict(list)
    for statement in statements:
        subject = (
            person_of.get(statement.subject, statement.subject) if is_record(statement.subject) else statement.subject
        )
        obj = person_of.get(statement.object, statement.object) if is_record(statement.object) else statement.object
        if subject == obj:
            continue
        grouped[(statement.type, subject, obj)].append((statement.id, statement.evidence))
    relations = []
    for (kind, subject, obj), items in sorted(grouped.items()):
        evidence = [s for _id, s in sorted(items, key=lambda item: (item[1].document, _number(item[0])))]
        relations.append(CaseRelation(relation_id(kind, subject, obj), kind, subject, obj, evidence))
    return relations


def _number(statement_id: str) -> int:
    return int(statement_id.rsplit(":r", 1)[1])

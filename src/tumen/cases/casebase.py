"""The case base as one object: persons, organisations, places, facts with verdicts, relations and
the dependencies between documents, assembled from the stored results (nothing is recomputed)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tumen.cases import codec
from tumen.corroborate.facts import Fact
from tumen.corroborate.relations import CaseRelation
from tumen.extract.names import parse
from tumen.model import DocumentInfo
from tumen.resolve.keys import normal_name
from tumen.resolve.matching import Score
from tumen.resolve.persons import Mention, Person
from tumen.resolve.resolver import Pair, Resolution

__all__ = ["CaseBase", "CaseRelation", "Mention", "Named", "Person", "assemble", "fact_order"]


@dataclass
class Named:
    """An organisation, place or group across documents."""

    id: str
    kind: str
    name: str
    aliases: list[str]
    mentions: list[Mention] = field(default_factory=list)
    place_kind: str | None = None


@dataclass
class CaseBase:
    documents: list[DocumentInfo]
    persons: dict[str, Person]
    named: dict[str, Named]
    facts: list[Fact]
    relations: list[CaseRelation]
    resolution: Resolution
    dependent: list[tuple[int, int, str]]  # (document, document, why)
    global_of: dict[str, str]  # "DOC:LOCAL_ID" -> entity id

    def entity_name(self, entity_id: str | None) -> str:
        if entity_id is None:
            return "—"
        if entity_id in self.persons:
            return self.persons[entity_id].name
        if entity_id in self.named:
            return self.named[entity_id].name
        return entity_id

    def find_person(self, query: str) -> Person | None:
        if query in self.persons:
            return self.persons[query]
        if query in self.global_of and self.global_of[query] in self.persons:
            return self.persons[self.global_of[query]]
        wanted = parse(query)
        for person in sorted(self.persons.values(), key=lambda p: -len(p.mentions)):
            names = [person.name, *person.aliases]
            if any(normal_name(n) == normal_name(query) for n in names):
                return person
        for person in sorted(self.persons.values(), key=lambda p: -len(p.mentions)):
            if any(parse(n).compatible(wanted) and parse(n).given_key for n in [person.name, *person.aliases]):
                return person
        return None


def fact_order(fact: Fact) -> tuple[date, str, str]:
    return (fact.time.earliest if fact.time else date.max, fact.type, fact.id)


def named_from(row: dict[str, Any], mentions: Iterable[tuple[int, dict[str, Any]]]) -> Named:
    found = [Mention(doc, s, e, q, r) for doc, data in mentions for s, e, q, r in data["mentions"]]
    return Named(row["id"], row["kind"], row["name"], list(row["aliases"]), found, row["place_kind"])


def assemble(
    documents: list[DocumentInfo],
    persons: Iterable[dict[str, Any]],
    named: Iterable[dict[str, Any]],
    named_mentions: Iterable[tuple[str, int, dict[str, Any]]],
    facts: Iterable[dict[str, Any]],
    relations: Iterable[dict[str, Any]],
    dependencies: Iterable[tuple[int, int, str]],
    review: Iterable[tuple[str, str, float, dict[str, Any]]],
) -> CaseBase:
    """The whole case base from stored rows (persons, facts and relations as :mod:`codec` data)."""
    people = {p.id: p for p in map(codec.to_person, persons)}
    by_entity: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for entity, document, data in named_mentions:
        by_entity.setdefault(entity, []).append((document, data))
    entities = {row["id"]: named_from(row, sorted(by_entity.get(row["id"], []), key=lambda m: m[0])) for row in named}
    global_of = {key: p.id for p in people.values() for key in p.records}
    global_of |= {m.record: n.id for n in entities.values() for m in n.mentions}
    resolution = Resolution(
        cluster_of={key: p.id for p in people.values() for key in p.records},
        members={p.id: list(p.records) for p in people.values()},
        review=[Pair(a, b, Score(score, tuple(d["reasons"]), d["against"])) for a, b, score, d in review],
    )
    return CaseBase(
        documents=documents,
        persons=people,
        named=entities,
        facts=sorted(map(codec.to_fact, facts), key=fact_order),
        relations=sorted(map(codec.to_relation, relations), key=lambda r: r.id),
        resolution=resolution,
        dependent=sorted(dependencies),
        global_of=global_of,
    )

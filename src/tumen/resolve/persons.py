"""Person records from one document's extraction, and persons from resolved clusters of records.

A *record* is one person as one document tells of them (``"DOC:LOCAL_ID"``); a *person* is a
cluster of records across documents with its best name, aliases, gender by the weight of
every record's evidence, birth interval (the intersection of what the records say, with the
records that contradict it), mentions and titles. Pure: extraction results in, persons out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise

from tumen.extract.gender import gender_of
from tumen.extract.names import parse
from tumen.extract.types import Entity, Extraction
from tumen.model import Interval
from tumen.resolve import places as place_ids
from tumen.resolve.keys import normal_name
from tumen.resolve.matching import Record


@dataclass(frozen=True)
class Mention:
    document: int
    start: int
    end: int
    quote: str
    record: str  # "DOC:LOCAL_ID"


@dataclass
class Person:
    id: str
    name: str
    aliases: list[str]
    gender: str | None
    birth: Interval | None
    birth_conflict: list[tuple[str, Interval]]  # (record, interval) pairs whose births do not intersect
    mentions: list[Mention]
    records: list[str]
    status: str = "unknown"
    status_date: date | None = None
    last_report: date | None = None
    at_risk: bool = False
    titles: list[str] = field(default_factory=list)
    anonymous: bool = False  # no record names them or anchors them to someone ("a soldier")


def document_context(extraction: Extraction) -> frozenset[str]:
    """The places and organisations a document names: context for every person record in it."""
    return frozenset(
        normal_name(place_ids.canonical(e.name))
        for e in extraction.entities
        if e.kind in ("place", "organization") and e.name
    )


def record_of(doc_id: int, entity: Entity, context: frozenset[str], published: date | None) -> Record:
    anchor = (entity.anchor[0], f"{doc_id}:{entity.anchor[1]}") if entity.anchor else None
    return Record(
        key=f"{doc_id}:{entity.id}",
        document=doc_id,
        name=parse(entity.name) if entity.name else None,
        label=entity.label,
        gender=entity.gender,
        gender_weak=entity.gender is not None and _pronoun_only(entity),
        birth=entity.birth,
        anchor=anchor,
        descriptor=entity.descriptor,
        context=context,
        published=published,
    )


def _pronoun_only(entity: Entity) -> bool:
    """Does the entity's gender rest on pronouns alone (weak evidence that never blocks a merge)?
    Votes without a pronoun mark are explicit cues (titles, kin nouns, descriptions, Korean words)."""
    if not entity.gender_votes:
        return False  # a gender set directly (Korean participants, tests) is explicit
    return gender_of(entity.gender_votes)[1]


def records_of(doc_id: int, extraction: Extraction, published: date | None) -> list[Record]:
    context = document_context(extraction)
    return [record_of(doc_id, e, context, published) for e in extraction.of_kind("person")]


def best_name(entities: list[Entity]) -> tuple[str, list[str]]:
    names = Counter(n for e in entities for n in [e.name, *e.aliases] if n)
    if not names:
        return entities[0].label, []

    def rank(item: tuple[str, int]) -> tuple[int, int, int, int]:
        name, count = item
        parsed = parse(name)
        latin = not any("\uac00" <= ch <= "\ud7a3" for ch in name)
        lowercase_phrase = name[:1].islower()
        return (int(not lowercase_phrase), int(bool(parsed.surname and parsed.given)), int(latin), count)

    ordered = sorted(names.items(), key=rank, reverse=True)
    best = ordered[0][0]
    return best, sorted(n for n, _ in ordered[1:] if not n[:1].islower())


def _document(key: str) -> int:
    return int(key.split(":", 1)[0])


def person_of(
    person_id: str, keys: list[str], local: Mapping[str, Entity], published: Mapping[int, date | None]
) -> Person:
    """One person from its records (``local`` maps each record key to its entity)."""
    entities = [local[k] for k in keys]
    named_entities = [e for e in entities if e.name]
    name, aliases = best_name(named_entities) if named_entities else (entities[0].label, [])
    votes: dict[str, float] = {}
    for entity in entities:
        for vote, weight in entity.gender_votes.items():
            votes[vote] = votes.get(vote, 0.0) + weight
    # Explicit cues of any record decide over every record's pronouns (a translation's "he" for a mother).
    gender, _weak = gender_of(votes)
    births = [(k, b) for k in keys if (b := local[k].birth) is not None]
    birth: Interval | None = None
    conflict: list[tuple[str, Interval]] = []
    for _key, interval in births:
        if birth is None:
            birth = interval
            continue
        narrowed = birth.intersect(interval)
        if narrowed is None:
            conflict = list(births)
        else:
            birth = narrowed
    for key in keys:  # one source giving two dates apart ("1982 or 1980", not "1992 or 1993")
        alternatives = sorted(local[key].birth_alternatives, key=lambda i: i.earliest)
        if any(later.earliest - earlier.latest > timedelta(days=1) for earlier, later in pairwise(alternatives)):
            conflict += [(key, i) for i in alternatives]
    mentions = [Mention(_document(k), m.start, m.end, m.text, k) for k in keys for m in local[k].mentions]
    reported = [p for k in keys if (p := published.get(_document(k)))]
    return Person(
        id=person_id,
        name=name,
        aliases=aliases,
        gender=gender,
        birth=birth,
        birth_conflict=conflict,
        mentions=sorted(mentions, key=lambda m: (m.document, m.start)),
        records=sorted(keys),
        last_report=max(reported, default=None),
        titles=sorted({t for e in entities for t in e.titles}),
        anonymous=all(e.name is None and e.anchor is None for e in entities),
    )


def relative_label(person: Person, local: Mapping[str, Entity], anchor_person: Mapping[str, str]) -> str | None:
    """ "son of <name>" for a person no record names: the descriptor and the anchor's resolved person.
    ``anchor_person`` maps an anchor record key to its person's name."""
    if any(local[k].name for k in person.records):
        return None
    first_key = person.records[0]
    first = local[first_key]
    if first.anchor is None:
        return None
    anchor_key = f"{_document(first_key)}:{first.anchor[1]}"
    if anchor_key not in anchor_person:
        return None
    return f"{first.descriptor or 'relative'} of {anchor_person[anchor_key]}"

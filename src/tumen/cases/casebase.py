"""The case base: documents + extractions resolved into persons, organisations, places and
facts with verdicts. Built from the store in one pass; the same inputs give the same result."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from tumen.cases.status import status_of
from tumen.corroborate.facts import Fact, Support, group_facts
from tumen.corroborate.independence import DocInfo, near_duplicates, relays
from tumen.corroborate.verdicts import judge
from tumen.extract.names import parse
from tumen.extract.time.calendar import add_years
from tumen.extract.types import Entity, Extraction
from tumen.model import DocumentInfo, Interval
from tumen.resolve import places as place_ids
from tumen.resolve.judgements import Decision, Judgement
from tumen.resolve.keys import normal_name
from tumen.resolve.matching import Record
from tumen.resolve.resolver import Resolution, resolve


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


@dataclass
class Named:
    """An organisation, place or group across documents."""

    id: str
    kind: str
    name: str
    aliases: list[str]
    mentions: list[Mention]
    place_kind: str | None = None


@dataclass(frozen=True)
class CaseRelation:
    id: str
    type: str
    subject: str
    object: str
    evidence: list[Support]


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


def _records(extractions: dict[int, Extraction], documents: dict[int, DocumentInfo]) -> list[Record]:
    records = []
    for doc_id, extraction in extractions.items():
        context = frozenset(
            normal_name(place_ids.canonical(e.name))
            for e in extraction.entities
            if e.kind in ("place", "organization") and e.name
        )
        for entity in extraction.of_kind("person"):
            anchor = (entity.anchor[0], f"{doc_id}:{entity.anchor[1]}") if entity.anchor else None
            records.append(
                Record(
                    key=f"{doc_id}:{entity.id}",
                    document=doc_id,
                    name=parse(entity.name) if entity.name else None,
                    label=entity.label,
                    gender=entity.gender,
                    birth=entity.birth,
                    anchor=anchor,
                    descriptor=entity.descriptor,
                    context=context,
                    published=documents[doc_id].meta.published,
                )
            )
    return records


def _best_name(entities: list[Entity]) -> tuple[str, list[str]]:
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


def build(
    documents: list[DocumentInfo],
    texts: dict[int, str],
    extractions: dict[int, Extraction],
    judgements: list[tuple[str, str, str, str]],
) -> CaseBase:
    by_id = {d.id: d for d in documents}
    extractions = {k: v for k, v in extractions.items() if k in by_id}
    decisions = [Decision(left, right, Judgement(j), by) for left, right, j, by in judgements]
    records = _records(extractions, by_id)
    resolution = resolve(records, decisions)
    global_of: dict[str, str] = dict(resolution.cluster_of)
    local: dict[str, Entity] = {}
    named: dict[str, Named] = {}
    for doc_id, extraction in extractions.items():
        for entity in extraction.entities:
            key = f"{doc_id}:{entity.id}"
            local[key] = entity
            if entity.kind == "person":
                continue
            name = place_ids.canonical(entity.name or entity.id)
            entity_id = place_ids.entity_id(entity.kind, name)
            global_of[key] = entity_id
            item = named.setdefault(entity_id, Named(entity_id, entity.kind, name, [], [], entity.place_kind))
            for alias in [entity.name, *entity.aliases]:
                if alias and alias != item.name and alias not in item.aliases:
                    item.aliases.append(alias)
            item.mentions += [Mention(doc_id, m.start, m.end, m.text, key) for m in entity.mentions]
    persons = _persons(resolution, local, by_id, global_of)
    dependent = _dependencies(documents, texts)
    supports = _supports(extractions, by_id, global_of, local, persons, named)
    anonymous = frozenset(
        person_id
        for person_id, keys in resolution.members.items()
        if all(local[k].name is None and local[k].anchor is None for k in keys)
    )
    facts = [judge(f, [(a, b) for a, b, _ in dependent]) for f in group_facts(supports, anonymous)]
    for fact in facts:
        _date_by_age(fact, persons)
    facts.sort(key=lambda f: (f.time.earliest if f.time else date.max, f.type, f.id))
    relations = _relations(extractions, global_of, by_id)
    for person in persons.values():
        status_of(person, facts, by_id)
    return CaseBase(documents, persons, named, facts, relations, resolution, dependent, global_of)


def _date_by_age(fact: Fact, persons: dict[str, Person]) -> None:
    """ "Beaten when he was 17" + born 1999–2000 -> between his 17th birthday and the day before his 18th
    (from the earliest to the latest age the sources give)."""
    ages = fact.ages()
    principal = persons.get(fact.principal or "")
    if not ages or principal is None or principal.birth is None or fact.time is not None:
        return
    birth = principal.birth
    try:  # 29 February plus whole years is 28 February in a common year, as in birth_interval
        earliest = add_years(birth.earliest, ages[0])
        latest = add_years(birth.latest, ages[-1] + 1) - timedelta(days=1)
    except (ValueError, OverflowError):  # a birth open towards date.max: no year to date it by
        return
    fact.derived_time = Interval(earliest, latest, "range")


def _persons(
    resolution: Resolution, local: dict[str, Entity], documents: dict[int, DocumentInfo], global_of: dict[str, str]
) -> dict[str, Person]:
    persons: dict[str, Person] = {}
    relative_of: dict[str, tuple[str, str]] = {}  # unnamed person -> (descriptor, anchor person id)
    for person_id, keys in resolution.members.items():
        entities = [local[k] for k in keys]
        named_entities = [e for e in entities if e.name]
        if named_entities:
            name, aliases = _best_name(named_entities)
        else:
            first = entities[0]
            anchor = global_of.get(f"{keys[0].split(':')[0]}:{first.anchor[1]}") if first.anchor else None
            name, aliases = first.label, []
            if anchor:
                relative_of[person_id] = (first.descriptor or "relative", anchor)
        votes: dict[str, float] = {}
        for entity in entities:
            for vote, weight in entity.gender_votes.items():
                votes[vote] = votes.get(vote, 0.0) + weight
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        gender = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        births = [(k, local[k].birth) for k in keys if local[k].birth is not None]
        birth: Interval | None = None
        conflict: list[tuple[str, Interval]] = []
        for _key, interval in births:
            assert interval is not None
            if birth is None:
                birth = interval
                continue
            narrowed = birth.intersect(interval)
            if narrowed is None:
                conflict = [(k, i) for k, i in births if i is not None]
            else:
                birth = narrowed
        for key in keys:  # one source giving two dates apart ("1982 or 1980", not "1992 or 1993")
            alternatives = sorted(local[key].birth_alternatives, key=lambda i: i.earliest)
            if any(later.earliest - earlier.latest > timedelta(days=1) for earlier, later in pairwise(alternatives)):
                conflict += [(key, i) for i in alternatives]
        mentions = [Mention(int(k.split(":")[0]), m.start, m.end, m.text, k) for k in keys for m in local[k].mentions]
        published = [documents[int(k.split(":")[0])].meta.published for k in keys]
        titles = sorted({t for e in entities for t in e.titles})
        persons[person_id] = Person(
            id=person_id,
            name=name,
            aliases=aliases,
            gender=gender,
            birth=birth,
            birth_conflict=conflict,
            mentions=sorted(mentions, key=lambda m: (m.document, m.start)),
            records=keys,
            last_report=max((p for p in published if p), default=None),
            titles=titles,
        )
    for person_id, (descriptor, anchor) in relative_of.items():  # unnamed relatives: "son of <name>"
        persons[person_id].name = f"{descriptor} of {persons[anchor].name if anchor in persons else anchor}"
    return persons


def _dependencies(documents: list[DocumentInfo], texts: dict[int, str]) -> list[tuple[int, int, str]]:
    infos = [
        DocInfo(d.id, d.meta.outlet, texts[d.id], d.meta.published.toordinal() if d.meta.published else None)
        for d in documents
        if d.id in texts
    ]
    found = [(a, b, f"near-duplicate text (Jaccard {s:.2f})") for a, b, s in near_duplicates(infos)]
    found += [(a, b, "relays the other outlet's report") for a, b in relays(infos)]
    return found


def _principal_witnesses(extraction: Extraction) -> set[str]:
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


def _supports(
    extractions: dict[int, Extraction],
    documents: dict[int, DocumentInfo],
    global_of: dict[str, str],
    local: dict[str, Entity],
    persons: dict[str, Person],
    named: dict[str, Named],
) -> list[Support]:
    supports = []
    for doc_id, extraction in extractions.items():
        interviewees = _principal_witnesses(extraction)
        published = _publication(documents[doc_id])
        relatives = {e.id: e.anchor[1] for e in extraction.of_kind("person") if e.anchor}
        for event in extraction.events:
            participants = tuple((global_of.get(f"{doc_id}:{p.entity}", p.entity), p.role) for p in event.participants)
            place = global_of.get(f"{doc_id}:{event.place}") if event.place else None
            place_kind, place_name = (named[place].place_kind, named[place].name) if place in named else (None, None)
            for evidence in event.evidence:
                witness_local = evidence.witness
                inferred = False
                if witness_local is None:
                    own = [p.entity for p in event.participants if p.entity in interviewees]
                    own += [relatives[p.entity] for p in event.participants if relatives.get(p.entity) in interviewees]
                    if own:  # the interviewee's own (or their family's) story, told in the article's narration
                        witness_local, inferred = own[0], True
                witness = global_of.get(f"{doc_id}:{witness_local}") if witness_local else None
                label = (
                    persons[witness].name if witness in persons else (named[witness].name if witness in named else None)
                )
                attributes: tuple[tuple[str, Any], ...] = tuple(
                    sorted((k, v) for k, v in event.attributes.items() if k != EARLIER)
                )
                support = Support(
                    event=f"{doc_id}:{event.id}",
                    type=event.type,
                    document=doc_id,
                    outlet=documents[doc_id].meta.outlet,
                    witness=witness,
                    witness_label=label,
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
                supports.append(support)
                earlier = event.attributes.get(EARLIER)
                if isinstance(earlier, dict) and earlier:
                    supports.append(_earlier_account(support, earlier, doc_id, global_of, named))
    return supports


EARLIER = "earlier_account"


def _earlier_account(
    support: Support, earlier: dict[str, Any], doc_id: int, global_of: dict[str, str], named: dict[str, Named]
) -> Support:
    """What the sentence says was told before ("at Camp 18, not Camp 14"), as a statement of its own."""
    place, place_kind, place_name = support.place, support.place_kind, support.place_name
    if earlier.get("place"):
        local_id = f"{doc_id}:{earlier['place']}"
        place = global_of.get(local_id, local_id)  # unresolved: the document's own id, not one shared ("l2")
        place_kind = named[place].place_kind if place in named else support.place_kind
        place_name = named[place].name if place in named else str(earlier["place"])
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


def _publication(document: DocumentInfo) -> Interval | None:
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


def _relations(
    extractions: dict[int, Extraction], global_of: dict[str, str], documents: dict[int, DocumentInfo]
) -> list[CaseRelation]:
    grouped: dict[tuple[str, str, str], list[Support]] = defaultdict(list)
    for doc_id, extraction in extractions.items():
        for relation in extraction.relations:
            subject = global_of.get(f"{doc_id}:{relation.subject}")
            obj = global_of.get(f"{doc_id}:{relation.object}")
            if not subject or not obj or subject == obj:
                continue
            evidence = relation.evidence
            grouped[(relation.type, subject, obj)].append(
                Support(
                    event=f"{doc_id}:rel",
                    type=relation.type,
                    document=doc_id,
                    outlet=documents[doc_id].meta.outlet,
                    witness=None,
                    witness_label=None,
                    hearsay=False,
                    start=evidence.start,
                    end=evidence.end,
                    quote=evidence.quote,
                )
            )
    relations = []
    for number, ((kind, subject, obj), statements) in enumerate(sorted(grouped.items()), start=1):
        relations.append(CaseRelation(f"R{number}", kind, subject, obj, statements))
    return relations

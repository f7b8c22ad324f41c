"""What extraction produces for one document: plain, typed, JSON-serialisable.

Every item carries character offsets into the document's stored text; ids are local
to the document (``p1``, ``o1``, ``l1``, ``e1``) and deterministic, so re-running the
extractor on the same text gives the same result.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from typing import Any

from tumen.extract.version import current as _extractor_version
from tumen.model import Interval, Money

# Derived from the extractor's sources, vocabularies and model (see tumen.extract.version), never set by hand:
# any change to them gives a new version, and `tumen process` re-extracts what an older one processed.
EXTRACTOR_VERSION = _extractor_version()


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """Where a statement stands in the text, and who makes it.

    ``witness`` is the local id of the person (or organisation) the statement is
    attributed to, or None when it is the outlet's own narration.
    """

    start: int
    end: int
    quote: str
    witness: str | None = None
    hearsay: bool = False


@dataclass
class Entity:
    """A person, organisation, place or group as found in one document.

    Unnamed persons ("her son") have ``name`` None and an ``anchor``: the relation
    (``child_of``, ``parent_of``, ``spouse_of``, ``sibling_of``) to a named entity.
    """

    id: str
    kind: str  # person | organization | place | group
    name: str | None
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None  # female | male | None
    birth: Interval | None = None
    birth_alternatives: list[Interval] = field(default_factory=list)  # "born 1982 or 1980": each one stated
    titles: list[str] = field(default_factory=list)
    anchor: tuple[str, str] | None = None  # (relation, entity id), e.g. ("child_of", "p1")
    place_kind: str | None = None  # country | region | city | river | camp | facility | other
    descriptor: str | None = None  # "boy", "pastor", "son" — how an unnamed one is described
    gender_votes: dict[str, float] = field(default_factory=dict)

    @property
    def label(self) -> str:
        if self.name:
            return self.name
        if self.anchor:
            return f"{self.descriptor or 'relative'} ({self.anchor[0].replace('_', ' ')} {self.anchor[1]})"
        return self.descriptor or self.id


@dataclass(frozen=True)
class Participant:
    entity: str
    role: str  # victim | perpetrator | subject | payer | recipient | witness | …


@dataclass
class Event:
    id: str
    type: str
    trigger: Span
    participants: list[Participant] = field(default_factory=list)
    time: Interval | None = None
    time_span: Span | None = None
    place: str | None = None
    amount: Money | None = None
    amount_span: Span | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    route: list[str] = field(default_factory=list)  # a journey's places in order (place ids), origin first
    # How the event got its time (tumen.extract.story_time): "stated" in its own sentence, "inherited" from
    # its story (a chained clause, the narrative's reference time, a sequencing word), "from_age", or
    # "publication" (a state told in the present); ``time_evidence`` is the span that gave it.
    time_basis: str | None = None
    time_evidence: Span | None = None
    # asserted | attempted | failed | demanded | offered | planned | alleged | hypothetical | negated | fictional
    # (docs/extraction.md)
    modality: str = "asserted"


# Modalities that state no fact: kept in the extraction (``tumen facts``), never in verdicts or timelines. A crime
# told only by a charge, a plea or a verdict ("arrested for kidnapping", "pleaded guilty to assault") is alleged: the
# report does not say it was done; so is an event in the "that" clause of an allegation, a claim or a rumour
# (tumen.extract.claimed_clauses). The plot of a work of fiction ("In the novel, the heroine is arrested") is
# fictional: it befell no real person.
NOT_FACTUAL = frozenset({"negated", "hypothetical", "alleged", "fictional"})


@dataclass(frozen=True)
class Aggregate:
    """A generic or statistical statement kept as context, not as an event of persons: what is
    counted ("North Koreans who fled"), how many, over what period, and where it is said."""

    what: str
    count: int | None
    qualifier: str | None
    period: str | None
    evidence: Evidence
    type: str | None = None  # the event type counted, when there is one


@dataclass(frozen=True)
class Relation:
    type: str  # parent_of | child_of | spouse_of | sibling_of | member_of | leads | founded
    subject: str
    object: str
    evidence: Evidence


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    text: str
    kind: str
    value: str
    interval: Interval | None
    ambiguous: str | None = None  # why the interval covers two readings ("day-month order")


@dataclass(frozen=True)
class AmountMention:
    start: int
    end: int
    text: str
    money: Money


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: int | None
    language: str | None
    anchor: date | None
    version: str = EXTRACTOR_VERSION
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    amounts: list[AmountMention] = field(default_factory=list)
    aggregates: list[Aggregate] = field(default_factory=list)

    def entity(self, entity_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def of_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities if e.kind == kind]

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = _jsonable(self)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extraction:
        return _extraction_from(data)


def _jsonable(value: Any) -> Any:
    """Dataclasses as dicts of their fields (in order), tuples as lists, dates as ISO text: what
    ``dataclasses.asdict`` and a walk over its result would give, in one pass and without its deep copies."""
    if is_dataclass(value) and not isinstance(value, type):
        return {name: _jsonable(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def _interval(data: dict[str, Any] | None) -> Interval | None:
    if not data:
        return None
    return Interval(date.fromisoformat(data["earliest"]), date.fromisoformat(data["latest"]), data["precision"])


def _money(data: dict[str, Any] | None) -> Money | None:
    return _money_of(data) if data else None


def _money_of(data: dict[str, Any]) -> Money:
    """A Money from its JSON; JSON written before ``rate_date``/``rate_note`` existed reads as before."""
    rate_date = data.get("rate_date")
    return Money(**{**data, "rate_date": date.fromisoformat(rate_date) if rate_date else None})


def _span(data: dict[str, Any] | None) -> Span | None:
    return Span(**data) if data else None


def _extraction_from(data: dict[str, Any]) -> Extraction:
    entities = []
    for e in data["entities"]:
        e = dict(e)
        e["mentions"] = [Span(**m) for m in e["mentions"]]
        e["birth"] = _interval(e.get("birth"))
        e["birth_alternatives"] = [i for i in map(_interval, e.get("birth_alternatives") or []) if i is not None]
        e["anchor"] = tuple(e["anchor"]) if e.get("anchor") else None
        entities.append(Entity(**e))
    events = []
    for ev in data["events"]:
        ev = dict(ev)
        ev["trigger"] = Span(**ev["trigger"])
        ev["participants"] = [Participant(**p) for p in ev["participants"]]
        ev["time"] = _interval(ev.get("time"))
        ev["time_span"] = _span(ev.get("time_span"))
        ev["amount"] = _money(ev.get("amount"))
        ev["amount_span"] = _span(ev.get("amount_span"))
        ev["time_evidence"] = _span(ev.get("time_evidence"))  # absent in JSON written before story time
        ev["evidence"] = [Evidence(**x) for x in ev["evidence"]]
        events.append(Event(**ev))
    return Extraction(
        document=data.get("document"),
        language=data.get("language"),
        anchor=date.fromisoformat(data["anchor"]) if data.get("anchor") else None,
        version=data.get("version", EXTRACTOR_VERSION),
        entities=entities,
        events=events,
        relations=[
            Relation(r["type"], r["subject"], r["object"], Evidence(**r["evidence"])) for r in data["relations"]
        ],
        times=[TimeMention(**{**t, "interval": _interval(t.get("interval"))}) for t in data["times"]],
        amounts=[AmountMention(**{**a, "money": _money_of(a["money"])}) for a in data["amounts"]],
        aggregates=[Aggregate(**{**a, "evidence": Evidence(**a["evidence"])}) for a in data.get("aggregates") or []],
    )

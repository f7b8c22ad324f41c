"""The REST API's response shapes, for the OpenAPI document (``/openapi.json``).

They describe the items of the JSON export (schema ``tumen/v1``, ``data/schema/tumen-v1.schema.json``); the routes
return the export's own item dictionaries, so these models document the shape and never reshape the data.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")  # the export's shape only grows: new fields are added, never removed


class ApiError(BaseModel):
    """Every error: one line naming the field (or the thing) at fault and why."""

    error: str = Field(description="what was wrong, e.g. 'limit: must be at most 500'", examples=["no person P0000000"])


class Interval(_Model):
    earliest: str = Field(description="first possible day, YYYY-MM-DD")
    latest: str = Field(description="last possible day, YYYY-MM-DD")
    precision: str | None = Field(None, description="day, month, season, year, decade, range or ongoing")


class Evidence(_Model):
    """A span of a document's stored text: ``start``/``end`` are character offsets, ``quote`` the text itself."""

    document: int
    start: int
    end: int
    quote: str = Field(description="the exact text of the span, byte for byte")
    witness: str | None = Field(description="who says it (an entity id), or null for the outlet itself")
    hearsay: bool | None = None
    outlet: str | None = None
    witness_inferred: bool | None = None
    earlier_account: bool | None = Field(None, description="an earlier account this sentence reports as corrected")


class BirthConflict(_Model):
    record: str
    birth: Interval | None


class Person(_Model):
    """A person of the case base (the export's ``persons`` item)."""

    id: str = Field(description="the stable person id the CLI prints, e.g. P1a2b3c4d")
    name: str
    aliases: list[str]
    gender: str | None
    birth: Interval | None
    birth_conflicts: list[BirthConflict] = []
    status: str
    status_date: str | None = None
    last_report: str | None = None
    at_risk: bool
    titles: list[str] = []
    records: list[str] = Field([], description="the person as each document tells of them, DOC:LOCAL_ID")
    mentions: list[Evidence]


class TimeEvidence(_Model):
    document: int
    start: int
    end: int
    quote: str


class EventTime(Interval):
    basis: str | None = Field(None, description="stated, inherited, from_age or publication")
    evidence: TimeEvidence | None = None


class Participant(_Model):
    entity: str = Field(description="a person, organisation, group or place id")
    role: str


class RouteStop(_Model):
    place: str
    name: str


class Amount(_Model):
    value: float
    currency: str
    value_eur: float | None
    approximate: bool
    rate_date: str | None = None
    rate_note: str | None = None


class Conflict(_Model):
    kind: str = Field(description="what the sources disagree on: time, place, amount, count, age …")
    detail: str
    left: Evidence
    right: Evidence


class Event(_Model):
    """A fact with its sources, verdict and conflicts (the export's ``events`` item)."""

    id: str = Field(description="the stable fact id, e.g. F1a2b3c4d")
    type: str
    time: EventTime | None
    time_from_age: bool | None = None
    place: str | None = Field(description="a place id, or null")
    route: list[RouteStop] = []
    participants: list[Participant]
    amount: Amount | None
    attributes: dict[str, Any]
    modality: str | None = None
    evidence: list[Evidence]
    verdict: str = Field(description="corroborated, single_witness, single_source or contradicted")
    independent_sources: int
    sources: list[list[Evidence]] = Field([], description="the evidence grouped into independent sources")
    reporting_chains: int | None = Field(None, description="reporting chains: by document origin, not witness")
    chains: list[list[Evidence]] = Field([], description="the evidence grouped into reporting chains")
    conflicts: list[Conflict]
    explanation: str | None = None


class Relation(_Model):
    id: str
    type: str
    subject: str
    object: str
    evidence: list[Evidence]


class PersonFile(BaseModel):
    """One person's case file: the person, their relations, and their and their relatives' events in time order."""

    person: Person
    relations: list[Relation]
    events: list[Event]
    names: dict[str, str] = Field(description="entity id -> name, for every id the file mentions")


class Document(_Model):
    """A document's metadata (the export's ``documents`` item and more) and, unless ``text=false``, its text."""

    id: int
    sha256: str
    title: str | None
    outlet: str | None
    published: str | None = Field(description="YYYY-MM-DD (the first day of the month or year when less is known)")
    published_precision: str | None
    language: str | None
    url: str | None
    author: str | None
    translated_from: str | None
    media_type: str
    filename: str | None
    size: int = Field(description="bytes of the original")
    chars: int = Field(description="characters of the stored text")
    ingested_at: str
    ingested_by: str
    text: str | None = Field(
        None, description="the stored text (evidence offsets point into it); absent with text=false"
    )


class SearchHit(_Model):
    rank: int
    document_id: int
    title: str | None
    outlet: str | None
    published: str | None = Field(description="as precisely as known: 2023-11-02, 2023-10 or 2023")
    score: float
    snippet: str = Field(description="the passage that matched, each match in [ and ]")


_NEXT = "the cursor of the next page (pass it as ?cursor=), or null on the last page"


class PersonPage(BaseModel):
    items: list[Person]
    next: str | None = Field(description=_NEXT)


class EventPage(BaseModel):
    items: list[Event]
    next: str | None = Field(description=_NEXT)


class SearchPage(BaseModel):
    items: list[SearchHit]
    next: str | None = Field(description=_NEXT)

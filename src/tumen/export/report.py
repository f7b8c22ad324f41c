"""Case reports: what a report on one person says, assembled from plain objects.

A report is built from a :class:`~tumen.cases.casefile.CaseFile`, the metadata (and, for the WGEID
template, the text) of the documents it cites, and the store's chain head. Two templates:

* ``standard`` — summary, timeline with numbered citations, contradictions side by side, relations,
  sources, and how verdicts are computed, with what a reader needs to verify the report;
* ``wgeid`` — the fields the UN Working Group on Enforced or Involuntary Disappearances asks of a
  communication, each filled only from cited evidence; every field without evidence is listed as missing.

Pure: the export layer never reads the store. :func:`report_for` takes any object with ``case_file``,
``document`` and ``chain_head`` (the CLI and the web app pass their :class:`tumen.api.Tumen`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from tumen.cases.casefile import CaseFile
from tumen.corroborate.facts import Fact, Support
from tumen.errors import TumenError
from tumen.extract.version import versions
from tumen.model import Document, DocumentInfo, Interval, date_text
from tumen.resolve.persons import Mention, Person

TEMPLATES = ("standard", "wgeid")
# Events that deprive a person of liberty or take them out of sight: the WGEID's "deprivation of liberty".
DEPRIVATION = ("arrest", "abduction", "detention", "disappearance", "forced_repatriation")
PRINCIPAL = ("victim", "subject")

if TYPE_CHECKING:
    from tumen.export.report_wgeid import WgeidReport


class ReportSource(Protocol):
    """What a report needs from the store (:class:`tumen.api.Tumen` is one)."""

    def case_file(self, person: Person | str) -> CaseFile: ...

    def document(self, ref: str | int) -> Document: ...

    def chain_head(self) -> str: ...


@dataclass(frozen=True)
class Source:
    """One numbered citation: a span of a stored document and where that document comes from."""

    number: int
    document: int
    start: int
    end: int
    quote: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    witness: str | None = None
    hearsay: bool = False
    earlier: bool = False
    statement: bool = False  # a statement of a fact or relation (with its witness), not a passage naming the person


class Citations:
    """Numbers each cited span once, in order of first citation."""

    def __init__(self, documents: Mapping[int, DocumentInfo]) -> None:
        self.documents = documents
        self.sources: list[Source] = []
        self._numbers: dict[tuple[int, int, int, bool], int] = {}

    def cite(
        self,
        document: int,
        start: int,
        end: int,
        quote: str,
        witness: str | None = None,
        hearsay: bool = False,
        earlier: bool = False,
        statement: bool = False,
    ) -> int:
        key = (document, start, end, earlier)
        if key not in self._numbers:
            info = self.documents.get(document)
            meta = info.meta if info is not None else None
            number = len(self.sources) + 1
            self._numbers[key] = number
            self.sources.append(
                Source(
                    number,
                    document,
                    start,
                    end,
                    quote,
                    title=meta.title if meta else None,
                    outlet=meta.outlet if meta else None,
                    published=meta.published_text() if meta else None,
                    url=meta.url if meta else None,
                    witness=witness,
                    hearsay=hearsay,
                    earlier=earlier,
                    statement=statement,
                )
            )
        return self._numbers[key]

    def support(self, s: Support) -> int:
        return self.cite(s.document, s.start, s.end, s.quote, s.witness_label, s.hearsay, s.earlier, statement=True)

    def supports(self, supports: Iterable[Support]) -> tuple[int, ...]:
        return unique(self.support(s) for s in supports)

    def mention(self, m: Mention) -> int:
        return self.cite(m.document, m.start, m.end, m.quote)


def unique(numbers: Iterable[int]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(numbers))


@dataclass(frozen=True)
class Cited:
    """A statement of the report and the citations it rests on."""

    text: str
    citations: tuple[int, ...] = ()


@dataclass(frozen=True)
class Provenance:
    """What lets a reader verify the report against the store it came from."""

    generated_at: str
    tumen_version: str
    extractor_version: str
    chain_head: str


def provenance(chain_head: str, now: datetime | None = None) -> Provenance:
    found = versions()
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return Provenance(moment.strftime("%Y-%m-%d %H:%M UTC"), str(found["tumen"]), str(found["extractor"]), chain_head)


def when(interval: Interval | None) -> str:
    """A time as precisely as it is known: 2023-10, 2011, "as of 2023-11-02", or "2023-06-01 – 2023-08-31"."""
    if interval is None:
        return "undated"
    if interval.precision in ("day", "month", "year"):
        return date_text(interval.earliest, interval.precision) or ""
    if interval.precision == "ongoing":
        return f"as of {interval.earliest.isoformat()}"
    if interval.earliest == interval.latest:
        return interval.earliest.isoformat()
    return f"{interval.earliest.isoformat()} – {interval.latest.isoformat()}"


def label(kind: str) -> str:
    """ "forced_repatriation" -> "forced repatriation"."""
    return kind.replace("_", " ")


@dataclass(frozen=True)
class SourceGroup:
    """One independent source of a fact: the citations of its statements."""

    citations: tuple[int, ...]


@dataclass(frozen=True)
class TimelineEntry:
    fact_id: str
    when: str
    type: str
    roles: tuple[str, ...]
    place: str | None
    modality: str | None
    amount: str | None
    verdict: str
    independent_sources: int
    explanation: str
    groups: tuple[SourceGroup, ...]


@dataclass(frozen=True)
class Side:
    source: str
    quote: str
    citation: int


@dataclass(frozen=True)
class Contradiction:
    fact_id: str
    fact: str
    kind: str
    detail: str
    left: Side
    right: Side


@dataclass
class StandardReport:
    template = "standard"
    person: Person
    names: dict[str, list[str]]  # script -> names
    birth: str | None
    birth_conflicts: list[str]
    status: str
    whereabouts: Cited | None
    timeline: list[TimelineEntry]
    contradictions: list[Contradiction]
    relations: list[Cited]
    sources: list[Source]
    provenance: Provenance


def script_of(name: str) -> str:
    if any("\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" for ch in name):
        return "Hangul"
    if any("\u4e00" <= ch <= "\u9fff" for ch in name):
        return "Han"
    if any("\u0400" <= ch <= "\u04ff" for ch in name):
        return "Cyrillic"
    return "Latin"


def names_by_script(person: Person) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name in [person.name, *person.aliases]:
        found.setdefault(script_of(name), [])
        if name not in found[script_of(name)]:
            found[script_of(name)].append(name)
    return found


def takes_part(file: CaseFile, fact: Fact, roles: tuple[str, ...] = PRINCIPAL) -> bool:
    return any(e == file.person.id and r in roles for e, r in fact.participants())


def whereabouts(file: CaseFile, citations: Citations) -> Cited | None:
    """The place of the latest dated fact in which the person is victim or subject, with its date."""
    placed = [f for f in file.facts if f.place and f.time and takes_part(file, f)]
    if not placed:
        return None
    latest = max(placed, key=lambda f: (f.time.latest if f.time else None, f.time.earliest if f.time else None))
    cited = citations.supports(s for s in latest.current if s.place == latest.place)
    text = f"{file.entity_name(latest.place)} ({label(latest.type)}, {when(latest.time)})"
    return Cited(text, cited)


def timeline_entry(file: CaseFile, fact: Fact, citations: Citations) -> TimelineEntry:
    amount = fact.amount
    money = None
    if amount is not None:
        money = f"{amount.value:,.0f} {amount.currency}"
        if amount.value_eur is not None and amount.currency != "EUR":
            money += f" (≈ {amount.value_eur:,.0f} EUR)"
    modality = fact.attributes().get("modality")
    return TimelineEntry(
        fact_id=fact.id,
        when=when(fact.time),
        type=label(fact.type),
        roles=tuple(file.roles(fact)),
        place=file.entity_name(fact.place) if fact.place else None,
        modality=str(modality) if modality and modality != "asserted" else None,
        amount=money,
        verdict=fact.verdict.value,
        independent_sources=fact.independent_sources,
        explanation=fact.explanation,
        groups=tuple(SourceGroup(citations.supports(group)) for group in fact.groups)
        or (SourceGroup(citations.supports(fact.supports)),),
    )


def standard_report(file: CaseFile, documents: Mapping[int, DocumentInfo], proof: Provenance) -> StandardReport:
    """The standard case report of ``file``; ``documents`` holds the metadata of every cited document."""
    citations = Citations(documents)
    who = file.person
    birth = f"{who.birth.earliest.isoformat()} – {who.birth.latest.isoformat()}" if who.birth else None
    conflicts = [f"record {key}: {i.earliest.isoformat()} – {i.latest.isoformat()}" for key, i in who.birth_conflict]
    status = label(who.status) + (f" (as of {who.status_date.isoformat()})" if who.status_date else "")
    place = whereabouts(file, citations)
    timeline = [timeline_entry(file, fact, citations) for fact in file.facts]
    contradictions = [
        Contradiction(
            fact.id,
            f"{label(fact.type)}, {when(fact.time)}",
            c.kind,
            c.detail,
            Side(c.left.source_label(), c.left.quote, citations.support(c.left)),
            Side(c.right.source_label(), c.right.quote, citations.support(c.right)),
        )
        for fact in file.facts
        for c in fact.conflicts
    ]
    relations = [
        Cited(
            f"{file.entity_name(r.subject)} — {label(r.type)} — {file.entity_name(r.object)}",
            citations.supports(r.evidence),
        )
        for r in file.relations
    ]
    return StandardReport(
        person=who,
        names=names_by_script(who),
        birth=birth,
        birth_conflicts=conflicts,
        status=status,
        whereabouts=place,
        timeline=timeline,
        contradictions=contradictions,
        relations=relations,
        sources=citations.sources,
        provenance=proof,
    )


# --- gathering -------------------------------------------------------------------------------------------


def case_documents(file: CaseFile) -> list[int]:
    """Every document the case file rests on: the person's mentions, facts and relations."""
    ids = {m.document for m in file.person.mentions}
    ids |= {s.document for f in file.facts for s in f.supports}
    ids |= {s.document for r in file.relations for s in r.evidence}
    return sorted(ids)


def report_for(source: ReportSource, person: Person, template: str = "standard") -> StandardReport | WgeidReport:
    """The report on ``person`` from ``source`` (a :class:`tumen.api.Tumen`)."""
    if template not in TEMPLATES:
        raise TumenError(f"invalid template {template!r}: expected one of {', '.join(TEMPLATES)}")
    file = source.case_file(person)
    documents: dict[int, Document] = {}
    for doc in case_documents(file):
        try:
            documents[doc] = source.document(doc)
        except TumenError:  # withdrawn or gone: cited without metadata
            continue
    proof = provenance(source.chain_head())
    if template == "wgeid":
        from tumen.export.report_wgeid import wgeid_report

        return wgeid_report(file, documents, {d: x.text for d, x in documents.items()}, proof)
    return standard_report(file, documents, proof)

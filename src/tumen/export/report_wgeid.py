"""The WGEID template: a report shaped as the UN Working Group on Enforced or Involuntary
Disappearances asks for a communication — (1) identity, (2) date and (3) place of the deprivation of
liberty, (4) the forces believed responsible, (5) steps taken by the family or others, (6) the source.

Every value is filled only from cited evidence (a stored span of a document: document, offsets, quote);
a field without evidence is never guessed or left blank but listed, with why, under "Missing information".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from tumen.cases.casefile import CaseFile
from tumen.corroborate.facts import Fact, Support
from tumen.export.report import DEPRIVATION, Citations, Cited, Provenance, Source, label, takes_part, unique, when
from tumen.model import DocumentInfo
from tumen.resolve.persons import Mention, Person

TAKEN = ("arrest", "abduction", "disappearance")  # the events that take a person's liberty or sight of them


@dataclass(frozen=True)
class WgeidField:
    """A field of the communication: its cited values, or why it is missing."""

    label: str
    values: tuple[Cited, ...] = ()
    missing: str | None = None  # why nothing is filled in
    note: str | None = None


@dataclass(frozen=True)
class WgeidSection:
    number: int
    title: str
    fields: tuple[WgeidField, ...]


@dataclass
class WgeidReport:
    template = "wgeid"
    person: Person
    sections: list[WgeidSection]
    sources: list[Source]
    provenance: Provenance
    missing: list[tuple[str, str, str]] = field(default_factory=list)  # (section, field, why)


_SENTENCE = re.compile(r"[^\n.!?。]+(?:[.!?。]+[\"'”’)]*|$)", re.MULTILINE)
_GENDERED = re.compile(
    r"\b(?:she|her|hers|he|his|him|Ms|Mrs|Miss|Mr|son|daughter|mother|father|wife|husband|brother|sister|boy|girl|"
    r"woman|man)\b|아들|딸|어머니|아버지|남편|아내|여성|남성|형|누나|오빠|언니",
    re.IGNORECASE,
)
_AGE = re.compile(
    r"\b\d{1,3}(?:-year-old| years? old)\b|\baged? \d{1,3}\b|, \d{1,3},|\bat \d{1,3}\b|\d{1,3}\s?(?:살|세)|\S+ 살"
)
# Searches, inquiries, complaints and appeals by the family or others, in English and Korean.
_STEPS = re.compile(
    r"\b(?:search(?:ed|es|ing)?|look(?:ed|ing) for|inquir\w*|enquir\w*|complain\w*|petition\w*|appeal\w*|urged?|"
    r"wrote to|lawyer|habeas corpus|reported (?:him|her|them) missing|asked (?:the )?(?:police|authorities))\b"
    r"|진정|청원|탄원|수소문|호소|신고|행방을 찾",
    re.IGNORECASE,
)
HONORIFICS = frozenset({"ms", "mr", "mrs", "miss", "mx", "ms.", "mr.", "mrs.", "씨"})
STEPS_NOTE = "statements found by their wording (search, inquiry, complaint, appeal): check that each is a step taken"


def sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) spans of a document's text, stripped of surrounding blanks."""
    found = []
    for match in _SENTENCE.finditer(text):
        raw = match.group(0)
        stripped = raw.strip()
        if stripped:
            start = match.start() + (len(raw) - len(raw.lstrip()))
            found.append((start, start + len(stripped), stripped))
    return found


class _Evidence:
    """Sentences of the case's documents, cited on demand."""

    def __init__(self, texts: Mapping[int, str], citations: Citations) -> None:
        self.citations = citations
        self.spans = {doc: sentences(text) for doc, text in texts.items()}

    def around(self, mentions: Iterable[Mention], pattern: re.Pattern[str], limit: int = 3) -> tuple[int, ...]:
        """Citations of the sentences holding a mention of the person that match ``pattern``."""
        found: list[int] = []
        for m in mentions:
            for start, end, sentence in self.spans.get(m.document, []):
                if start <= m.start < end and pattern.search(sentence) and len(found) < limit:
                    found.append(self.citations.cite(m.document, start, end, sentence))
        return unique(found)

    def matching(self, pattern: re.Pattern[str], limit: int = 6) -> list[Cited]:
        found: list[Cited] = []
        for doc in sorted(self.spans):
            for start, end, sentence in self.spans[doc]:
                if pattern.search(sentence) and len(found) < limit:
                    found.append(Cited(sentence, (self.citations.cite(doc, start, end, sentence),)))
        return found


def _missing(label_: str, why: str) -> WgeidField:
    return WgeidField(label_, missing=why)


def _filled(label_: str, values: Iterable[Cited], why_missing: str, note: str | None = None) -> WgeidField:
    """A field with its cited values; missing when none can be cited (a value without a passage stating it
    is named in the reason, to be confirmed, never filled in)."""
    values = list(values)
    kept = tuple(v for v in values if v.citations)
    if kept:
        return WgeidField(label_, kept, note=note)
    uncited = [v.text for v in values if v.text]
    if uncited:
        why_missing = f"tumen holds {'; '.join(uncited)}, but no passage of the documents states it: confirm it"
    return _missing(label_, why_missing)


def identity(file: CaseFile, evidence: _Evidence) -> WgeidSection:
    from tumen.extract.names import parse

    who, cite = file.person, evidence.citations
    named = [m for m in who.mentions if m.quote.strip() == who.name] or [m for m in who.mentions if who.name in m.quote]
    name_citations = unique(cite.mention(m) for m in named[:2])
    parsed = parse(who.name) if not who.anonymous else None
    surname = parsed.surname if parsed else None
    given = parsed.given if parsed else None
    ages = sorted({a for f in file.facts if takes_part(file, f) for a in f.ages()})
    birth = []
    if who.birth is not None:
        text = f"born {who.birth.earliest.isoformat()} – {who.birth.latest.isoformat()}"
        text += f" (age at events told: {', '.join(map(str, ages))})" if ages else ""
        birth.append(Cited(text, evidence.around(who.mentions, _AGE)))
    occupations = [t for t in who.titles if t.lower().rstrip(".") not in {h.rstrip(".") for h in HONORIFICS}]
    occupation = [Cited(t, unique(cite.mention(m) for m in who.mentions if t in m.quote)) for t in occupations]
    sex = [Cited(who.gender, evidence.around(who.mentions, _GENDERED))] if who.gender else []
    others = [n for n in who.aliases if n != who.name]
    none_told = "the documents do not say it"
    return WgeidSection(
        1,
        "Identity of the disappeared person",
        (
            _filled("Family name", [Cited(surname or "", name_citations)] if surname else [], none_told),
            _filled("First name", [Cited(given or "", name_citations)] if given else [], none_told),
            _filled(
                "Other names and spellings",
                [Cited(n, unique(cite.mention(m) for m in who.mentions if m.quote.strip() == n)) for n in others],
                "no other name is recorded",
            ),
            _filled("Sex", sex, "no document indicates it"),
            _filled("Date of birth or age", birth, "no document gives a birth date or an age"),
            _missing("Nationality", "not recorded: tumen does not extract nationality; take it from the family"),
            _filled("Occupation", occupation, "no document gives an occupation that tumen recorded"),
            _missing(
                "Other identifying features",
                "not recorded: tumen does not extract physical descriptions; take them from the family",
            ),
        ),
    )


def _deprivations(file: CaseFile) -> list[Fact]:
    return [f for f in file.facts if f.type in DEPRIVATION and takes_part(file, f, ("victim",))]


def _dated(fact: Fact, citations: Citations) -> Cited:
    """The fact's date, citing first the statement that dates it, then every statement of the fact."""
    numbers: list[int] = []
    basis = fact.time_basis()
    if basis is not None and basis[1] is not None:
        numbers.append(citations.support(basis[1]))
    numbers += citations.supports(fact.current)
    text = (
        f"{label(fact.type)}: {when(fact.time)} — {label(fact.verdict.value)}, {fact.independent_sources} independent"
    )
    return Cited(text, unique(numbers))


def deprivation_sections(file: CaseFile, evidence: _Evidence) -> list[WgeidSection]:
    cite = evidence.citations
    facts = _deprivations(file)
    none = "no arrest, abduction, detention, disappearance or forced repatriation of this person is recorded"
    dated = [f for f in facts if f.time is not None]
    # The moment liberty was taken (an arrest, an abduction, a disappearance) comes first; then the rest in time order.
    taken = [f for f in dated if f.type in TAKEN]
    first = taken[0] if taken else dated[0] if dated else (facts[0] if facts else None)
    date_values = [_dated(f, cite) for f in sorted(dated, key=lambda f: f is not first)]
    places = [f for f in facts if f.place]
    place_first = sorted(places, key=lambda f: (f is not first, facts.index(f)))
    place_values = [
        Cited(
            f"{file.entity_name(f.place)} ({label(f.type)}, {when(f.time)})",
            cite.supports(s for s in f.current if s.place == f.place),
        )
        for f in place_first
    ]
    forces: dict[str, list[Support]] = {}
    for f in facts:
        for s in f.current:
            for entity, role in s.participants:
                if role == "perpetrator":
                    forces.setdefault(entity, []).append(s)
    force_values = [Cited(_force(file, entity), cite.supports(supports)) for entity, supports in forces.items()]
    return [
        WgeidSection(
            2,
            "Date of the deprivation of liberty or disappearance",
            (_filled("Date", date_values, none if not facts else "no document dates it"),),
        ),
        WgeidSection(
            3,
            "Place of the deprivation of liberty or disappearance",
            (_filled("Place", place_values, none if not facts else "no document names the place"),),
        ),
        WgeidSection(
            4,
            "Forces (State or State-backed) believed responsible",
            (_filled("Forces", force_values, none if not facts else "no document names who did it"),),
        ),
    ]


def _force(file: CaseFile, entity: str) -> str:
    name = file.entity_name(entity)
    if entity.startswith("L"):
        return f"{name} (the State whose agents acted)"
    return name


def wgeid_report(
    file: CaseFile, documents: Mapping[int, DocumentInfo], texts: Mapping[int, str], proof: Provenance
) -> WgeidReport:
    """The WGEID-shaped report of ``file``; ``texts`` are the stored texts of the case's documents."""
    citations = Citations(documents)
    evidence = _Evidence(texts, citations)
    sections = [identity(file, evidence), *deprivation_sections(file, evidence)]
    sections.append(
        WgeidSection(
            5,
            "Steps taken by the family or others",
            (
                _filled(
                    "Searches, inquiries, complaints",
                    evidence.matching(_STEPS),
                    "no document of this case tells of a search, inquiry, complaint or appeal",
                    note=STEPS_NOTE,
                ),
            ),
        )
    )
    sections.append(
        WgeidSection(
            6,
            "Source of the communication",
            (
                _missing(
                    "Submitted by",
                    "to be filled in by whoever submits: name, contact, relation to the person, and whether the "
                    "family consents",
                ),
            ),
        )
    )
    missing = [(s.title, f.label, f.missing) for s in sections for f in s.fields if f.missing]
    return WgeidReport(file.person, sections, citations.sources, proof, missing)

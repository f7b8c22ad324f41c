"""The case file, /persons/{id}: who the person is, their relations, a timeline (inline SVG), every event
with its sources and conflicts, the pattern context (others at the same place in the same period) and the
corroboration matrix. Every part is a query on the stored case base; a retired id redirects to the
person it was merged into."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tumen.cases import codec
from tumen.cases import matrix as corroboration
from tumen.cases.casefile import CaseFile
from tumen.corroborate.facts import Conflict, Fact, Support
from tumen.store import overview
from tumen.store.patterns import Occasion, PatternContext, pattern_context
from tumen.web import public as reader_view
from tumen.web import timeline
from tumen.web.auth import user_name
from tumen.web.pages_common import TumenDep, error_page, interval_text, page, words
from tumen.web.public import PublicDep

router = APIRouter()


@dataclass
class Entry:
    """One event of the case file as the page shows it."""

    fact: Fact
    own: bool
    roles: list[str]
    place: str | None
    modality: str
    sources: list[Support]
    conflicts: list[Conflict]


def evidence_link(support: Support) -> str:
    """The reader's URL for a statement's span (the fragment scrolls to it)."""
    return f"/documents/{support.document}?start={support.start}&end={support.end}#evidence"


def _role_of(fact: Fact, person_id: str) -> str | None:
    return next((role for entity, role in fact.participants() if entity == person_id), None)


def occasions(person_id: str, facts: list[Fact]) -> list[Occasion]:
    """Each dated event of the person at each place its statements give."""
    found: list[Occasion] = []
    for fact in facts:
        role, time = _role_of(fact, person_id), fact.time
        if role is None or time is None:
            continue
        places = dict.fromkeys(s.place for s in fact.current if s.place)
        found += [Occasion(fact.id, fact.type, role, place, time.earliest, time.latest) for place in places]
    return found


def entries(file: CaseFile) -> list[Entry]:
    """The facts the person (or a relative) takes part in, as the page lists them."""
    found: list[Entry] = []
    for fact in file.facts:
        roles = file.roles(fact)
        if not roles:
            continue  # the person (or a relative) only tells of it
        own = _role_of(fact, file.person.id) is not None
        found.append(
            Entry(
                fact=fact,
                own=own,
                roles=roles,
                place=file.entity_name(fact.place) if fact.place else None,
                modality=timeline.modality_of(fact),
                sources=sorted(fact.supports, key=lambda s: (s.document, s.start, s.earlier)),
                conflicts=list(fact.conflicts),
            )
        )
    return found


@router.get("/persons/{person_id}", response_class=HTMLResponse)
def case_file(request: Request, person_id: str, tumen: TumenDep, public: PublicDep) -> Response:
    with tumen.store.reading() as r:
        live, exists = overview.live_person(r.conn, person_id)
        if not exists:
            return error_page(request, 404, f"no person {person_id!r} in the case base")
        if live != person_id:
            return RedirectResponse(f"/persons/{live}", status_code=308)
        person = codec.to_person(r.list_persons(ids=[live])[0])
    file = tumen.case_file(person, viewer=user_name(request))  # an at-risk person's file: audited
    if public is not None:  # a reader: everything below is derived from the public case file
        file = reader_view.case_file(file, public)
        person = file.person
    shown = entries(file)
    own_facts = [e.fact for e in shown if e.own]
    marks = [
        m
        for e in shown
        if (m := timeline.mark_of(e.fact, "own" if e.own else "family", _mark_label(file, e))) is not None
    ]
    docs = {s.document for f in own_facts for s in f.supports}
    with tumen.store.reading() as r:
        context = pattern_context(r.conn, person.id, occasions(person.id, own_facts))
        dependencies = overview.dependencies_among(r.conn, docs)
        infos = overview.document_infos(r.conn, docs | {m.document for m in person.mentions})
    if public is not None:
        context = reader_view.patterns(context, public)
        dependencies = [(d, on, public.text(why, d)) for d, on, why in dependencies]
        infos = reader_view.document_infos(infos, public)
    grid = corroboration.build(own_facts, infos, dependencies)
    reasons = {row.fact.id: row.dependent for row in grid.rows}
    relations = [
        {
            "type": words(rel.type),
            "subject": (rel.subject, file.entity_name(rel.subject)),
            "object": (rel.object, file.entity_name(rel.object)),
            "evidence": rel.evidence,
        }
        for rel in file.relations
    ]
    return page(
        request,
        "person.html",
        person=person,
        file=file,
        entries=shown,
        undated=[e for e in shown if e.fact.time is None],
        svg=timeline.render(marks, f"Timeline of {person.name}"),
        dated_own=sum(1 for m in marks if m.lane == "own"),
        relations=relations,
        patterns=_patterns_shown(context, file),
        matrix=grid,
        reasons=reasons,
        documents=infos,
        named_in=sorted({m.document for m in person.mentions}),
        evidence_link=evidence_link,
        interval=interval_text,
    )


def _mark_label(file: CaseFile, entry: Entry) -> str:
    where = f"in {entry.place}" if entry.place else ""
    return " ".join(p for p in ("/".join(entry.roles), where) if p)


def _patterns_shown(context: list[PatternContext], file: CaseFile) -> list[dict[str, Any]]:
    """Pattern context with the person's own fact, for the template (occasions with no one else included)."""
    by_fact = {f.id: f for f in file.facts}
    return [
        {
            "fact": by_fact.get(item.occasion.fact_id),
            "type": words(item.occasion.type),
            "role": item.occasion.role,
            "place": item.place_name,
            "when": f"{item.occasion.earliest.isoformat()} – {item.occasion.latest.isoformat()}",
            "others": item.others,
        }
        for item in context
    ]

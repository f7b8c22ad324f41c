"""The reader, /documents/{ref}: a document's stored text with what extraction found highlighted, its
metadata as text, the persons it names (links to their case files) and its events; ``?start=S&end=E``
marks one evidence span and scrolls to it."""

from __future__ import annotations

import dataclasses

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from tumen.errors import StoreError
from tumen.extract.types import NOT_FACTUAL
from tumen.web import pages_text
from tumen.web import public as reader_view
from tumen.web.pages_common import TumenDep, error_page, page, web_address
from tumen.web.public import PublicDep
from tumen.web.public_text import redacted

router = APIRouter()


class BadSpan(ValueError):
    """A ``start``/``end`` pair that names no characters of the document."""


def parse_span(start: str | None, end: str | None, length: int) -> tuple[int, int] | None:
    """The evidence span asked for, or None when neither bound is given; :class:`BadSpan` says what is wrong."""
    if start is None and end is None:
        return None
    if start is None or end is None:
        raise BadSpan("give both start and end (character offsets into the document's text), or neither")
    bounds = []
    for name, value in (("start", start), ("end", end)):
        text = value.strip()
        if not (text.isascii() and text.isdigit()):
            raise BadSpan(f"{name} must be a whole number of characters (0 or more), not {value!r}")
        bounds.append(int(text))
    first, last = bounds
    if first >= last:
        raise BadSpan(f"start ({first}) must be before end ({last})")
    if last > length:
        raise BadSpan(f"end ({last}) is beyond the end of the document's text ({length} characters)")
    return first, last


@router.get("/documents/{ref}", response_class=HTMLResponse)
def reader(
    request: Request,
    tumen: TumenDep,
    public: PublicDep,
    ref: str,
    start: str | None = None,
    end: str | None = None,
) -> HTMLResponse:
    try:
        document = tumen.document(ref)
    except StoreError as exc:
        status = 400 if "ambiguous" in str(exc) else 404
        return error_page(request, status, str(exc))
    try:
        span = parse_span(start, end, len(document.text))
    except BadSpan as exc:
        return error_page(request, 400, str(exc))
    evidence = pages_text.trimmed(document.text, *span) if span else None
    if evidence is not None and evidence[0] == evidence[1]:
        evidence = span  # only white space: mark it as asked
    extraction = tumen.extraction(document.id)
    marks = pages_text.highlights(extraction, len(document.text))
    persons: list[tuple[str, str | None, str]] = []  # (label, person id, record)
    events = []
    if extraction is not None:
        named = [e for e in extraction.entities if e.kind == "person"]
        records = tumen.persons_of_records(f"{document.id}:{e.id}" for e in named)
        for entity in named:
            record = f"{document.id}:{entity.id}"
            persons.append((entity.label, records.get(record), record))
        for event in extraction.events:
            for item in event.evidence:
                span_start, span_end = pages_text.trimmed(document.text, item.start, item.end)
                events.append(
                    {
                        "type": event.type,
                        "modality": event.modality,
                        "factual": event.modality not in NOT_FACTUAL,
                        "start": span_start,
                        "end": span_end,
                        "quote": item.quote,
                        "hearsay": item.hearsay,
                    }
                )
    body_text, marked = document.text, evidence
    if public is not None:  # a reader: the text, metadata, names and notes redacted; highlights moved to fit
        done = redacted(body_text, public, document.id, offset=0)
        document = dataclasses.replace(reader_view.document_info(document, public), text=done.text)
        body_text, marked = done.text, done.span(*evidence) if evidence else None
        placed = [(done.span(m.start, m.end), m) for m in marks]
        marks = [
            dataclasses.replace(m, start=at[0], end=at[1], note=public.text(m.note, document.id))
            for at, m in placed
            if at is not None
        ]
        persons = [(public.name(label, pid, document.id), pid, record) for label, pid, record in persons]
        events = [{**e, "quote": public.text(str(e["quote"]), document.id)} for e in events]
    present = sorted({m.kind for m in marks}, key=pages_text.KINDS.index)
    return page(
        request,
        "reader.html",
        document=document,
        meta=document.meta,
        link=web_address(document.meta.url),
        body=pages_text.render(body_text, marks, marked),
        evidence=evidence,
        legend=[(k, pages_text.KIND_WORDS[k]) for k in present],
        processed=extraction is not None,
        persons=persons,
        events=events,
    )

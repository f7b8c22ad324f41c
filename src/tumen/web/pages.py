"""Server-rendered pages (the URLs are a contract): / (dashboard), /documents/{id} (reader), /persons
(listing with filters) and /persons/{id} (case file). /search, /review and /upload live in
:mod:`tumen.web.workflow`. Every page is a query on the stored case base, never a rebuild.

``router`` is what :func:`tumen.web.app.create_app` includes; the reader and the case file are in
``pages_reader`` and ``pages_case``.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from tumen.cases import codec
from tumen.store import overview
from tumen.web import pages_case, pages_reader
from tumen.web import public as reader_view
from tumen.web.pages_common import TumenDep, error_page, page
from tumen.web.public import PublicDep

router = APIRouter()
router.include_router(pages_reader.router)
router.include_router(pages_case.router)

PAGE_SIZE = 50
PERSONS_PER_STATUS = 5  # names shown under each status on the dashboard
YES, NO = ("yes", "true", "1", "on"), ("no", "false", "0", "off")


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, tumen: TumenDep, public: PublicDep) -> HTMLResponse:
    with tumen.store.reading() as r:
        counts = overview.counts(r.conn)
        statuses = overview.statuses(r.conn)
        recent = overview.recent_documents(r.conn)
        contradicted = [codec.to_fact(d) for d in overview.contradicted_facts(r.conn)]
        concern = {
            s.status: [codec.to_person(d) for d in r.list_persons(s.status, limit=PERSONS_PER_STATUS)]
            for s in statuses
            if s.status != "unknown"
        }
        names = r.entity_names(
            {f.principal for f in contradicted if f.principal} | {f.place for f in contradicted if f.place}
        )
    notes = {f.id: list(dict.fromkeys(f"{c.kind}: {c.detail}" for c in f.conflicts)) for f in contradicted}
    if public is not None:  # a reader: at-risk persons under their pseudonyms, titles and notes redacted
        concern = {status: reader_view.persons(found, public) for status, found in concern.items()}
        names = reader_view.names(names, public)
        recent = reader_view.recent_documents(recent, public)
        notes = {fact: [public.text(n) for n in found] for fact, found in notes.items()}
    return page(
        request,
        "dashboard.html",
        counts=counts,
        statuses=statuses,
        concern=concern,
        recent=recent,
        contradicted=contradicted,
        names=names,
        notes=notes,
    )


def _at_risk(value: str | None) -> bool | None:
    if value is None or not value.strip():
        return None
    if value.strip().lower() in YES:
        return True
    if value.strip().lower() in NO:
        return False
    raise ValueError(f"at_risk must be yes or no, not {value!r}")


def _page_number(value: str | None) -> int:
    if value is None or not value.strip():
        return 1
    if not (value.strip().isascii() and value.strip().isdigit()) or int(value) < 1:
        raise ValueError(f"page must be a whole number from 1, not {value!r}")
    return int(value)


@router.get("/persons", response_class=HTMLResponse)
def persons(
    request: Request,
    tumen: TumenDep,
    public: PublicDep,
    status: str | None = None,
    at_risk: str | None = None,
    q: str | None = None,
    page_number: Annotated[str | None, Query(alias="page")] = None,
) -> HTMLResponse:
    """Persons of the case base, most mentioned first: filtered by status, risk and a name in any spelling."""
    try:
        risk = _at_risk(at_risk)
        number = _page_number(page_number)
    except ValueError as exc:
        return error_page(request, 400, str(exc))
    status = status.strip() if status and status.strip() else None
    query = q.strip() if q and q.strip() else None
    found = tumen.persons(status=status, at_risk=risk, q=query, limit=PAGE_SIZE + 1, offset=(number - 1) * PAGE_SIZE)
    if public is not None:  # a reader: at-risk persons listed under their pseudonyms
        found = reader_view.persons(found, public)
    with tumen.store.reading() as r:
        statuses = overview.statuses(r.conn)
    filters: dict[str, Any] = {
        k: v for k, v in (("status", status), ("at_risk", at_risk or None), ("q", query)) if v is not None
    }
    return page(
        request,
        "persons.html",
        persons=found[:PAGE_SIZE],
        statuses=statuses,
        status=status,
        at_risk=risk,
        q=query or "",
        number=number,
        previous=urlencode({**filters, "page": number - 1}) if number > 1 else None,
        following=urlencode({**filters, "page": number + 1}) if len(found) > PAGE_SIZE else None,
    )


__all__ = ["router"]

"""The analyst's workflow pages: /search with facets, /review (merge or distinct, decided in the page) and /upload
(documents processed in the background with visible progress).

This module holds /search and gathers the other two (``workflow_review``, ``workflow_upload``) under one
``router``. Every route is thin: the facets are :func:`tumen.store.facets.faceted_search`, decisions are
:meth:`tumen.api.Tumen.judge`, uploads are :meth:`tumen.api.Tumen.ingest` then :meth:`tumen.api.Tumen.process`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from tumen.store.facets import FACETS, Filters, faceted_search
from tumen.store.search import QueryError, parse_query
from tumen.web import public as reader_view
from tumen.web.public import PublicDep
from tumen.web.workflow_forms import TumenDep, has_control, render
from tumen.web.workflow_review import router as review_router
from tumen.web.workflow_upload import router as upload_router

router = APIRouter()
router.include_router(review_router)
router.include_router(upload_router)

PAGE_SIZE = 20
MAX_PAGE = 10_000
MAX_QUERY = 1_000  # characters of a query
MAX_VALUE = 255  # characters of a facet value
FACET_TITLES = {
    "type": "Event type",
    "place": "Place of the event",
    "year": "Published (year)",
    "verdict": "Verdict",
    "outlet": "Outlet",
    "lang": "Language",
}


class BadParameter(ValueError):
    """A search parameter that cannot be used: names the parameter and the reason."""


@dataclass(frozen=True)
class FacetLink:
    value: str
    label: str
    count: int
    href: str
    active: bool


def _filters(params: Any) -> Filters:
    values: dict[str, Any] = {}
    for name in FACETS:
        raw = params.get(name)
        if raw is None or raw == "":
            continue
        if len(raw) > MAX_VALUE or has_control(raw):
            raise BadParameter(f"{name}: not a value to filter by (too long or with control characters)")
        if name == "year":
            if not (raw.isascii() and raw.isdigit() and len(raw) == 4 and raw != "0000"):
                raise BadParameter(f"year: {raw!r} is not a year (expected four digits, e.g. 2019)")
            values[name] = int(raw)
        else:
            values[name] = raw
    return Filters(**values)


def _page(params: Any) -> int:
    raw = params.get("page") or "1"
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= MAX_PAGE:
        raise BadParameter(f"page: {raw[:20]!r} is not a page number (1 to {MAX_PAGE:,})")
    return int(raw)


def _href(q: str, active: dict[str, str], **changes: str | None) -> str:
    """A /search URL with the query, the active filters and ``changes`` (None removes a parameter)."""
    params: dict[str, str] = {"q": q} if q else {}
    params |= active
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return "/search?" + urlencode(params) if params else "/search"


def _label(name: str, label: str) -> str:
    return label.replace("_", " ") if name in ("type", "verdict") else label


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, tumen: TumenDep, public: PublicDep) -> HTMLResponse:
    """Full-text search with facets; every parameter optional, every bad one a 400 naming it."""
    params = request.query_params
    q = params.get("q", "")
    context: dict[str, Any] = {"q": q, "result": None, "message": None, "facets": [], "active": [], "hidden": []}
    try:
        if len(q) > MAX_QUERY:
            raise BadParameter(f"q: the query is longer than {MAX_QUERY:,} characters")
        filters, page = _filters(params), _page(params)
        if q.strip() and not parse_query(q):
            context["message"] = "Nothing to search for: the query holds only punctuation or symbols."
            return render(request, "search.html", context)
        result = faceted_search(tumen.store, q, filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    except (BadParameter, QueryError) as exc:
        context["message"] = str(exc)
        return render(request, "search.html", context, status=400)
    if public is not None:  # a reader: the same hits, their titles, snippets and facets redacted
        result = reader_view.search_result(result, public)
    active = filters.active()
    labels: dict[tuple[str, str], str] = {}
    facets = []
    for name in FACETS:
        links = []
        for value in result.facets.get(name, []):
            labels[(name, value.value)] = _label(name, value.label)
            chosen = active.get(name) == value.value
            href = _href(q, active, **{name: None if chosen else value.value, "page": None})
            links.append(FacetLink(value.value, _label(name, value.label), value.count, href, chosen))
        facets.append((name, FACET_TITLES[name], links))
    pages = max(1, -(-result.total // PAGE_SIZE))
    context |= {
        "result": result,
        "facets": facets,
        "active": [
            (FACET_TITLES[name], labels.get((name, value), value), _href(q, active, **{name: None, "page": None}))
            for name, value in active.items()
        ],
        "hidden": sorted(active.items()),
        "first": (page - 1) * PAGE_SIZE + 1,
        "page": page,
        "pages": pages,
        "previous": _href(q, active, page=str(page - 1)) if page > 1 else None,
        "next": _href(q, active, page=str(page + 1)) if page < pages else None,
        "searched": bool(q.strip()) or bool(active),
    }
    if q.strip() and not result.total:
        context["message"] = "No documents match." if not active else "No documents match with these filters."
    return render(request, "search.html", context)

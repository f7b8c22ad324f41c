"""The REST API under /api: the JSON export's data (schema tumen/v1), read from the stored case base, paginated as
``{"items": [...], "next": <cursor or null>}``.

Routes are thin: the pages are walked in :mod:`tumen.web.api_pages`, the queries are in :mod:`tumen.store.apireads`
and :class:`tumen.api.Tumen`, the items are the export's own (:mod:`tumen.export.json_export`). Every failure is
``{"error": "<field>: <reason>"}`` (:mod:`tumen.web.api_support`). See docs/api.md.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.responses import RedirectResponse

from tumen.api import Tumen
from tumen.corroborate.facts import Verdict
from tumen.web import api_models as m
from tumen.web import api_pages as pages
from tumen.web import public as reader_view
from tumen.web.api_support import ApiProblem, ApiRoute, error, json_response
from tumen.web.auth import user_name
from tumen.web.deps import get_tumen
from tumen.web.public import PublicDep

router = APIRouter(route_class=ApiRoute, tags=["case base"])

MAX_LIMIT = 500
DEFAULT_LIMIT = 50
ERRORS: dict[int | str, dict[str, object]] = {
    400: {"model": m.ApiError, "description": "a cursor or query tumen cannot use"},
    404: {"model": m.ApiError, "description": "no such person, document or place"},
    422: {"model": m.ApiError, "description": "a malformed parameter, named in the message"},
}

TumenDep = Annotated[Tumen, Depends(get_tumen)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"items per page, 1 to {MAX_LIMIT}")]
Cursor = Annotated[
    str | None,
    Query(max_length=2000, description="the `next` value of the page before; omit it for the first page"),
]


@router.get(
    "/persons",
    summary="List persons",
    response_model=m.PersonPage,
    responses=ERRORS,
    operation_id="list_persons",
)
def list_persons(
    tumen: TumenDep,
    public: PublicDep,
    q: Annotated[
        str | None,
        Query(
            max_length=200, description="a name in any spelling or script (Kang Mi-rae, Gang Mirae, 강미래) or an id"
        ),
    ] = None,
    status: Annotated[
        str | None,
        Query(
            description="only persons with this status: " + ", ".join(pages.STATUSES),
            json_schema_extra={"enum": list(pages.STATUSES)},
        ),
    ] = None,
    at_risk: Annotated[bool | None, Query(description="true: only persons at risk; false: only the others")] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Response:
    """Persons of the case base, most mentioned first (then by id), each as the JSON export's person item."""
    if status is not None and status not in pages.STATUSES:
        raise ApiProblem(422, f"status: must be one of {', '.join(pages.STATUSES)}")
    found = pages.persons(tumen, q, status, at_risk, limit, cursor)
    return json_response(reader_view.api_page("persons", found, public) if public is not None else found)


@router.get(
    "/persons/{person_id}",
    summary="One person's case file",
    response_model=m.PersonFile,
    responses={
        **ERRORS,
        307: {"description": "the id was merged into another person: Location is the surviving person's URL"},
    },
    operation_id="get_person",
    name="api_person",
)
def get_person(
    request: Request,
    tumen: TumenDep,
    public: PublicDep,
    person_id: Annotated[str, Path(max_length=64, description="a person id as the CLI prints it, e.g. P1a2b3c4d")],
) -> Response:
    """The person, their relations, and their and their relatives' events in time order (each with its sources,
    verdict and conflicts), as ``tumen person ID --json`` prints them. A retired id (merged into another person)
    answers 307 with the surviving person's URL."""
    found = pages.person_file(tumen, person_id, user_name(request))
    if isinstance(found, str):
        return RedirectResponse(str(request.url_for("api_person", person_id=found)), status_code=307)
    return json_response(reader_view.api_case_file(found, public) if public is not None else found)


@router.get(
    "/documents/{ref}",
    summary="One document",
    response_model=m.Document,
    responses=ERRORS,
    operation_id="get_document",
)
def get_document(
    tumen: TumenDep,
    public: PublicDep,
    ref: Annotated[str, Path(max_length=64, description="the document id, or the first 6+ hex digits of its SHA-256")],
    text: Annotated[bool, Query(description="false: the metadata without the text")] = True,
) -> Response:
    """A document's metadata and stored text (the text evidence offsets point into)."""
    found = pages.document(tumen, ref, text)
    return json_response(reader_view.api_document(found, public) if public is not None else found)


@router.get(
    "/events",
    summary="List events",
    response_model=m.EventPage,
    responses=ERRORS,
    operation_id="list_events",
)
def list_events(
    tumen: TumenDep,
    public: PublicDep,
    person: Annotated[
        str | None,
        Query(max_length=64, description="only events this person takes part in or witnesses (a person id)"),
    ] = None,
    type: Annotated[
        str | None,
        Query(max_length=64, pattern=r"^[a-z_]+$", description="only events of this type, e.g. arrest, detention"),
    ] = None,
    place: Annotated[
        str | None, Query(max_length=200, description="only events at this place (a place id, or its name)")
    ] = None,
    from_: Annotated[
        date | None,
        Query(alias="from", description="only dated events whose time reaches this day or later (YYYY-MM-DD)"),
    ] = None,
    to: Annotated[
        date | None, Query(description="only dated events whose time begins on this day or earlier (YYYY-MM-DD)")
    ] = None,
    verdict: Annotated[Verdict | None, Query(description="only events with this verdict")] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Response:
    """Events (facts) of the case base in the export's order — dated first by earliest day, then by type and id —
    each as the JSON export's event item. With from/to, an event is kept when its time interval overlaps the
    period; undated events are then left out."""
    if from_ is not None and to is not None and from_ > to:
        raise ApiProblem(422, "from: the period starts after it ends (to)")
    wanted = pages.EventQuery(person, type, place, from_, to, verdict.value if verdict else None)
    found = pages.events(tumen, wanted, limit, cursor)
    return json_response(reader_view.api_page("events", found, public) if public is not None else found)


@router.get(
    "/search",
    summary="Full-text search",
    response_model=m.SearchPage,
    responses=ERRORS,
    operation_id="search",
)
def search(
    tumen: TumenDep,
    public: PublicDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=1000,
            description='every word must occur (a "quoted phrase" as a phrase); case ignored; Hangul with particles',
        ),
    ],
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Response:
    """Documents whose title or text contain every term, best first (ties: older document first), each hit with
    the passage that matched. The query is only ever text: search syntax and SQL are searched for as written."""
    found = pages.search(tumen, q, limit, cursor)
    return json_response(reader_view.api_search(found, public) if public is not None else found)


@router.api_route("/{rest:path}", methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
def unknown(request: Request, rest: str) -> Response:
    """Anything else under /api: a JSON error, like every other answer of the API."""
    if request.method != "GET":
        return error(405, f"method {request.method} is not allowed: the API only reads (GET)")
    return error(404, f"no endpoint /api/{rest[:100]} (see /openapi.json)")

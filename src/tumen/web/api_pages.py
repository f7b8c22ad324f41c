"""The REST API's pages: each listing walked in a total order with a keyset cursor, its items built by the JSON
export's own functions, so the API and ``tumen export`` say the same about every person, event and document.

A cursor holds the position of the last item of its page (persons: mentions and id; events: earliest day, type and
id; search: the number of hits already given, since hits are ranked by a score) and a fingerprint of the filters,
so it only continues the walk it came from. Walking every page yields exactly the unpaginated listing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from tumen.api import Tumen
from tumen.cases import codec
from tumen.export import json_export as ex
from tumen.model import Document, DocumentInfo
from tumen.resolve.persons import Person
from tumen.store import apireads
from tumen.store.search import QueryError
from tumen.web.api_support import ApiProblem, decode_cursor, encode_cursor, scope_of

STATUSES: tuple[str, ...] = tuple(s for s in ex.schema()["$defs"]["person"]["properties"]["status"]["enum"] if s)
Page = dict[str, Any]


def plain_text(field: str, value: str | None) -> str | None:
    """A text parameter as given, refused (422) when it holds a NUL or another control character: no name, id or
    place has one, and PostgreSQL cannot even compare text with a NUL."""
    if value is not None and any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise ApiProblem(422, f"{field}: control characters are not allowed")
    return value


def _bad_cursor() -> ApiProblem:
    return ApiProblem(400, "cursor: not a cursor of this listing with these filters (start again without it)")


def _page(items: list[Any], scope: str, position: list[Any] | None) -> Page:
    return {"items": items, "next": encode_cursor(scope, position) if position is not None else None}


# -- persons -------------------------------------------------------------------------------------------------


def _person_key(position: list[Any] | None) -> apireads.PersonKey | None:
    if position is None:
        return None
    if len(position) != 2 or not isinstance(position[0], int) or not isinstance(position[1], str):
        raise _bad_cursor()
    return apireads.PersonKey(position[0], position[1])


def persons(
    tumen: Tumen, q: str | None, status: str | None, at_risk: bool | None, limit: int, cursor: str | None
) -> Page:
    """A page of persons, most mentioned first, then by id (``Tumen.persons``'s order and filters)."""
    q = plain_text("q", q)
    scope = scope_of("persons", {"q": q, "status": status, "at_risk": at_risk})
    after = _person_key(decode_cursor(cursor, scope))
    if q is not None and q.strip():
        matches = tumen.persons(status=status, at_risk=at_risk, q=q)
        keyed = sorted(((apireads.PersonKey(len(p.mentions), p.id), p) for p in matches), key=_person_order)
        if after is not None:
            keyed = [(k, p) for k, p in keyed if (-k.mentions, k.id) > (-after.mentions, after.id)]
        chosen = keyed[: limit + 1]
    else:
        rows = apireads.persons_page(tumen.store, status=status, at_risk=at_risk, after=after, limit=limit + 1)
        chosen = [(key, codec.to_person(data)) for key, data in rows]
    more = len(chosen) > limit
    chosen = chosen[:limit]
    last = [chosen[-1][0].mentions, chosen[-1][0].id] if more else None
    return _page([ex.person_item(p) for _k, p in chosen], scope, last)


def _person_order(item: tuple[apireads.PersonKey, Person]) -> tuple[int, str]:
    return (-item[0].mentions, item[0].id)


def person_file(tumen: Tumen, person_id: str, viewer: str | None = None) -> Page | str:
    """The case file of a person as ``tumen person ID --json`` gives it, or the surviving id of a retired one
    (read by ``viewer``: an at-risk person's file is audited)."""
    plain_text("person_id", person_id)
    if not person_id.isprintable():  # no id holds a format character (a right-to-left override, …)
        raise ApiProblem(404, f"no person {person_id!r}")
    live = apireads.live_id(tumen.store, person_id)
    if live != person_id:
        return live
    data = apireads.person_data(tumen.store, person_id)
    if data is None:
        raise ApiProblem(404, f"no person {person_id!r} (ids look like P1a2b3c4d; find one with /api/persons?q=NAME)")
    return ex.case_file_item(tumen.case_file(codec.to_person(data), viewer=viewer))


# -- documents -----------------------------------------------------------------------------------------------


def document(tumen: Tumen, ref: str, with_text: bool) -> Page:
    """A document's metadata (the export's document item and the rest of what is stored) and its text."""
    found = apireads.document_ids(tumen.store, ref) if ref.isprintable() else []
    if not found:
        raise ApiProblem(404, f"no document {ref!r} (give its id or the first 6+ digits of its SHA-256)")
    if len(found) > 1:
        raise ApiProblem(400, f"document {ref!r} is ambiguous: give more digits of its SHA-256")
    info: DocumentInfo
    if with_text:
        info = tumen.document(found[0])
    else:
        with tumen.store.reading() as r:
            infos = r.infos(found)
        if found[0] not in infos:
            raise ApiProblem(404, f"no document {ref!r}")
        info = infos[found[0]]
    item = ex.document_item(info) | {
        "author": info.meta.author,
        "translated_from": info.meta.translated_from,
        "media_type": info.media_type,
        "filename": info.filename,
        "size": info.size,
        "chars": info.chars,
        "ingested_at": info.ingested_at.isoformat(),
        "ingested_by": info.ingested_by,
    }
    if isinstance(info, Document):
        item["text"] = info.text
    return item


# -- events --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventQuery:
    """The filters of ``GET /api/events``."""

    person: str | None = None
    type: str | None = None
    place: str | None = None
    start: date | None = None  # "from": the event's time reaches this day or later
    end: date | None = None  # "to": the event's time begins on this day or earlier
    verdict: str | None = None


def _fact_key(position: list[Any] | None) -> apireads.FactKey | None:
    if position is None:
        return None
    try:
        earliest, kind, fact_id = position
        day = date.fromisoformat(earliest) if earliest is not None else None
    except (TypeError, ValueError):
        raise _bad_cursor() from None
    if not isinstance(kind, str) or not isinstance(fact_id, str):
        raise _bad_cursor()
    return apireads.FactKey(day, kind, fact_id)


def events(tumen: Tumen, wanted: EventQuery, limit: int, cursor: str | None) -> Page:
    """A page of events in the export's order; the database narrows by person, type, verdict, place and the end
    of the period, and each candidate is then checked for its own place and the start of the period."""
    plain_text("person", wanted.person)
    plain_text("place", wanted.place)
    scope = scope_of("events", asdict(wanted))
    after = _fact_key(decode_cursor(cursor, scope))
    person = None
    if wanted.person is not None:
        person = apireads.live_id(tumen.store, wanted.person)
        if apireads.person_data(tumen.store, person) is None:
            raise ApiProblem(404, f"person: no person {wanted.person!r}")
    places: list[str] = []
    if wanted.place is not None:
        places = apireads.place_ids(tumen.store, wanted.place)
        if not places:
            raise ApiProblem(404, f"place: no place {wanted.place!r} (give a place id or a place's name)")
    narrowed = apireads.FactFilter(
        person=person,
        type=wanted.type,
        verdict=wanted.verdict,
        places=tuple(places),
        dated_until=wanted.end,
        reaching=wanted.start,
        dated=wanted.start is not None or wanted.end is not None,
    )
    chosen: list[tuple[apireads.FactKey, dict[str, Any]]] = []
    for key, data in apireads.facts_after(tumen.store, narrowed, after, batch=max(limit + 1, 50)):
        fact = codec.to_fact(data)
        if places and fact.place not in places:
            continue  # its statements name the place, the fact itself is placed elsewhere
        if wanted.start is not None and (fact.time is None or fact.time.latest < wanted.start):
            continue
        chosen.append((key, ex.event_item(fact)))
        if len(chosen) > limit:
            break
    more = len(chosen) > limit
    chosen = chosen[:limit]
    last = chosen[-1][0] if more else None
    position = [last.earliest.isoformat() if last.earliest else None, last.type, last.id] if last else None
    return _page([item for _k, item in chosen], scope, position)


# -- search --------------------------------------------------------------------------------------------------


def search(tumen: Tumen, q: str, limit: int, cursor: str | None) -> Page:
    """A page of search hits, best first; the cursor counts the hits already given (the ranking is total)."""
    if not q.strip():
        raise ApiProblem(422, "q: give at least one word to search for")
    scope = scope_of("search", {"q": q})
    position = decode_cursor(cursor, scope)
    offset = 0
    if position is not None:
        if len(position) != 1 or not isinstance(position[0], int) or position[0] < 0:
            raise _bad_cursor()
        offset = position[0]
    try:
        hits = tumen.search(q, limit=limit + 1, offset=offset)
    except QueryError as exc:
        raise ApiProblem(400, f"q: {exc}") from None
    more = len(hits) > limit
    return _page([h.as_dict() for h in hits[:limit]], scope, [offset + limit] if more else None)

"""Routes: a journey "through A, B and C to D" is one movement with an ordered route.

Within the sentence of a movement (a border crossing, a resettlement, a forced return, a
trafficking), the places after "through", "via" or "across" — listed with commas and "and" —
and the place after "to"/"into"/"reaching" are the route in the order the text gives them,
starting with the place after "from" when there is one. The event's route is that list of
the document's place ids; an event without a place takes the route's destination. The
place of an event is then the most specific place its sentence supports (a city in the
country the event names, not the country), see :func:`most_specific`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tumen.extract import places
from tumen.extract.types import Event

if TYPE_CHECKING:
    from tumen.extract.entities import Grouping

ROUTE = "__route"  # the event attribute that carries the route's place names to the case base and the export
MOVEMENTS = frozenset({"border_crossing", "resettlement", "forced_repatriation", "trafficking", "abduction", "escape"})
BETWEEN = frozenset({"deportation", "forced_repatriation", "border_crossing"})
_P = r"<(\d+)>"
_LIST = rf"{_P}(?:\s*,\s*{_P})*(?:\s*,?\s+(?:and|then)\s+{_P})?"
_ROUTE = re.compile(
    rf"(?:\bfrom\s+(?P<origin>{_P})[^<.;]{{0,40}}?)?"
    rf"\b(?:through|via|across|by\s+way\s+of|passing\s+through)\s+(?:the\s+)?(?P<stops>{_LIST})"
    rf"(?:[^<.;]{{0,30}}?\b(?:to|into|reaching|before\s+reaching|arriving\s+in|and\s+on\s+to|finally\s+to)\s+"
    rf"(?:the\s+)?(?P<destination>{_P}))?",
    re.IGNORECASE,
)


def _placeholders(text: str, start: int, end: int, grouping: Grouping) -> tuple[str, list[str]]:
    """The sentence with each place mention replaced by ``<n>``; ``n`` indexes the returned place ids."""
    ids: list[str] = []
    pieces: list[str] = []
    cursor = start
    for s, e, entity_id in grouping.spans:
        if s < start or e > end or s < cursor or grouping.by_id(entity_id).kind != "place":
            continue
        pieces.append(text[cursor:s])
        pieces.append(f"<{len(ids)}>")
        ids.append(entity_id)
        cursor = e
    pieces.append(text[cursor:end])
    return "".join(pieces), ids


def route_in(text: str, start: int, end: int, grouping: Grouping) -> list[str]:
    """The ordered place ids of the route told in ``text[start:end]``, or [] when it tells none."""
    sentence, ids = _placeholders(text, start, end, grouping)
    match = _ROUTE.search(sentence)
    if match is None:
        return []
    order: list[str] = []
    for group in ("origin", "stops", "destination"):
        if match.group(group):
            order += [ids[int(n)] for n in re.findall(r"<(\d+)>", match.group(group))]
    route = [p for i, p in enumerate(order) if p not in order[:i]]
    return route if len(route) >= 2 or (match.group("stops") and len(route) >= 1 and match.group("destination")) else []


def add_routes(text: str, events: list[Event], grouping: Grouping) -> None:
    """Give each movement the route its sentence tells; an event without a place gets the destination."""
    for event in events:
        if event.type not in MOVEMENTS or not event.evidence or event.route:
            continue
        evidence = event.evidence[0]
        route = route_in(text, evidence.start, evidence.end, grouping)
        if len(route) >= 2:
            event.route = route
            event.attributes[ROUTE] = [grouping.by_id(p).name or p for p in route]
            if event.place is None:
                event.place = route[-1]


def most_specific(text: str, events: list[Event], grouping: Grouping) -> None:
    """An event placed in a country or province takes the more specific place its sentence names inside
    it, in apposition ("caught in China, in the city of Helong": Helong, not China); movements keep
    their country."""
    for event in events:
        if event.place is None or not event.evidence or event.route or event.type in MOVEMENTS | BETWEEN:
            continue  # a movement's place is the country it goes to: facts of crossings compare countries
        chosen = grouping.by_id(event.place)
        kind = chosen.place_kind or "other"
        if kind not in ("country", "province", "region"):
            continue
        country = places.lookup(chosen.name or "")
        evidence = event.evidence[0]
        best = None
        for s, e, entity_id in grouping.spans:
            if s < evidence.start or e > evidence.end or entity_id == event.place:
                continue
            entity = grouping.by_id(entity_id)
            if entity.kind != "place" or not _inside(entity.name or "", entity.place_kind, country):
                continue
            if places.SPECIFICITY.get(entity.place_kind or "other", -1) <= places.SPECIFICITY.get(kind, 0):
                continue
            if not _apposed(text, (s, e), _mentions(grouping, event.place, evidence.start, evidence.end)):
                continue
            best = entity_id
            break
        if best is not None:
            event.attributes.setdefault("broader_place", event.place)
            event.place = best


def _mentions(grouping: Grouping, entity_id: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(s, e) for s, e, i in grouping.spans if i == entity_id and start <= s and e <= end]


_APPOSED = re.compile(r"\s*,?\s*(?:in\s+|near\s+)?(?:the\s+(?:city|town|county|province|village)\s+of\s+)?(?:the\s+)?")


def _apposed(text: str, specific: tuple[int, int], broader: list[tuple[int, int]]) -> bool:
    """ "Yanji, China", "in China, in Helong", "China, in the city of Helong": one place said inside the other."""
    for start, end in broader:
        between = text[specific[1] : start] if specific[1] <= start else text[end : specific[0]]
        if (specific[1] <= start or end <= specific[0]) and _APPOSED.fullmatch(between):
            return True
    return False


def _inside(name: str, kind: str | None, container: places.Place | None) -> bool:
    if container is None:
        return False
    code = container.country or places.country_code(container.name)
    found = places.lookup(name)
    return found is not None and found.country is not None and found.country == code

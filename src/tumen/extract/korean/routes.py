"""A Korean journey's route (docs/extraction.md, "Korean"): the places listed before 거쳐 / 경유해 / 통해 in the
sentence of a movement, then the movement's own place after them — "중국-라오스-태국을 거쳐 한국에 도착했다" is the
route China, Laos, Thailand, South Korea — as the English rules give it (tumen.extract.routes)."""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.routes import MOVEMENTS, ROUTE
from tumen.extract.types import Extraction

from .mentions import Mentions
from .text import between, sentences
from .vocabulary import rules

_P = r"<(\d+)>"


@cache
def _stops() -> re.Pattern[str]:
    table = rules()
    joiners = "|".join(map(re.escape, table["route_joiners"]))
    verbs = "|".join(map(re.escape, table["route_verbs"]))
    objects = "|".join(map(re.escape, table["route_object_particles"]))
    return re.compile(rf"(?P<stops>{_P}(?:\s?(?:{joiners})\s?{_P})*)\s?(?:{objects})?\s?(?:{verbs})(?![가-힣])")


@cache
def _origin() -> re.Pattern[str]:
    """Where the journey began, right before its stops: "중국에서 라오스를 거쳐"."""
    return re.compile(rf"{_P}\s?(?:{'|'.join(map(re.escape, rules()['route_origin_particles']))})\s?$")


@cache
def _reached() -> re.Pattern[str]:
    """A place reached: a placeholder and a particle of a journey's end ("<3>에", "<3>으로")."""
    return re.compile(rf"{_P}\s?(?:{'|'.join(map(re.escape, rules()['route_destination_particles']))})(?![가-힣])")


def add_routes(text: str, result: Extraction, found: Mentions) -> None:
    """Give each movement the route its sentence lists before its trigger, ending at its place."""
    spans = sentences(text)
    for event in result.events:
        if event.type not in MOVEMENTS or event.route:
            continue
        sentence = next(((s, e) for s, e in spans if s <= event.trigger.start < e), None)
        if sentence is None:
            continue
        places = between(found.places, sentence[0], event.trigger.start)
        pieces: list[str] = []
        ids: list[str] = []
        cursor = sentence[0]
        for start, end, pid in places:
            pieces += [text[cursor:start], f"<{len(ids)}>"]
            ids.append(pid)
            cursor = end
        pieces.append(text[cursor : event.trigger.start])
        said = "".join(pieces)
        match = _stops().search(said)
        if match is None:
            continue
        reached = [ids[int(n)] for n in _reached().findall(said[match.end() :])]
        if len(reached) > 1 or (reached and event.place not in (None, reached[0])):
            continue  # "…를 거쳐 태국에 도착했고, 2016년 한국에 도착했다": the stops led to 태국
        route = [ids[int(n)] for n in re.findall(_P, match["stops"])]
        origin = _origin().search(said[: match.start()])  # "중국에서 라오스를 거쳐"
        route = ([ids[int(origin.group(1))]] if origin else []) + route
        inside = between(found.places, event.trigger.start, event.trigger.end)  # "한국에 들어왔다": where to
        if inside and (event.place is None or event.place in route):
            event.place = inside[0][2]  # the journey's destination, not a stop or where it began
        if event.place is not None:
            route.append(event.place)
        route = list(dict.fromkeys(route))
        if len(route) >= 2:
            event.route = route
            event.attributes[ROUTE] = [result.entity(p).name or p for p in route]

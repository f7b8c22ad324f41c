"""The place of a Korean event (:mod:`.events`): the place of its clause, "A가 아닌 B" (B, and A claimed before),
where someone is rather than where it happened, and where people are sent back to."""

from __future__ import annotations

import re

from tumen.extract.types import Extraction

from . import details
from .event_context import Found
from .text import Clause, between

_LOCATIVE = re.compile(r"(?:에서|서)(?=\s)")


def place_of(
    text: str, result: Extraction, found: Found, clause: Clause, trigger: tuple[int, int], event_type: str, floor: int
) -> tuple[str | None, str | None]:
    """The place of the event and, for "A가 아닌 B", the place the sentence says was claimed before."""
    start, end = trigger
    reach = max(clause.end, clause.reach) + 20  # "A가 아닌 B": B may follow the clause
    places = [m for m in between(found.mentions.places, clause.sentence_start, reach) if m[0] not in found.quoted]
    for region in ([clause.focus] if clause.focus else []) + [(start, clause.end)]:
        corrected = _corrected(text, places, region)
        if corrected is not None:
            return corrected[1], corrected[0]
    if clause.focus:
        focus = [m for m in places if clause.focus[0] <= m[0] < clause.focus[1]]
        if focus:
            return focus[-1][2], None

    repatriation = event_type == "forced_repatriation"

    def usable(mention: tuple[int, int, str]) -> bool:
        if _WHERE_SOMEONE_IS.match(text, mention[1]):
            return False  # "남한에 있는 남동생에게 데려가려고": where the brother lives, not where it happened
        place = result.entity(mention[2])
        # a repatriation happens from a city or a camp; a country in its clause is the state that sends
        # people back (중국은) or their destination (북한으로), which _destination gives
        return not repatriation or place.place_kind != "country"

    for first in (floor, clause.start, clause.sentence_start):
        if first < floor and repatriation:
            break  # the place of an earlier event in the clause is not where people were sent back from
        candidates = [m for m in places if first <= m[0] and m[0] < end and usable(m)]
        if candidates:
            located = [m for m in candidates if _LOCATIVE.match(text, m[1])]
            return (located or candidates)[-1][2], None
    return (_destination(found, clause) if repatriation else None), None


# "X에 있는 / 사는 / 살고 있는 / 머무는 / 거주하는 (noun)": where someone is, describing the noun after it
_WHERE_SOMEONE_IS = re.compile(r"\s?에\s?(?:있는|사는|살고\s?있는|머무는|머물고\s?있는|거주하는)")


def _destination(found: Found, clause: Clause) -> str | None:
    """Where people are sent back to: North Korea, as the English rules file "returned to North Korea"
    (북송 says it; so does 북한으로/북한에) — the document's own North Korea place, if it names one."""
    here = between(found.north, clause.sentence_start, clause.sentence_end)
    return (here or found.north)[0][2] if found.north else None


def _corrected(text: str, places: list[tuple[int, int, str]], region: tuple[int, int]) -> tuple[str, str] | None:
    for a_end, b_start in details.corrections(text, *region):
        before = [m for m in places if m[1] == a_end]
        after = [m for m in places if b_start <= m[0] < region[1] + 20]
        if before and after and before[-1][2] != after[0][2]:
            return before[-1][2], after[0][2]
    return None

"""One surface form, one kind (docs/extraction.md, "Places and routes"): spaCy may tag one name as a place, an
organisation and a person in one article. Places win over organisations over groups over persons, unless the form
is a person's by the document's own evidence: a name of two words or more tagged a person once, a Korean surname,
or the last word of a longer name tagged a person ("Nasser" after "Leila Nasser"), unless the gazetteer knows that
word as a place. Counting the tags is no evidence: spaCy tags a town or a news site a person as often as it tags a
rare surname a place.
"""

from __future__ import annotations

from typing import Any

from tumen.extract import places
from tumen.extract.names import is_korean_surname
from tumen.extract.place_kinds import settle_place_kinds

ORDER = {"place": 0, "organization": 1, "group": 2, "person": 3}
# mentions found by a pattern or a list, not by spaCy's guess: their kind is never changed
FIXED_LABELS = ("KOREAN_NAME", "OUTLET", "CAMP", "STATE", "FACILITY", "ABBREVIATION", "TOWN", "DATELINE")


def consistent_kinds(mentions: list[Any], text: str = "") -> None:
    """Give every mention of one surface form one kind (in place), then settle the places' kinds."""
    kinds: dict[str, set[str]] = {}
    for m in mentions:
        kinds.setdefault(m.text, set()).add(m.kind)
    surnames = {m.text.split()[-1] for m in mentions if m.kind == "person" and len(m.text.split()) > 1}
    for m in mentions:
        seen = kinds[m.text]
        if len(seen) < 2 and not _surname_of_a_person(m.text, surnames):
            continue
        if m.label in FIXED_LABELS:
            continue
        if "person" in seen and (len(m.text.split()) > 1 or is_korean_surname(m.text)):
            m.kind = "person"
            continue
        if _surname_of_a_person(m.text, surnames):
            m.kind, m.place_kind = "person", None
            continue
        m.kind = min(seen, key=lambda k: ORDER[k])
        if m.kind == "place" and m.place_kind is None:
            m.place_kind = places.place_kind(m.text, "GPE")
    settle_place_kinds(mentions, text)  # "Georgia" beside Atlanta is the American state


def _surname_of_a_person(form: str, surnames: set[str]) -> bool:
    """A one-word form that is the last word of a longer name tagged a person ("Leila al-Vanuzi" … "al-Vanuzi"), and
    no place the gazetteer knows ("Ana Lima" … "protests in Lima")."""
    return " " not in form and form in surnames and places.lookup(form) is None

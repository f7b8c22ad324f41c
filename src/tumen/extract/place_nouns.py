"""A name read as a place by the noun of a place's kind beside it (docs/extraction.md, "Places and routes"): "the
eastern city of Dravik", "the border province of Hallin" (after "the", perhaps an adjective, the noun and "of"),
"Toma village", "Sarun district" (right before the noun). The name is a place of the noun's kind
(``kind_nouns`` of data/places.yaml: a town or a village is a city, a district a county) — never an organisation's
nor a person's name, whatever the name finder guessed — unless the gazetteer knows the name as a place already.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tumen.extract import places
from tumen.extract.vocab import load

# labels of mentions found by a list or a pattern, whose kind stands
FIXED = ("KOREAN_NAME", "OUTLET", "CAMP", "STATE", "FACILITY", "ABBREVIATION", "DATELINE", "NAMED_FACILITY")


@cache
def kind_nouns() -> dict[str, str]:
    return {str(k): str(v) for k, v in load("places.yaml")["kind_nouns"].items()}


@cache
def _before() -> re.Pattern[str]:
    nouns = "|".join(kind_nouns())
    return re.compile(rf"\b[Tt]he (?:[a-z]+(?:-[a-z]+)? )?({nouns}) of $")


@cache
def _after() -> re.Pattern[str]:
    return re.compile(rf"^ ({'|'.join(load('places.yaml')['kind_nouns_after'])})\b")


def noun_kind(mention: Any, text: str) -> str | None:
    """The place kind the noun beside a mention gives it, or None."""
    if before := _before().search(text, max(0, mention.start - 40), mention.start):
        return kind_nouns()[before.group(1)]
    if after := _after().match(text[mention.end : mention.end + 20]):
        return kind_nouns()[after.group(1)]
    return None


def read_place_nouns(mentions: list[Any], text: str) -> None:
    """Make places of the kind their noun says of the names beside a noun of a place's kind, with every other
    mention of the same one-word or two-word name the name finder took for an organisation or a person's."""
    found: dict[str, str] = {}
    surnames = {m.text.split()[-1] for m in mentions if m.kind == "person" and " " in m.text}
    for mention in mentions:
        if mention.label in FIXED or mention.kind not in ("place", "organization", "person"):
            continue
        if len(mention.text.split()) > 2 or not mention.text[:1].isupper():
            continue
        kind = noun_kind(mention, text)
        if kind is None or (mention.kind == "place" and places.lookup(mention.text) is not None):
            continue
        if mention.kind == "person" and (" " in mention.text or mention.text in surnames):
            continue  # "Ana Berg", "Berg" after "Ana Berg": the person's, whatever the noun beside
        found[mention.text] = kind
    for mention in mentions:
        if mention.text not in found or mention.label in FIXED:
            continue
        if mention.kind in ("place", "organization") or (mention.kind == "person" and " " not in mention.text):
            mention.kind, mention.place_kind = "place", found[mention.text]

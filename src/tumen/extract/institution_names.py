"""Institutions the name finder missed (docs/extraction.md, "Organisations and relations"): a run of capitalised words
after "the" that ends in a word of an institution's name (``institution_endings`` in data/organisations.yaml: "the
Tarvik Women's Mission", "the Holm Aid Foundation") is an organisation's name, though spaCy tagged nothing or only
its first word ("Tarvik" a place). A mention the name finder made of the whole run keeps its own kind."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TypeVar

from tumen.extract.vocab import load

M = TypeVar("M")
_WORD = r"[A-Z][\w'’-]*"


@cache
def _pattern() -> re.Pattern[str]:
    data = load("organisations.yaml")
    endings, links, more = (
        "|".join(re.escape(str(w)) for w in data[key])
        for key in ("institution_endings", "institution_links", "institution_continuers")
    )
    run = rf"{_WORD}(?:[ \t]+(?:(?:{links})[ \t]+)?{_WORD}){{0,5}}?"
    return re.compile(rf"\b[Tt]he[ \t]+(?P<name>{run}[ \t]+(?:{endings}))\b(?![ \t]+(?:(?:{more})[ \t]+)*[A-Z(])")


def institutions(text: str, make: Callable[..., M], organisations: list[tuple[int, int]]) -> list[M]:
    """ "founded the Tarvik Women's Mission in Seoul": the Tarvik Women's Mission, an organisation — unless the name
    finder found an organisation over it (``organisations``, spans: "the UN Assistance Mission in Iraq")."""
    return [
        make(m.start("name"), m.end("name"), m.group("name"), "organization", "INSTITUTION")
        for m in _pattern().finditer(text)
        if not any(start < m.end("name") and m.start("name") < end for start, end in organisations)
    ]

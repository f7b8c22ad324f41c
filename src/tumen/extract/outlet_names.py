"""The document's own outlet where its text names it (docs/extraction.md, "Organisations").

The metadata gives the outlet's name, often with an addition in brackets ("Tarvik Daily (English)", "Radio Kestrel
(wire copy)"): the text names it without that addition, or by the initials of its name ("Radio Free Tarvik" is
"RFT" in "she told RFT") — one organisation, the outlet, under its full name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

M = TypeVar("M")

_ACRONYM_SMALL_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "to", "&"})


def initials(name: str) -> str:
    """ "Human Rights Watch" -> "HRW", "Transitional Justice Working Group" -> "TJWG"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _ACRONYM_SMALL_WORDS]
    return "".join(w[0] for w in words).upper()


def outlet_mentions(text: str, outlet: str | None, make: Callable[..., M]) -> list[M]:
    """Mentions of the outlet by its name (without a bracketed addition) and by its name's initials."""
    name = re.sub(r"\s*\([^()]*\)", "", outlet or "").strip()
    if len(name) < 3:
        return []
    found = [
        make(m.start(), m.end(), m.group(0), "organization", "OUTLET")
        for m in re.finditer(rf"\b{re.escape(name)}\b", text)
    ]
    words = name.split()
    if len(words) < 2 or not all(w[0].isupper() for w in words if w not in _ACRONYM_SMALL_WORDS):
        return found
    # "Human Rights Watch" is HRW; "Voice of America" is VOA: initials without or with its small words
    shorts = {initials(name), "".join(w[0] for w in words).upper()}
    return found + [
        make(m.start(), m.end(), m.group(0), "organization", "OUTLET", canonical=name)
        for short in sorted(s for s in shorts if len(s) >= 3)
        for m in re.finditer(rf"(?<![\w.&-]){re.escape(short)}(?![\w&-])", text)
    ]

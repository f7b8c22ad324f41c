"""Legal instruments are no organisations (docs/extraction.md, "Organisations and relations").

"The United Nations Convention against Torture", "the Convention Against Torture", "the U.N. Refugee Convention": a
name with a word of ``instrument_words`` (data/organisations.yaml), not ending in a word of an organisation's name
("the North Atlantic Treaty Organization"), names a treaty, a convention or a charter, whatever the name finder
tagged; the organisation whose name opens it — words ending in one of the
``name_suffixes`` ("United Nations") or an acronym ("U.N.", "UN") — is mentioned there, and nothing else of it is an
organisation. With no organisation opening it, only a name that says what the instrument is about ("the Convention
Against Torture") is left out: "the Republican National Convention" may be a gathering.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any, TypeVar

from tumen.extract.vocab import load

M = TypeVar("M")
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}")


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load("organisations.yaml")
    return frozenset(str(w) for w in data["instrument_words"]), frozenset(str(w) for w in data["name_suffixes"])


def _organisation_opening(words: list[str]) -> int:
    """How many words of an instrument's name before its instrument word name an organisation (0 when none)."""
    instruments, suffixes = _words()
    cut = next(i for i, w in enumerate(words) if w in instruments)
    for end in range(cut, 0, -1):
        if words[end - 1] in suffixes or (end == 1 and _ACRONYM.fullmatch(words[0])):
            return end
    return 0


def without_instruments(mentions: list[Any]) -> list[Any]:
    """The mentions with each organisation that names an instrument cut to the organisation opening it, or left out."""
    instruments, suffixes = _words()
    kept = []
    for mention in mentions:
        words = mention.text.split(" ")
        if mention.kind != "organization" or not any(w in instruments for w in words) or words[-1] in suffixes:
            kept.append(mention)
            continue
        opening = _organisation_opening(words)
        if opening:
            name = " ".join(words[:opening])
            kept.append(replace(mention, end=mention.start + len(name), text=name))
        elif not _of_a_matter(words):
            kept.append(mention)  # "the Republican National Convention": a gathering may be named so too
    return kept


def _of_a_matter(words: list[str]) -> bool:
    """ "Convention Against Torture", "Covenant on Civil and Political Rights": the instrument word followed by what
    the instrument is about — an instrument, not an assembly of the same name."""
    instruments, _suffixes = _words()
    cut = next(i for i, w in enumerate(words) if w in instruments)
    return cut + 1 < len(words) and words[cut + 1].lower() in ("on", "against", "for", "of", "relating")

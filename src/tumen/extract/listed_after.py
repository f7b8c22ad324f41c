"""A plural description followed by the list of names it stands for: "three journalists: A, B and C", "two
reporters and bloggers of the Delta Times – A and B –" (tumen.extract.role_descriptions)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tumen.extract.time.words import NUMBERS
from tumen.extract.types import Entity

LIST_MARKS = frozenset({":", "–", "—", "-"})
LIST_REACH = 25  # tokens from a plural noun to the colon or dash that opens its list (its own modifiers between)


def listed_after(noun: Any, person_of: Callable[[Any], Entity | None]) -> list[Entity]:
    """ "three journalists: A, B and C", "two reporters and bloggers of the Delta Times – A and B –": a plural noun
    followed, within its sentence and its own modifiers (no finite verb between), by a colon or dash that opens a
    list of two or more names stands for those names — never more than its number says, when it has one (the
    parser often hangs such a list on another word)."""
    doc, sent_end = noun.doc, noun.sent.end
    mark = next(
        (t for t in doc[noun.i + 1 : min(sent_end, noun.i + 1 + LIST_REACH)] if _opens_list(t) or _finite(t)),
        None,
    )
    if mark is None or not _opens_list(mark):
        return []
    found: list[Entity] = []
    k = mark.i + 1
    while k < sent_end:
        person = person_of(doc[k])
        if person is None:
            break
        if person not in found:
            found.append(person)
        k = _after_name(doc, k, person, person_of, sent_end)
        if k < sent_end and doc[k].text == ",":
            k += 1
        if k < sent_end and doc[k].lower_ == "and":
            k += 1
    number = next((c for c in noun.children if c.dep_ == "nummod"), None)
    told = count(number) if number is not None else None
    if len(found) < 2 or (told is not None and told < len(found)):
        return []
    return found


def _opens_list(token: Any) -> bool:
    """A colon or a dash; a hyphen only set apart by spaces ("pro-democracy" opens nothing)."""
    if token.text != "-":
        return token.text in LIST_MARKS
    return bool(token.i > 0 and token.doc[token.i - 1].whitespace_ and token.whitespace_)


def _finite(token: Any) -> bool:
    return bool(token.pos_ in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBG"))


def _after_name(doc: Any, k: int, person: Entity, person_of: Callable[[Any], Entity | None], end: int) -> int:
    while k < end and person_of(doc[k]) is person:
        k += 1
    return k


def count(number: Any) -> int | None:
    text = str(number.lower_)
    return int(text) if text.isdigit() else NUMBERS.get(text)

"""The named persons a description stands for: "two journalists, A, B and C", "aid workers A and B"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tumen.extract.types import Entity


def names_in(token: Any, person_of: Callable[[Any], Entity | None], plural: bool = True) -> list[Entity]:
    """The persons a phrase names: the name itself and, for a plural description, the names coordinated with
    it ("two journalists, A, B and C"; "a doctor, A, and her husband B": only A)."""
    found: list[Entity] = []
    listed = [c for c in token.subtree if c.dep_ in ("conj", "appos") and c is not token] if plural else []
    for sub in [token, *listed]:
        person = person_of(sub)
        if person is not None and person not in found:
            found.append(person)
    return found


def conjoined(name: Any, person_of: Callable[[Any], Entity | None]) -> list[Entity]:
    """The persons of a name and of the names coordinated with it ("A and B", "A, B and C")."""
    found: list[Entity] = []
    pending = [name]
    while pending:
        token = pending.pop(0)
        person = person_of(token)
        if person is not None and person not in found:
            found.append(person)
        pending.extend(c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN")
    return found

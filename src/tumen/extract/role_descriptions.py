"""Persons described by a role ("the pastor", "a South Korean pastor", "one of the defectors").

A role noun that is not a kinship word or a generic description ("the boy") means only someone the
document calls so: by that descriptor or by a title whose role it is ("Pastor Park": a pastor).

- "A court sentenced a South Korean pastor … . Park Jin-ho, a pastor with …": an indefinite role
  noun means the one person given that role in the next sentences.
- "Kim, one of the best-known defectors, said …": Kim is a defector (a role a lead may name him by).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tumen.extract.types import Entity
from tumen.extract.vocab import load


def has_role(entity: Entity, role: str) -> bool:
    titles: dict[str, dict[str, str]] = load("kinship.yaml")["titles"]
    return entity.descriptor == role or any(titles.get(t, {}).get("role") == role for t in entity.titles)


def lead_target(noun: Any, persons: list[Entity], horizon: int) -> str | None:
    """The one person with the role of an indefinite role noun, first named after it and before
    ``horizon`` (a character offset), or None."""
    holders = [e for e in persons if has_role(e, noun.lemma_.lower())]
    if len(holders) != 1 or not holders[0].mentions:
        return None
    first = min(m.start for m in holders[0].mentions)
    return holders[0].id if noun.idx < first < horizon else None


def one_of(plural: Any, named_person: Callable[[Any], Entity | None]) -> None:
    """ "Kim, one of the best-known defectors": the named person gets the role as descriptor."""
    one = plural.head.head
    if plural.dep_ == "pobj" and plural.head.lower_ == "of" and one.lower_ == "one" and one.dep_ == "appos":
        named = named_person(one.head)
        if named is not None and named.descriptor is None:
            named.descriptor = plural.lemma_.lower()

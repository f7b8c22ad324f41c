"""Kin introduced by given name after a possessive family name: in "Police charged Jomo Talek. Talek's sons, Ian
and Jon, were also detained" the sons are Ian Talek and Jon Talek — children and siblings share the family name
where it is inherited. Spouses are left alone (many keep their own names), and so are possessives that are no
person's family name ("Liban's sister Sahara", Liban a given name)."""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.names import Name
from tumen.extract.types import Entity
from tumen.extract.vocab import load


@cache
def _kin_before() -> re.Pattern[str]:
    nouns = "|".join(sorted(load("name_forms.yaml")["kin_sharing_family_names"], key=len, reverse=True))
    # "Talek's sons, Ian and " / "Talek's daughter " / "Talek's sons, Ian, Jon and ", up to the given name
    return re.compile(r"\b([A-Z][\w-]*\w)['’]s\s+(?:" + nouns + r")\s*,?\s+(?:[A-Z][\w-]*\w\s*(?:,\s*|,?\s+and\s+))*$")


def family_named(text: str, persons: list[tuple[Entity, Name]]) -> dict[str, str]:
    """Person id -> full name, for persons known by a one-word given name whose first mention follows "X's son"
    (daughter, brother, sister; several: "X's sons, Ian and"), X the family name of another person of the report
    named in full. The family name is set where that person's is: "Ri Chol" after "Ri's son, Chol" when the report
    writes "Ri Jong Suk"."""
    full = [(e, n) for e, n in persons if n.surname and n.given]
    found: dict[str, str] = {}
    for entity, name in persons:
        if name.given or not name.surname or " " in name.surname or not entity.mentions:
            continue
        first = min(m.start for m in entity.mentions)
        kin = _kin_before().search(text, max(0, first - 120), first)
        if kin is None:
            continue
        bearers = {
            (n.surname, n.text.startswith(f"{n.surname} "))
            for e, n in full
            if e is not entity and n.surname == kin.group(1)
        }
        if len(bearers) != 1:
            continue
        surname, first_word = bearers.pop()
        found[entity.id] = f"{surname} {name.surname}" if first_word else f"{name.surname} {surname}"
    return found

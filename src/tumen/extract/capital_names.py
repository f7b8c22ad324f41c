"""Korean names with the family name in capitals: "PAK Un-hui", "CHOE Myong-gil" (invented).

Profiles, bylines and some outlets' house style set the family name in capitals before a
hyphenated given name; the name finder (spaCy and the Korean-name pattern) misses them, and the
person is then known only by a later "Pak" that cannot be told from any other Pak. Rule: a word in
capitals that is a Korean family name (``data/korean_surnames.yaml``), followed by a hyphenated
given name in the usual case ("Un-hui", not "Says"), is a personal name. It is the document's
person whose name it completes (the "Pak" of the same document, which then takes the full name),
or a new person when the document has none; when several persons could take it, none does.
"""

from __future__ import annotations

import re

from tumen.extract.entities import Grouping
from tumen.extract.names import is_korean_surname, parse

CAPITALISED = re.compile(r"\b([A-Z]{2,8})\s+([A-Z][a-z]{1,6}[-‐‑][a-z]{1,6})(?![\w-])")


def add_capitalised_names(text: str, grouping: Grouping) -> None:
    """Give every capitalised Korean name of ``text`` to its person (see the module)."""
    for match in CAPITALISED.finditer(text):
        surname = match.group(1).capitalize()
        if not is_korean_surname(surname):
            continue
        taken = grouping.entity_at(match.start(), match.end())
        if taken is not None and not _misread(grouping, taken, match.group(0)):
            continue
        full = f"{surname} {match.group(2)}"
        name = parse(full)
        persons = [e for e in grouping.entities if e.kind == "person" and e.name]
        fitting = [e for e in persons if e.name and parse(e.name).compatible(name)]
        if len(fitting) > 1:
            continue
        if fitting:
            entity = fitting[0]
            known = parse(entity.name or "")
            if known.given is None:  # "Lee" takes the full name it abbreviated
                entity.aliases = sorted({*entity.aliases, entity.name or ""} - {full})
                entity.name = full
                grouping.names[entity.id] = name
        else:
            entity = grouping.new("person", full)
            grouping.names[entity.id] = name
        grouping.add_span(entity, match.start(), match.end(), match.group(0))
    grouping.sort_spans()


def _misread(grouping: Grouping, entity_id: str, text: str) -> bool:
    """An organisation the name finder made of the capitalised name alone ("PAK Un-hui" as ORG): it
    is dropped, and the name becomes a person's."""
    entity = grouping.by_id(entity_id)
    if entity.kind != "organization" or {m.text for m in entity.mentions} != {text}:
        return False
    grouping.entities.remove(entity)
    grouping.spans[:] = [span for span in grouping.spans if span[2] != entity_id]
    grouping.sort_spans()
    return True

"""HRDsAttack's victims from tumen's extraction: who counts as a victim, their type, sex and age group (the map
file's ``victims`` settings); part of ``benchmarks/hrdsattack.py``.

Words of the map are matched in names and descriptions as whole words, the possessive ending of a noun aside: an
organisation named for its members in the possessive ("the Tarvik Lawyers' Association", "the Journalists' Union")
is of the kind its members' noun says, as the same name written without the apostrophe is; a general rule of
English spelling, not of any article's wording."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any


def words_of(text: str) -> str:
    """The text's words, lower case, each without the possessive ending of its noun ("Lawyers'", "Women's")."""
    words = (re.sub(r"(['’]s|['’])$", "", w) for w in re.findall(r"[\w'’.-]+", text.lower()))
    return " " + " ".join(w for w in words if w) + " "


def has_word(text: str, words: Iterable[str]) -> bool:
    """Whether the text has one of the words (each a word or phrase), possessive endings aside on both sides: the
    "Tarvik Lawyers' Association" has the word "lawyers", as the "Tarvik Lawyers Association" has."""
    padded = words_of(text)
    return any(words_of(w) in padded for w in words if words_of(w).strip())


def _minor_descriptors() -> frozenset[str]:
    from tumen.extract.vocab import load

    data = load("kinship.yaml")
    minors = {k for k, v in (data.get("descriptors") or {}).items() if (v or {}).get("minor")}
    return frozenset(minors)


def organisations_of(extraction: Any, entities: dict[str, Any]) -> dict[str, list[str]]:
    """person id -> the organisations tumen found them a member, leader or founder of: each one's name and the
    description the text gives it ("Daily Lantern online news website")."""
    found: dict[str, list[str]] = {}
    for relation in extraction.relations:
        if relation.type in ("member_of", "leads", "founded") and relation.object in entities:
            organisation = entities[relation.object]
            described = " ".join(filter(None, [organisation.name, organisation.descriptor]))
            found.setdefault(relation.subject, []).append(described)
    return found


def victims_of(
    events: list[Any],
    entities: dict[str, Any],
    published: date | None,
    mapping: Any,
    organisations: dict[str, list[str]] | None = None,
) -> list[Any]:
    spec = mapping["victims"]
    minors = _minor_descriptors()
    seen: list[str] = []
    for event in events:
        for participant in event.participants:
            if participant.role in spec["roles"] and participant.entity not in seen:
                seen.append(participant.entity)
    victims = []
    for entity_id in seen:
        entity = entities[entity_id]
        population = spec["population"].get(entity.kind)
        if population is None:
            continue
        victims.append(
            {
                "victim_name": entity.name if entity.kind == "person" else None,
                "victim_population_type": population,
                "victim_type": victim_types(entity, entities, mapping, (organisations or {}).get(entity_id, [])),
                "victim_sex_type": spec["sex"].get(entity.gender or "unknown", "unknown"),
                "victim_age_group": _age_group(entity, published, minors, spec["age"]),
            }
        )
    return victims


def victim_types(entity: Any, entities: dict[str, Any], mapping: Any, organisations: Sequence[str] = ()) -> list[str]:
    """The victim's types: each role of the descriptor ("blogger and activist": two roles) and each title gives
    the type of the longest map word it contains ("labour rights activist": trade unionist, not the
    "activist" of human rights defenders), in the map's order — a title that is the bare noun of a qualified role
    ("Activist" beside "labour rights activist") is that role, not another, and so is a bare role beside an organisation
    of a type that has it qualified (an "activist" and vice president of a workers' union is a union activist: a trade
    unionist); else the type of an organisation tumen
    found them a member, leader or founder of (by its name or its description: "the online news website Daily
    Lantern"; a publisher of leaked documents, WikiLeaks, is a news organisation: its founder Dara Loman is a
    journalist); else the default."""
    spec = mapping["victims"]
    described = [r for r in (entity.descriptor or "").split(" and ") if r]
    heads = {r.split()[-1] for r in described if " " in r}  # "Activist" beside "labour rights activist" says no more
    roles = [*described, *(t for t in entity.titles if t.lower() not in heads)]
    by_kind = (spec.get("types_by_organisation") or {}).items()  # "president of the Teachers Union"
    by_organisation = next((str(k) for k, words in by_kind if any(has_word(o, words) for o in organisations)), None)
    found: set[str] = set()
    for role in filter(None, roles):
        if by_organisation and _bare_noun_of(role, spec["types"][by_organisation]):
            found.add(by_organisation)  # an "activist" of a union is the union activist
            continue
        matches = [(len(w), label) for label, words in spec["types"].items() for w in words if has_word(role, [w])]
        if matches:
            found.add(max(matches, key=lambda m: m[0])[1])
    if found:
        return [label for label in spec["types"] if label in found]
    return [by_organisation or str(spec["type_default"])]


def _bare_noun_of(role: str, words: Iterable[str]) -> bool:
    """Whether a role of one word is the noun of a qualified role among ``words`` ("activist": "union activist")."""
    bare = role.strip().lower()
    return " " not in bare and any(w.lower().endswith(" " + bare) for w in words)


def _age_group(entity: Any, published: date | None, minors: frozenset[str], spec: dict[str, str]) -> str:
    if entity.kind != "person":
        return spec["group_default"]
    if entity.descriptor in minors:
        return spec["child"]
    if entity.birth is not None and published is not None:
        oldest = published.year - entity.birth.earliest.year
        youngest = published.year - entity.birth.latest.year
        if oldest < 18:
            return spec["child"]
        if youngest >= 18:
            return spec["adult"]
    return spec["default"]
